package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.server.Ownership;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;

/**
 * What {@code marsad ingest} says when a server owns the data directory: the server enriches and indexes the
 * articles as it catches up, which on a busy machine takes minutes for a few hundred, so the line promises no
 * "seconds" and names where the progress is seen instead (the server's /healthz).
 */
class IngestBesideServerTest {
    @TempDir
    Path tmp;

    @Test
    void theLineSaysTheServerIndexesThemInPartsAndWhereToFollowIt() throws URISyntaxException {
        Path data = tmp.resolve("data");
        Path page = Path.of(IngestBesideServerTest.class.getResource("pages/gaza-talks.txt").toURI());
        // The server's side, in this JVM: it owns the directory and holds the index.
        try (Ownership own = Ownership.claim(data); Archive served = Archive.open(data, null)) {
            own.publish(new ServerInfo(ProcessHandle.current().pid(), "http://127.0.0.1:18391/", Instant.now(), true));

            CliRun ingest = CliRun.of("ingest", "--data", data.toString(), page.toString());

            assertThat(ingest.exitCode()).isZero();
            assertThat(ingest.out()).contains("new 1");
            assertThat(ingest.err()).contains("stored 1 new or changed article(s)")
                    .contains("progress: http://127.0.0.1:18391/healthz (index.lag)")
                    .doesNotContain("within seconds");
            assertThat(served.index().count()).as("the command only stored: the server indexes").isZero();
        }
    }
}
