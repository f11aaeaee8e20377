package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.PollNotes;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;

/**
 * product22: {@code marsad sources list} said "ok" of a source whose last poll read its feed only by dropping
 * characters XML forbids, or stored nothing from some items: the outlet was never told. It says so, with the count.
 */
class SourcesListNotesTest {
    private static final String REPAIR = "https://bell.example/rss: not well-formed XML: dropped 3 characters XML "
            + "forbids (first: &#x7; at line 3) to read the rest";
    private static final String NOT_STORED = "https://bell.example/2: not stored: no article text in the page "
            + "(tried twice; next try 2026-12-07T09:00:00Z)\nhttps://bell.example/1: not stored: no article text in "
            + "the page (tried 5 times; no more tries)";

    @TempDir
    Path work;

    @Test
    void aRepairedFeedAndItemsThatStoredNothingAreWarningsOfTheSourcesHealth() throws Exception {
        Path data = work.resolve("d");
        Instant now = Instant.now();
        try (Archive archive = Archive.open(data, null)) {
            SourceRegistry registry = new SourceRegistry(archive.store().database());
            registry.add(new Source("الجرس", null, null, "ar", null, List.of(URI.create("https://bell.example/rss")),
                    null, Duration.ofMinutes(15), false, null), now);
            registry.recordHealth("الجرس", new SourceHealth(now, null, now.plus(Duration.ofMinutes(15)), 0,
                    new PollNotes(3, REPAIR, 2, NOT_STORED)));
        }

        CliRun list = CliRun.of("sources", "list", "--data", data.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("  health: ok, with warnings, last success ")
                .contains("\n  warning: the last successful poll read a feed only after dropping 3 characters XML "
                        + "forbids (tell the outlet): " + REPAIR + "\n")
                .contains("\n  warning: 2 listed items have stored nothing (no article on the page, no text in the "
                        + "feed); the latest:\n    " + NOT_STORED.replace("\n", "\n    ") + "\n");

        JsonNode health = ArticleJson.mapper().readTree(CliRun.of("sources", "list", "--data", data.toString(),
                "--json").out()).get(0).get("health");
        assertThat(health.get("dropped_characters").asInt()).isEqualTo(3);
        assertThat(health.get("repair").asText()).isEqualTo(REPAIR);
        assertThat(health.get("items_not_stored").asInt()).isEqualTo(2);
        assertThat(health.get("not_stored").asText()).isEqualTo(NOT_STORED);
    }
}
