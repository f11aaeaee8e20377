package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * An index that grows by small commits, as a server following feeds writes it, is merged down by its own policy to a
 * few segments (each segment costs every search its set-up), and still finds every article. Lucene's default policy
 * keeps up to ten such segments unmerged.
 */
class ServedSegmentsTest {
    private static final String[] WORDS = {"الحكومة", "البرلمان", "غزة", "القدس", "المطر", "السيول", "النفط",
        "الرئيس", "الوزير", "المستشفى"};

    @TempDir
    Path dir;

    @Test
    void smallCommitsAreMergedToAFewSegments() throws Exception {
        Random rnd = new Random(20261207L);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            int seq = 0;
            for (int c = 0; c < 9; c++) {
                for (int i = 0; i < 20; i++) {
                    index.put(Article.builder().id("a" + seq).url("https://example.org/" + seq)
                            .title(Corpus.words(rnd, WORDS, 3)).body(List.of(Corpus.words(rnd, WORDS, 30) + "."))
                            .source("مصدر").published("2024-05-10").language("ar").build());
                    seq++;
                }
                index.commit("test", seq); // a segment per commit
            }
            // The merges run on the writer's threads: a later commit records the ones finished since.
            long until = System.nanoTime() + 30_000_000_000L;
            while (Corpus.segments(dir) > 4 && System.nanoTime() < until) {
                Thread.sleep(50);
                index.commit("test", seq);
            }
            assertThat(Corpus.segments(dir)).isLessThanOrEqualTo(4);
            SearchResults all = index.search(new SearchRequest("الحكومة OR البرلمان OR غزة OR القدس OR المطر OR "
                    + "السيول OR النفط OR الرئيس OR الوزير OR المستشفى", null, null, null, null,
                    SearchRequest.Sort.DATE, 10, 0), FacetSet.NONE);
            assertThat(all.total()).isEqualTo(seq);
        }
    }
}
