package org.marsad.cli;

import java.util.Optional;
import org.marsad.server.ServerInfo;

/**
 * What a command that writes says when another process owns the data directory (it stored, the owner makes it
 * searchable): never "stored, not indexed" in silence.
 */
final class Writers {
    private Writers() {
    }

    /** The line after storing {@code changed} new or changed articles without owning the archive. */
    static String storedOnly(DataDir data, long changed) {
        Optional<ServerInfo> server = data.server();
        String stored = "stored " + changed + " new or changed article(s); ";
        if (server.isPresent()) {
            // No promise of "seconds": the server finds their entities and stories before indexing them, which for
            // hundreds of articles on a busy machine takes minutes; it indexes them in parts, each searchable at once.
            String url = server.get().url();
            return stored + "the running server (" + server.get().describe() + ") enriches and indexes them in "
                    + "parts, each searchable as soon as it is indexed; progress: " + url + (url.endsWith("/") ? "" : "/")
                    + "healthz (index.lag)";
        }
        return stored + "another marsad command is writing the index of " + data.path() + ": they become "
                + "searchable when it ends (or when the next command or server opens the directory)";
    }

    /** The line after changing the sources while a server may run; empty when none runs. */
    static Optional<String> sourcesChanged(DataDir data) {
        return data.server().map(s -> s.polling()
                ? "the running server (" + s.describe() + ") picks the change up within seconds"
                : "the running server (" + s.describe() + ") does not poll (--no-poll): 'marsad run --once' polls");
    }
}
