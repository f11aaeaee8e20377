package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleJson;
import org.marsad.search.LuceneIndex;
import org.marsad.store.Archive;

/**
 * A web server that does not poll ({@code serve --no-poll}) while other processes do: its /healthz says who polls and
 * when a source was last polled, from the store, instead of "disabled" with no last poll.
 */
class PollerHealthWithoutPollingTest {
    private static final Instant EARLIER = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-12-06T09:14:00Z");

    @Test
    void besideWorkersTheServerSaysTheyPollAndWhenTheyLastDid(@TempDir Path dir) throws Exception {
        try (Ownership own = Ownership.claim(dir);
             Archive archive = Archive.open(dir, null, LuceneIndex.open(dir.resolve("index")), false)) {
            recordPolls(archive);
            JsonNode poller = pollerHealth(own, archive);
            assertThat(poller.path("state").asText()).isEqualTo("workers");
            assertThat(poller.path("last_poll").asText()).isEqualTo(LATEST.toString());
        }
    }

    @Test
    void aServerThatPollsNothingStillSaysWhenAnotherProcessLastPolled(@TempDir Path dir) throws Exception {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            recordPolls(archive);
            JsonNode poller = pollerHealth(own, archive);
            assertThat(poller.path("state").asText()).isEqualTo("disabled");
            assertThat(poller.path("last_poll").asText()).isEqualTo(LATEST.toString());
        }
    }

    // Two sources polled by another process (as 'marsad worker' or 'marsad run' records them), a third never.
    private static void recordPolls(Archive archive) {
        SourceRegistry registry = new SourceRegistry(archive.store().database());
        for (String name : List.of("الأولى", "الثانية", "الثالثة")) {
            registry.add(Source.of(name, List.of(URI.create("https://news.example/" + name.length() + "/feed")),
                    null, false), EARLIER.minus(Duration.ofDays(1)));
        }
        registry.recordHealth("الأولى", new SourceHealth(EARLIER, null, EARLIER.plus(Duration.ofMinutes(15)), 0));
        registry.recordHealth("الثانية", new SourceHealth(LATEST, null, LATEST.plus(Duration.ofMinutes(15)), 0));
    }

    private static JsonNode pollerHealth(Ownership own, Archive archive) throws Exception {
        MarsadServer server = MarsadServer.start(own, archive, MarsadServer.Options.defaults("127.0.0.1", 0)
                .withPolling(false), line -> { });
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url()).resolve("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            return ArticleJson.mapper().readTree(r.body()).path("poller");
        } finally {
            server.close();
        }
    }
}
