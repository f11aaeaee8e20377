package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;

/** {@code marsad demo} and {@code marsad serve}, run from the real jar as a user would. */
class WebCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPEN = Pattern.compile("^Open (http://127\\.0\\.0\\.1:(\\d+)/)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void demoIngestsTheSamplesOnceAndServeShowsThem() throws Exception {
        Run first = MarsadJar.run(dir, "demo", "--no-serve");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("9 articles (9 new or changed)");
        Run again = MarsadJar.run(dir, "demo", "--no-serve");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("9 articles (0 new or changed)");

        try (Server s = Server.start(dir, "serve", "--data", "marsad-data/demo", "--port", "0")) {
            HttpResponse<String> front = get(s.url);
            assertThat(front.statusCode()).isEqualTo(200);
            assertThat(front.body()).contains("dir=\"rtl\"").contains("أمطار غزيرة تغلق طرقاً");
            JsonNode stats = JSON.readTree(get(s.url + "api/stats").body());
            assertThat(stats.get("articles").asLong()).isEqualTo(9);
            assertThat(stats.get("sources").asLong()).isEqualTo(8);
            // the bundled republished copy makes one story carried by two outlets, shown as a top story
            assertThat(front.body()).contains("أبرز القصص").contains("نشرتها وسيلتان");
            // the API answers a search as 'marsad search --json' does
            JsonNode api = JSON.readTree(get(s.url + "api/articles?limit=10&q="
                    + URLEncoder.encode("مجلس الأمن", StandardCharsets.UTF_8)).body());
            Run cli = MarsadJar.run(dir, "search", "--data", "marsad-data/demo", "--json", "مجلس الأمن");
            assertThat(cli.exit()).as(cli.err()).isZero();
            JsonNode expected = JSON.readTree(cli.out());
            assertThat(api.get("total").asLong()).isEqualTo(expected.get("total").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(api.get("results").findValuesAsText("id"))
                    .isEqualTo(expected.get("results").findValuesAsText("id"));
            assertThat(api.get("facets")).isEqualTo(expected.get("facets"));
            List<String> cliKeys = new ArrayList<>();
            expected.get("results").get(0).fieldNames().forEachRemaining(cliKeys::add);
            List<String> apiKeys = new ArrayList<>();
            api.get("results").get(0).fieldNames().forEachRemaining(apiKeys::add);
            assertThat(apiKeys).isEqualTo(cliKeys);
        }
    }

    @Test
    void demoServesAndFallsBackToAFreePortWhenTheAskedOneIsBusy() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             Server s = Server.start(dir, "demo", "--port", Integer.toString(busy.getLocalPort()))) {
            assertThat(s.port).isNotEqualTo(busy.getLocalPort());
            HttpResponse<String> search = get(s.url + "search?q=" + URLEncoder.encode("غزة", StandardCharsets.UTF_8));
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("<mark>");
        }
    }

    @Test
    void serveRefusesAMissingDirectoryAndABusyPortInOneLine() throws Exception {
        Run missing = MarsadJar.run(dir, "serve", "--data", "nowhere", "--port", "0");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).hasSize(1);
        assertThat(missing.err()).startsWith("marsad: no Marsad data in nowhere");

        assertThat(MarsadJar.run(dir, "demo", "--no-serve").exit()).isZero();
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = MarsadJar.run(dir, "serve", "--data", "marsad-data/demo", "--port",
                    Integer.toString(busy.getLocalPort()));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.err()).startsWith("marsad: cannot listen on 127.0.0.1:" + busy.getLocalPort())
                    .doesNotContain("Exception");
        }
        Run badPort = MarsadJar.run(dir, "serve", "--data", "marsad-data/demo", "--port", "70000");
        assertThat(badPort.exit()).isEqualTo(2);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A long-running command: started, waited on until it prints its URL, stopped on close. */
    private static final class Server implements AutoCloseable {
        final Process process;
        final String url;
        final int port;

        private Server(Process process, String url, int port) {
            this.process = process;
            this.url = url;
            this.port = port;
        }

        static Server start(Path dir, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", MarsadJar.jar().toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            // A bound so that a command that never serves fails the test instead of hanging it.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    Matcher m = OPEN.matcher(line);
                    if (m.matches()) {
                        return new Server(p, m.group(1), Integer.parseInt(m.group(2)));
                    }
                }
                if (!p.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            p.destroyForcibly();
            throw new AssertionError("marsad " + String.join(" ", args) + " printed no URL to open");
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
