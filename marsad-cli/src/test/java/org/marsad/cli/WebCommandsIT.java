package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;

/** {@code marsad demo} and {@code marsad serve}, run from the real jar as a user would. */
class WebCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
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

        try (ServerProcess s = ServerProcess.start(dir, "serve", "--data", "marsad-data/demo", "--port", "0")) {
            HttpResponse<String> front = get(s.url);
            assertThat(front.statusCode()).isEqualTo(200);
            assertThat(front.body()).contains("dir=\"rtl\"").contains("أمطار غزيرة تغلق طرقاً");
            JsonNode stats = JSON.readTree(get(s.url + "api/stats").body());
            assertThat(stats.get("articles").asLong()).isEqualTo(9);
            assertThat(stats.get("sources").asLong()).isEqualTo(8);
            // the bundled republished copy makes one story carried by two outlets, shown as a top story
            assertThat(front.body()).contains("أبرز القصص").contains("نشرتها وسيلتان");
            // the API answers a search as 'marsad search --json' does
            JsonNode api = JSON.readTree(get(s.url + "api/articles?facets=all&limit=10&q="
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
             ServerProcess s = ServerProcess.start(dir, "demo", "--port", Integer.toString(busy.getLocalPort()))) {
            assertThat(s.port).isNotEqualTo(busy.getLocalPort());
            // said once, among the start-up lines and like them without a time stamp, with the port it serves on
            assertThat(s.err().lines()).containsOnlyOnce("marsad: port " + busy.getLocalPort()
                    + " is busy; serving on port " + s.port + " instead");
            HttpResponse<String> search = get(s.url + "search?q=" + URLEncoder.encode("غزة", StandardCharsets.UTF_8));
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("<mark>");
        }
    }

    @Test
    void serveRefusesABusyPortInOneLine() throws Exception {
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
}
