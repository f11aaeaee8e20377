package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.store.Archive;
import org.marsad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: the web UI, JSON API and feeds over a data directory. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the Arabic web UI, the JSON API (/api/…, described at /api/openapi.json), Atom/RSS "
                + "feeds of any search, /sources.opml, /healthz and /metrics.",
                "Binds 127.0.0.1 unless --host says otherwise. Runs until Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: 8080; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: 127.0.0.1; 0.0.0.0 for every interface).")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw UserException.usage("--port must be between 0 and 65535");
        }
        Archive archive = data.existing();
        WebServer server;
        try {
            server = WebLauncher.start(archive, host, port, false, spec.commandLine().getErr());
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
        spec.commandLine().getErr().println("marsad: serving " + archive.store().count() + " articles from "
                + data.path());
        WebLauncher.serveUntilStopped(server, archive, spec.commandLine().getOut());
        return 0;
    }
}
