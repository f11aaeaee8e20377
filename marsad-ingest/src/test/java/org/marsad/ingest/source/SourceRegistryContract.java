package org.marsad.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.store.ArticleStore;

/** The registry's behaviour, run on each database Marsad supports (the V10 migration must be portable). */
abstract class SourceRegistryContract {
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    protected ArticleStore store;
    private SourceRegistry registry;

    protected abstract ArticleStore openStore() throws Exception;

    protected abstract ArticleStore reopenStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        registry = new SourceRegistry(store.database());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Source full() {
        return new Source("الجزيرة", URI.create("https://www.aljazeera.example/"), "QA", "ar", "أخبار عربية",
                List.of(URI.create("https://www.aljazeera.example/rss"), URI.create("https://www.aljazeera.example/rss2")),
                URI.create("https://www.aljazeera.example/sitemap.xml"), Duration.ofMinutes(20), false, null);
    }

    @Test
    void addedSourcesSurviveAReopenWithEveryField() throws Exception {
        Source s = full();
        Source intranet = Source.of("Intranet", List.of(URI.create("http://10.0.0.5/feed")), null, true);

        registry.add(s, NOW);
        registry.add(intranet, NOW);
        store.close();
        store = reopenStore();
        registry = new SourceRegistry(store.database());

        assertThat(registry.list()).containsExactly(intranet, s);
        assertThat(registry.get("Intranet").orElseThrow().allowPrivate()).isTrue();
        assertThat(registry.get("الجزيرة").orElseThrow().category()).isEqualTo("أخبار عربية");
        assertThat(registry.get("Intranet").orElseThrow().category()).isNull();
    }

    @Test
    void storedSinceCountsEachSourcesStoredArticlesFirstSeenFromThatInstant() {
        registry.add(full(), NOW);
        seen("https://a.example/1", "الجزيرة", NOW.minus(Duration.ofDays(3)), "stored");
        seen("https://a.example/2", "الجزيرة", NOW.minus(Duration.ofHours(2)), "stored");
        seen("https://a.example/3", "الجزيرة", NOW.minus(Duration.ofMinutes(5)), "stored");
        seen("https://a.example/4", "الجزيرة", NOW.minus(Duration.ofMinutes(5)), "no-article");
        seen("https://b.example/1", "Other", NOW.minus(Duration.ofHours(30)), "stored");

        assertThat(registry.storedSince(NOW.minus(Duration.ofDays(1)))).containsOnly(
                java.util.Map.entry("الجزيرة", 2));
        assertThat(registry.storedSince(NOW.minus(Duration.ofDays(7)))).containsOnly(
                java.util.Map.entry("الجزيرة", 3), java.util.Map.entry("Other", 1));
        assertThat(registry.storedSince(NOW)).isEmpty();
    }

    private void seen(String url, String source, Instant at, String outcome) {
        store.database().write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO seen_urls (url, source, first_seen, outcome) "
                    + "VALUES (?, ?, ?, ?)")) {
                ps.setString(1, url);
                ps.setString(2, source);
                ps.setString(3, at.toString());
                ps.setString(4, outcome);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void namesAreUnique() {
        registry.add(full(), NOW);

        assertThatThrownBy(() -> registry.add(full(), NOW))
                .isInstanceOf(SourceRegistry.DuplicateSourceException.class)
                .hasMessageContaining("الجزيرة");
        List<String> added = registry.addAbsent(List.of(full(),
                Source.of("New", List.of(URI.create("https://new.example/feed")), null, false)), NOW);
        assertThat(added).containsExactly("New");
        assertThat(registry.list()).hasSize(2);
    }

    @Test
    void aPausedSourceKeepsEverythingAndIsNotDueUntilResumed() {
        registry.add(full(), NOW);
        SourceHealth failing = SourceHealth.NEW.failed(NOW, Duration.ofMinutes(20), "HTTP 503");
        registry.recordHealth("الجزيرة", failing);
        Instant later = NOW.plus(Duration.ofDays(2));

        assertThat(registry.setPaused("الجزيرة", true)).isTrue();
        Source paused = registry.get("الجزيرة").orElseThrow();
        assertThat(paused.paused()).isTrue();
        assertThat(paused.isDue(later)).as("paused: never due").isFalse();
        assertThat(paused.withPaused(false)).isEqualTo(full().withHealth(failing));
        // an edit keeps the pause; resuming makes it due again with its health as it was
        registry.update(paused.withCategory("اقتصاد"), later);
        assertThat(registry.get("الجزيرة").orElseThrow().paused()).isTrue();
        assertThat(registry.setPaused("الجزيرة", false)).isTrue();
        Source resumed = registry.get("الجزيرة").orElseThrow();
        assertThat(resumed.isDue(later)).isTrue();
        assertThat(resumed.health().consecutiveFailures()).isEqualTo(1);
        assertThat(registry.setPaused("nobody", true)).isFalse();
    }

    @Test
    void pollNowMakesASourceDueKeepingItsHealth() {
        registry.add(full(), NOW);
        SourceHealth ok = SourceHealth.NEW.succeeded(NOW, Duration.ofMinutes(20));
        registry.recordHealth("الجزيرة", ok);
        Instant later = NOW.plusSeconds(60);
        assertThat(registry.get("الجزيرة").orElseThrow().health().isDue(later)).isFalse();

        assertThat(registry.pollNow("الجزيرة", later)).isTrue();

        SourceHealth h = registry.get("الجزيرة").orElseThrow().health();
        assertThat(h.isDue(later)).isTrue();
        assertThat(h.lastSuccess()).isEqualTo(ok.lastSuccess());
        assertThat(registry.pollNow("nobody", later)).isFalse();
    }

    @Test
    void healthIsRecorded() {
        registry.add(full(), NOW);
        SourceHealth failing = SourceHealth.NEW.failed(NOW, Duration.ofMinutes(20), "HTTP 503 from https://x/");

        registry.recordHealth("الجزيرة", failing);

        assertThat(registry.get("الجزيرة").orElseThrow().health()).isEqualTo(failing);
    }

    @Test
    void removeDeletesTheSourceAndItsFeeds() {
        registry.add(full(), NOW);

        assertThat(registry.remove("الجزيرة")).isTrue();
        assertThat(registry.remove("الجزيرة")).isFalse();
        assertThat(registry.list()).isEmpty();
        registry.add(full(), NOW);
        assertThat(registry.get("الجزيرة").orElseThrow().feeds()).hasSize(2);
    }
}
