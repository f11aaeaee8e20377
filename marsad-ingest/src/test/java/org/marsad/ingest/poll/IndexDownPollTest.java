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
 * A poll while the search index cannot be reached (a SolrCloud's nodes all down beside workers, review26), the index
 * behind its breaker as in {@code marsad worker}. The poll said "FAILED, 0 stored" and backed the source off as if
 * its feed had failed (review26); then it stopped at the first article the index refused, and the next polls stored
 * nothing (product31). The store is the truth: the poll stores every article as if the index were there, leaves
 * the source's health alone, and what it stored is indexed and found once the index is back.
 */
class IndexDownPollTest {
    private static final String NAME = "المرصد";

    @TempDir
    Path dir;
    private TestSite site;
    private Archive archive;
    private SourceRegistry registry;
    private static final java.util.Set<String> READS_AND_WRITES = java.util.stream.Stream.of(NodesDown.READS,
            NodesDown.WRITES, java.util.Set.of("probe", "commit")).flatMap(java.util.Set::stream)
            .collect(java.util.stream.Collectors.toSet());
    private final AtomicBoolean down = new AtomicBoolean();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        site = NewsSite.start();
        archive = Archive.open(dir, null, org.marsad.search.IndexBreaker.around(NodesDown.whileDown(
                LuceneIndex.open(dir.resolve(Archive.INDEX_DIR)), down, READS_AND_WRITES), Clock.systemUTC()));
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
    void aPollWhileTheIndexIsUnreachableStoresEveryArticleWhichTheCatchUpIndexesOnceItIsBack() throws Exception {
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        PollRunner runner = new PollRunner(archive, fetcher, Clock.systemUTC(), new PollLimits(100, 3, 2), log::add);

        down.set(true);
        PollReport report = runner.pollAll().get(0);

        long stored = archive.store().count();
        assertThat(stored).as("every article of the feed, not the first only").isGreaterThan(1);
        assertThat(report.stored()).isEqualTo((int) stored);
        assertThat(report.success()).as("the feed was read").isTrue();
        assertThat(report.indexDown()).isNull();
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith(NAME + ": ok,").contains(stored + " stored")
                .doesNotContain("FAILED"));
        SourceHealth health = registry.get(NAME).orElseThrow().health();
        assertThat(health.consecutiveFailures()).as("no backoff for the index's fault").isZero();
        assertThat(health.lastError()).isNull();
        assertThat(archive.index().unreachableSince()).isPresent();
        assertThat(archive.followOthers()).as("nothing is asked of the unreachable index").isZero();

        down.set(false);
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (archive.index().unreachableSince().isPresent()) {
            assertThat(System.nanoTime()).as("the breaker's try found the index back").isLessThan(end);
            Thread.sleep(50);
        }
        // What a worker does between its polls (PollRunner, every few seconds): the catch-up.
        assertThat(archive.followOthers()).isEqualTo(stored);
        archive.refresh();
        assertThat(archive.index().count()).as("every article stored while the index was down is indexed")
                .isEqualTo(stored);
        String last = archive.store().since(0, 1_000).get((int) stored - 1).article().title();
        assertThat(archive.search(new org.marsad.search.SearchRequest("\"" + last + "\"", null, null, null, null,
                org.marsad.search.SearchRequest.Sort.RELEVANCE, 10, 0)).hits()).isNotEmpty();
    }
}
