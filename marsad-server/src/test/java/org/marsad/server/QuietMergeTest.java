package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.testsite.Eventually;
import org.marsad.model.Article;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SlowMerges;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.testing.TestClock;

/**
 * A served index grown by several commits is merged into one segment once no article was stored for the quiet
 * period, at most once per {@link QuietMerge#every}, and still finds every article; a store restarts the quiet
 * period; a server closed during the merge returns at once and loses nothing. Made-up articles.
 */
class QuietMergeTest {
    /** A bound so that a broken server fails the test instead of hanging it; not a performance check. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-12-07T03:00:00Z");

    @TempDir
    Path dir;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void mergedOnceQuietForTheWholePeriodAndNotAgainWithinHours() {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            grow(archive, 0, 6);
            int parts = archive.indexSegments();
            assertThat(parts).isGreaterThan(1);
            TestClock clock = new TestClock(T0);
            QuietMerger merger = new QuietMerger(archive, new QuietMerge(Duration.ofMinutes(10), Duration.ofHours(6),
                    1), clock, log::add);

            clock.advance(Duration.ofMinutes(9));
            merger.lookOnce();
            assertThat(archive.indexSegments()).as("not quiet long enough").isEqualTo(parts);

            archive.save(batch(240, 1)); // a store at 9 min: the quiet begins again
            archive.commit();
            int withIt = archive.indexSegments();
            clock.advance(Duration.ofMinutes(2));
            merger.lookOnce();
            clock.advance(Duration.ofMinutes(9));
            merger.lookOnce();
            assertThat(archive.indexSegments()).as("9 minutes since the store").isEqualTo(withIt);

            clock.advance(Duration.ofMinutes(1));
            merger.lookOnce();
            assertThat(archive.indexSegments()).as("10 quiet minutes").isEqualTo(1);
            assertThat(hits(archive)).isEqualTo(241);
            assertThat(log).anyMatch(l -> l.contains("merging the search index's " + withIt + " parts into one"));
            assertThat(log).anyMatch(l -> l.contains("merged: " + withIt + " parts into 1"));
            Map<String, Object> health = merger.health();
            assertThat(health.get("segments")).isEqualTo(1);
            assertThat(((Map<?, ?>) health.get("last")).get("outcome")).isEqualTo("merged");

            grow(archive, 241, 3); // a few more commits, then quiet again
            int grown = archive.indexSegments();
            assertThat(grown).isGreaterThan(1);
            merger.lookOnce();
            clock.advance(Duration.ofMinutes(30));
            merger.lookOnce();
            assertThat(archive.indexSegments()).as("merged less than 6 hours ago").isEqualTo(grown);
            clock.advance(Duration.ofHours(6));
            merger.lookOnce();
            assertThat(archive.indexSegments()).isEqualTo(1);
            assertThat(hits(archive)).isEqualTo(241 + 120);
        }
    }

    @Test
    void aServerMergesItsQuietIndexInTheBackgroundAndSaysSoInHealth() throws Exception {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            grow(archive, 0, 6);
            assertThat(archive.indexSegments()).isGreaterThan(1);
            MarsadServer server = MarsadServer.start(own, archive, options(Clock.systemUTC())
                    .withQuietMerge(new QuietMerge(Duration.ofMillis(200), Duration.ofHours(6), 1)), log::add);
            try {
                Eventually.holds("merged", DEADLINE, Duration.ofMillis(50), () -> archive.indexSegments() == 1);
                Eventually.holds("told", DEADLINE, Duration.ofMillis(50),
                        () -> server.health().toString().contains("outcome=merged"));
                assertThat(hits(archive)).isEqualTo(240);
            } finally {
                server.close();
            }
        }
    }

    @Test
    void offByDefault() {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            grow(archive, 0, 6);
            int parts = archive.indexSegments();
            TestClock clock = new TestClock(T0);
            MarsadServer server = MarsadServer.start(own, archive, options(clock), log::add);
            try {
                clock.advance(Duration.ofDays(2));
                assertThat(((Map<?, ?>) ((Map<?, ?>) server.health().get("index")).get("merge")).get("state"))
                        .isEqualTo("off");
                assertThat(archive.indexSegments()).isEqualTo(parts);
            } finally {
                server.close();
            }
        }
    }

    @Test
    void aServerClosedDuringTheMergeReturnsAndLosesNothing() throws Exception {
        try (Ownership own = Ownership.claim(dir)) {
            SearchIndex index = LuceneIndex.open(dir.resolve(Archive.INDEX_DIR));
            try (Archive archive = Archive.open(dir, null, index)) {
                grow(archive, 0, 6);
                SlowMerges.throttle(index, 0.001); // a kilobyte a second: hours for this index
                MarsadServer server = MarsadServer.start(own, archive, options(Clock.systemUTC())
                        .withQuietMerge(new QuietMerge(Duration.ofMillis(200), Duration.ofHours(6), 1)), log::add);
                Eventually.holds("merging", DEADLINE, Duration.ofMillis(20), () -> SlowMerges.merging(index));
                archive.save(batch(240, 1)); // a feed's article arrives mid-merge
                server.close(); // returns: it does not wait for the merge
                assertThat(log).anyMatch(l -> l.contains("cut short by the stop"));
            }
        }
        assertThat(dir.resolve(Archive.MERGE_MARKER)).as("the next start does not merge at once").doesNotExist();
        try (Archive archive = Archive.open(dir, null)) {
            assertThat(hits(archive)).isEqualTo(241);
        }
    }

    private static MarsadServer.Options options(Clock clock) {
        // no polling: the articles are stored by the test
        return new MarsadServer.Options("127.0.0.1", 0, false, false, Fetcher.create(FetchLimits.defaults()), null,
                clock, null, null);
    }

    /** {@code commits} commits of 40 reports each, numbered from {@code from}. */
    private static void grow(Archive archive, int from, int commits) {
        for (int c = 0; c < commits; c++) {
            archive.save(batch(from + c * 40, 40));
            archive.commit();
        }
    }

    private static List<ArticleStore.Incoming> batch(int from, int n) {
        List<ArticleStore.Incoming> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/talks/" + i)
                    .title("جولة مفاوضات رقم " + i).published("2024-03-" + String.format("%02d", 1 + i % 28))
                    .body(List.of("استؤنفت المفاوضات في القاهرة، الجولة " + i + ".")).language("ar").build(), null));
        }
        return out;
    }

    private static long hits(Archive archive) {
        return archive.search(new SearchRequest("المفاوضات", null, null, null, null, SearchRequest.Sort.RELEVANCE, 10,
                0)).total();
    }
}
