package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.IndexBreaker;
import org.marsad.search.IndexUnavailable;
import org.marsad.search.LuceneIndex;
import org.marsad.store.Archive;
import org.marsad.store.IndexStandIn;
import org.marsad.testing.TestClock;
import org.marsad.web.view.Urls;

/**
 * A web server beside a shared index whose nodes hang (a firewall dropping packets, a stopped process): a request
 * to it waits for the client's timeout, then fails. Only the first page after the hang pays that wait; the pages
 * after it are read from the store without asking the index, a search gets its 503 at once, /healthz and /metrics
 * say since when the index is unreachable, the breaker's own thread tries it again after a growing pause (no reader's
 * request is the try), and its first good answer ends it. Left by product29: every list request asked the hung index
 * first; by product31: each try after a pause was a reader's request, which waited for the hung index.
 */
class HungIndexTest {
    private static final Set<String> READS = Set.of("search", "matchingIds", "matchingAmong", "similar", "count",
            "documentsWithWord", "probe");
    private static final String NOTICE = "تعذّر الوصول إلى فهرس البحث";

    @TempDir
    Path dir;

    @Test
    void pagesComeFromTheStoreWithoutWaitingForAHungIndexWhichIsTriedOnceAPauseUntilItAnswers() throws Exception {
        TestSite.start(dir).close();
        AtomicBoolean hung = new AtomicBoolean();
        AtomicInteger reached = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        TestClock clock = new TestClock(Instant.parse("2026-12-07T14:00:00Z"));
        IndexStandIn.Hook hang = (method, args) -> {
            if (!hung.get() || !READS.contains(method)) {
                return IndexStandIn.PASS;
            }
            reached.incrementAndGet();
            // The client's timeout, shortened: a hung node answers nothing, then the request fails.
            never.await(1, TimeUnit.SECONDS);
            timedOut.incrementAndGet();
            throw new IndexUnavailable("cannot reach Solr at stand-in: timed out", null);
        };
        try (Archive archive = Archive.open(dir, null, IndexBreaker.around(
                IndexStandIn.over(LuceneIndex.open(dir.resolve(Archive.INDEX_DIR)), hang), clock))) {
            WebServer server = WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, TestSite.CLOCK,
                    List::of, java.util.Map::of, null));
            try {
                String outlet = Urls.source("الخليج الجديد");
                hung.set(true);
                HttpResponse<String> first = RebuildingSiteTest.get(server, "/");
                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(first.body()).contains(NOTICE).contains("/article/gaza-1");
                assertThat(reached).hasValue(1);

                // Within the pause: lists from the store, queries refused, and not one call reaches the hung index.
                for (String path : List.of("/", outlet, "/api/articles", "/feed.atom", "/article/gaza-1")) {
                    assertThat(RebuildingSiteTest.get(server, path).statusCode()).as(path).isEqualTo(200);
                }
                assertThat(RebuildingSiteTest.get(server, "/api/articles").headers()
                        .firstValue(StoreLists.HEADER)).contains(StoreLists.FROM_STORE_UNREACHABLE);
                HttpResponse<String> query = RebuildingSiteTest.get(server, "/api/articles?q="
                        + WebServerTest.enc("غزة"));
                assertThat(query.statusCode()).isEqualTo(503);
                assertThat(query.headers().firstValue("retry-after")).isPresent();
                assertThat(RebuildingSiteTest.get(server, "/healthz").body())
                        .contains("\"index_reachable\":false")
                        .contains("\"index_unreachable_since\":\"2026-12-07T14:00:00Z\"");
                String metrics = RebuildingSiteTest.get(server, "/metrics").body();
                assertThat(metrics).contains("marsad_index_reachable 0").doesNotContain("marsad_indexed_articles ");
                assertThat(reached).hasValue(1);

                // After the first pause the breaker's thread tries it (still hung): a page asked meanwhile is read
                // from the store without reaching the index, and the next pause is longer.
                clock.advance(Duration.ofSeconds(1));
                await(() -> reached.get() == 2);
                assertThat(RebuildingSiteTest.get(server, "/").body()).contains(NOTICE);
                assertThat(RebuildingSiteTest.get(server, outlet).statusCode()).isEqualTo(200);
                assertThat(reached).as("the try only, no page").hasValue(2);
                await(() -> timedOut.get() == 2);

                // Back: the next try, after the pause, gets an answer without any request, and everything is the
                // index's again.
                hung.set(false);
                clock.advance(Duration.ofSeconds(2));
                await(() -> RebuildingSiteTest.get(server, "/healthz").body().contains("\"index_reachable\":true"));
                HttpResponse<String> again = RebuildingSiteTest.get(server, "/api/articles?q="
                        + WebServerTest.enc("غزة"));
                assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
                assertThat(again.body()).contains("gaza-1");
                assertThat(RebuildingSiteTest.get(server, outlet).body()).doesNotContain(NOTICE);
                assertThat(RebuildingSiteTest.get(server, "/healthz").body())
                        .contains("\"index_reachable\":true").contains("\"index_unreachable_since\":null");
                assertThat(RebuildingSiteTest.get(server, "/metrics").body()).contains("marsad_index_reachable 1")
                        .contains("marsad_indexed_articles ");
            } finally {
                server.close();
            }
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.sleep(20);
        }
    }
}
