package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * Several writers on one SQLite file, each with its own store (its own connections, as separate processes have):
 * a fresh file opened by all at once is migrated once, and every article written is stored exactly once, whatever
 * the interleaving. (The same through real processes: marsad-cli's ConcurrentIngestIT.)
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 3;
    private static final int PER_WRITER = 400;
    private static final int BATCH = 20;

    @TempDir
    Path dir;

    private static Article article(int i) {
        return Article.builder().url("https://writers.example/" + i).title("خبر رقم " + i)
                .body(List.of("نص الخبر رقم " + i + " عن المفاوضات.")).source("المرصد").language("ar").build();
    }

    @Test
    void writersStartingTogetherOnAFreshFileStoreEveryArticleOnce() throws Exception {
        Path db = dir.resolve("marsad.db");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Set<String>>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Callable<Set<String>> job = () -> {
                start.await();
                Set<String> ids = new HashSet<>();
                try (ArticleStore store = ArticleStore.openSqlite(db)) {
                    // Each writer's range overlaps the next one's by half: the same articles arrive twice.
                    int from = writer * PER_WRITER / 2;
                    for (int b = from; b < from + PER_WRITER; b += BATCH) {
                        List<ArticleStore.Incoming> batch = new ArrayList<>();
                        for (int i = b; i < b + BATCH; i++) {
                            batch.add(new ArticleStore.Incoming(article(i), null));
                        }
                        store.upsertAll(batch).forEach(u -> ids.add(u.id()));
                    }
                }
                return ids;
            };
            results.add(pool.submit(job));
        }
        start.countDown();
        Set<String> acknowledged = new HashSet<>();
        for (Future<Set<String>> f : results) {
            acknowledged.addAll(f.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();

        int distinct = (WRITERS - 1) * PER_WRITER / 2 + PER_WRITER;
        try (ArticleStore store = ArticleStore.openSqlite(db)) {
            assertThat(acknowledged).hasSize(distinct);
            assertThat(store.count()).isEqualTo(distinct);
            for (int i = 0; i < distinct; i++) {
                assertThat(store.get(org.marsad.model.ArticleIds.of(article(i)))).as("article %d", i).isPresent();
            }
            // Every write took its own sequence number: the counter agrees with the rows (no lost increment).
            long[] versions = {0};
            store.forEachSince(0, s -> versions[0]++);
            assertThat(versions[0]).isEqualTo(distinct);
        }
    }
}
