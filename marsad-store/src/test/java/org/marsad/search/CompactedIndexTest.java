package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * An index written in several commits (several segments) and then compacted into one answers every search as
 * before: the same total, hits in the same order with the same scores, snippets, highlights and facet counts.
 * Property test (seeded): random articles over a small vocabulary (many matches, many equal scores), random
 * queries of one to three words, phrases and source filters, by relevance and by date.
 */
class CompactedIndexTest {
    private static final String[] WORDS = {"الحكومة", "البرلمان", "الانتخابات", "غزة", "القدس", "المطر", "السيول",
        "الاقتصاد", "النفط", "الرئيس", "الوزير", "المدرسة", "الجامعة", "المستشفى", "الطريق", "مصر", "قطر"};

    @TempDir
    Path dir;

    @Test
    void oneSegmentAnswersAsMany() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            Random rnd = new Random(20261206L);
            putInSeveralCommits(index, rnd);
            assertThat(segments()).isGreaterThan(1);
            List<SearchRequest> requests = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                String q = rnd.nextInt(4) == 0 ? "\"" + words(rnd, 2) + "\"" : words(rnd, 1 + rnd.nextInt(3));
                requests.add(new SearchRequest(q, rnd.nextInt(3) == 0 ? "مصدر " + rnd.nextInt(3) : null, null, null,
                        null, rnd.nextBoolean() ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.DATE,
                        10, rnd.nextInt(3) * 5));
            }
            List<SearchResults> before = new ArrayList<>();
            for (SearchRequest r : requests) {
                before.add(index.search(r, FacetSet.ALL));
            }
            index.compact();
            index.commit("test", 400);
            assertThat(segments()).isEqualTo(1);
            long matched = 0;
            for (int k = 0; k < requests.size(); k++) {
                SearchResults after = index.search(requests.get(k), FacetSet.ALL);
                assertThat(after).as(requests.get(k).query()).isEqualTo(before.get(k));
                matched += after.total();
            }
            assertThat(matched).isGreaterThan(0);
        }
    }

    private static void putInSeveralCommits(LuceneIndex index, Random rnd) {
        for (int i = 0; i < 400; i++) {
            index.put(Article.builder().id("a" + i).url("https://example.org/" + i)
                    .title(words(rnd, 2 + rnd.nextInt(4))).body(List.of(words(rnd, 10 + rnd.nextInt(40)) + ". "
                            + words(rnd, 5 + rnd.nextInt(20)) + "."))
                    .source("مصدر " + rnd.nextInt(3)).published("2024-05-" + (10 + rnd.nextInt(9)))
                    .language("ar").build());
            if (i % 50 == 49) {
                index.commit("test", i); // a segment per commit
            }
        }
    }

    private int segments() throws Exception {
        return Corpus.segments(dir);
    }

    private static String words(Random rnd, int n) {
        return Corpus.words(rnd, WORDS, n);
    }
}
