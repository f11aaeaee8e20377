package org.marsad.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.search.LuceneIndex;
import org.marsad.store.Archive;
import org.marsad.store.NodesDown;

/**
 * A poll while the search index cannot be reached (a SolrCloud's nodes all down beside workers, review26): the store
 * takes an article and the index refuses it. The poll said "FAILED, 0 stored" and backed the source off as if its
 * feed had failed; it counts what was stored, names the index, leaves the source's health alone, and what it stored
 * is indexed once the index is back.
 */
class IndexDownPollTest {
    private static final String NAME = "المرصد";

    @TempDir
    Path dir;
    private TestSite site;
    private Archive archive;
    private SourceRegistry registry;
    private final AtomicBoolean down = new AtomicBoolean();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        site = NewsSite.start();
        archive = Archive.open(dir, null, NodesDown.whileDown(LuceneIndex.open(dir.resolve(Archive.INDEX_DIR)), down,
                NodesDown.WRITES));
        registry = new SourceRegistry(archive.store().database());
        registry.add(new Source(NAME, null, null, "ar", null, List.of(site.uri("/feed.xml")), null, null, true,
                null), Instant.now());
    }

    @AfterEach
    void stop() {
        down.set(false);
        archive.close();
        site.close();
    }

    @Test
    void aPollTheIndexRefusesCountsWhatItStoredAndLeavesTheSourceHealthy() {
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        PollRunner runner = new PollRunner(archive, fetcher, Clock.systemUTC(), new PollLimits(100, 3, 2), log::add);

        down.set(true);
        PollReport report = runner.pollAll().get(0);

        long stored = archive.store().count();
        assertThat(stored).as("the store took the first article before the index refused it").isEqualTo(1);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.success()).as("the feed was read").isTrue();
        assertThat(report.indexDown()).contains("no live Solr node");
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith(NAME + ": ok,").contains("1 stored")
                .contains("the search index cannot be reached").doesNotContain("FAILED"));
        SourceHealth health = registry.get(NAME).orElseThrow().health();
        assertThat(health.consecutiveFailures()).as("no backoff for the index's fault").isZero();
        assertThat(health.lastError()).isNull();

        down.set(false);
        PollReport next = runner.pollAll().get(0);

        assertThat(next.indexDown()).isNull();
        assertThat(next.stored()).as("the pages the first poll left").isEqualTo((int) (archive.store().count() - 1));
        assertThat(archive.store().count()).isGreaterThan(1);
        archive.refresh();
        assertThat(archive.index().count()).as("the article stored while the index was down is indexed")
                .isEqualTo(archive.store().count());
    }
}
