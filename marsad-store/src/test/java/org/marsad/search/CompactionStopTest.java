package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * A server that stops while the merge ending a rebuild runs does not wait for it, and loses nothing: the merge is
 * slowed here to last for hours, the compaction is told the process stops, an article is stored and committed
 * meanwhile, and the index closes; opened again it holds every article (the late one searchable) in its parts, as
 * before the merge.
 */
class CompactionStopTest {
    private static final String[] WORDS = {"الحكومة", "البرلمان", "الانتخابات", "غزة", "القدس", "المطر", "السيول",
        "الاقتصاد", "النفط", "الرئيس", "الوزير", "المدرسة"};

    @TempDir
    Path dir;

    @Test
    void aStopDuringTheFinalMergeReturnsAndKeepsEveryArticle() throws Exception {
        Random rnd = new Random(20261206L);
        int stored = 600;
        int partsBefore;
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            for (int i = 0; i < stored; i++) {
                index.put(Article.builder().id("a" + i).url("https://example.org/" + i).title(words(rnd, 4))
                        .body(List.of(words(rnd, 200))).source("مصدر").published("2024-05-10").language("ar").build());
                if (i % 100 == 99) {
                    index.commit("test", i); // a part per commit
                }
            }
            partsBefore = parts();
            assertThat(partsBefore).isGreaterThan(1);
            // a kilobyte a second: hours for this index, so the merge is still running whatever the machine's load
            index.throttleCompaction(0.001);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread compaction = new Thread(() -> {
                try {
                    index.compact();
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            compaction.start();
            while (!index.merging() && compaction.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(index.merging()).as("the merge started").isTrue();

            index.stopCompacting();
            // a bound against a hang only: waiting for the merge would take hours
            compaction.join(120_000);
            assertThat(compaction.isAlive()).as("the compaction stopped waiting for its merge").isFalse();
            assertThat(failed.get()).isNull();
            assertThat(index.merging()).as("the merge was left running").isTrue();

            index.put(Article.builder().id("late").url("https://example.org/late").title("السيول في القدس")
                    .body(List.of("خبر وصل أثناء الدمج")).source("مصدر").published("2024-05-11").language("ar")
                    .build());
            index.commit("test", stored);
        }
        assertThat(parts()).as("the merge was dropped, not finished").isGreaterThanOrEqualTo(partsBefore);
        try (LuceneIndex reopened = LuceneIndex.open(dir)) {
            assertThat(reopened.count()).isEqualTo(stored + 1);
            SearchResults late = reopened.search(new SearchRequest("الدمج", null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 10, 0), FacetSet.NONE);
            assertThat(late.hits()).extracting(SearchHit::id).containsExactly("late");
        }
    }

    private int parts() throws Exception {
        return Corpus.segments(dir);
    }

    private static String words(Random rnd, int n) {
        return Corpus.words(rnd, WORDS, n);
    }
}
