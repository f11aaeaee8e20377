package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review27: {@code serve} on a busy port refused in one line but had already created the data directory it was
 * given (store, index, state files). A refused start now creates nothing and leaves an existing directory as it was.
 */
class ServeBusyPortTest {
    @TempDir
    Path tmp;

    @Test
    void aBusyPortCreatesNoDataDirectory() throws IOException {
        Path fresh = tmp.resolve("new-archive");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--data", fresh.toString(), "--port",
                    Integer.toString(busy.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).containsExactly("marsad: cannot listen on 127.0.0.1:" + busy.getLocalPort()
                    + ": Address already in use (try another --port)");
        }
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aHostThatDoesNotResolveCreatesNothingEither() {
        Path fresh = tmp.resolve("new-archive");
        CliRun run = CliRun.of("serve", "--data", fresh.toString(), "--host", "no-such-host.invalid", "--port", "18999");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "marsad: cannot listen on no-such-host.invalid:18999: no such host (see --host)");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aBusyPortLeavesAnExistingDirectoryAsItWas() throws IOException {
        Path data = tmp.resolve("data");
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("one.txt"), "اجتماع في عمّان لبحث الأزمة\n\nاجتمع وزراء الخارجية في عمّان "
                + "اليوم لبحث الأزمة الإقليمية وسبل إنهائها.\n");
        assertThat(CliRun.of("ingest", "--data", data.toString(), pages.toString()).exitCode()).isZero();
        List<String> before = listing(data);
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--data", data.toString(), "--port",
                    Integer.toString(busy.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
        }
        // No server.lock, no story or entity state files written by an owner that never served.
        assertThat(listing(data)).isEqualTo(before);
    }

    /** Every path under the directory with its size and modification time. */
    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().map(p -> {
                try {
                    return dir.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
