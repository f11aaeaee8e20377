package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Archive;
import org.marsad.web.Access;

/**
 * A server behind a reverse proxy ({@code serve --base-url}) records its public address in {@code server.json}, so
 * that other commands ({@code marsad watches list}) print links users can open, not the address it listens on.
 */
class PublicAddressTest {

    @Test
    void theBaseUrlIsRecordedBesideTheListenAddress(@TempDir Path dir) {
        URI publicUrl = URI.create("https://marsad.example.org/news/");
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            MarsadServer server = MarsadServer.start(own, archive, MarsadServer.Options.defaults("127.0.0.1", 0)
                    .withPolling(false)
                    .withWeb(c -> c.withAccess(new Access.Options(false, publicUrl, true))), line -> { });
            try {
                ServerInfo info = Ownership.current(dir).orElseThrow();
                assertThat(info.url()).isEqualTo(server.url());
                assertThat(info.address()).isEqualTo("https://marsad.example.org/news/");
            } finally {
                server.close();
            }
        }
    }

    @Test
    void withoutABaseUrlUsersAreSentWhereItListens(@TempDir Path dir) {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            MarsadServer server = MarsadServer.start(own, archive, MarsadServer.Options.defaults("127.0.0.1", 0)
                    .withPolling(false), line -> { });
            try {
                assertThat(Ownership.current(dir).orElseThrow().address()).isEqualTo(server.url());
            } finally {
                server.close();
            }
        }
    }
}
