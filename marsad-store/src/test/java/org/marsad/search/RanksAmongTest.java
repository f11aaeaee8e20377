package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * The ranks of a page's copies ({@link LuceneIndex#matchingAmong}): the asked ids that match, in the order of every
 * match, over several segments with replaced (deleted) versions; and asking them page after page leaves the
 * searcher's kept weights to the searches asked.
 */
class RanksAmongTest {
    @TempDir
    Path dir;

    // Names with a generation (NONE has one), so that the index keeps the queries it builds, as the archive's do.
    private static final EntityNames KEPT = EntityNames.NONE;

    private static final String[] WORDS = {"الأمطار", "الفيضانات", "الانتخابات", "المناخ"};

    private static Article article(String id, Random rnd) {
        LocalDate day = LocalDate.of(2024, 5, 1).plusDays(rnd.nextInt(20));
        StringBuilder body = new StringBuilder("نص الخبر");
        for (int w = 0, n = 1 + rnd.nextInt(6); w < n; w++) {
            body.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        Article.Builder b = Article.builder().id(id).url("https://example.org/" + id)
                .title("خبر " + WORDS[rnd.nextInt(WORDS.length)]).source("مصدر " + rnd.nextInt(3)).language("ar")
                .body(List.of(body.toString()));
        // a few undated, and some at the same instant, so that the orders meet ties and missing values
        return rnd.nextInt(10) == 0 ? b.build() : b.published(day + "T0" + rnd.nextInt(3) + ":00:00Z").build();
    }

    private static List<SearchRequest> requests() {
        List<SearchRequest> out = new ArrayList<>();
        for (String q : List.of("الأمطار", "الأمطار الفيضانات", "\"نص الخبر\" المناخ", "")) {
            for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                out.add(new SearchRequest(q, null, null, null, null, sort, 10, 0));
            }
        }
        return out;
    }

    @Test
    void theAskedIdsComeInTheOrderOfEveryMatchAcrossSegmentsAndReplacedVersions() {
        Random rnd = new Random(20261207L);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.entityNames(KEPT);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                ids.add("a" + i);
                index.put(article("a" + i, rnd));
                if (i % 40 == 39) {
                    index.refresh(); // a segment of its own
                }
            }
            for (int i = 0; i < 30; i++) {
                index.put(article(ids.get(rnd.nextInt(ids.size())), rnd)); // the older version deleted
            }
            index.refresh();
            ids.add("not-indexed");
            for (SearchRequest r : requests()) {
                List<String> every = index.matchingIds(r);
                for (int trial = 0; trial < 25; trial++) {
                    java.util.Collections.shuffle(ids, rnd);
                    Set<String> asked = new HashSet<>(ids.subList(0, 1 + rnd.nextInt(12)));
                    assertThat(index.matchingAmong(r, asked)).as("%s among %s", r, asked)
                            .containsExactlyElementsOf(every.stream().filter(asked::contains).toList());
                }
            }
        }
    }

    @Test
    void rankingCopiesPageAfterPageKeepsNoWeightOfItsOwnPerPage() {
        Random rnd = new Random(7L);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.entityNames(KEPT);
            for (int i = 0; i < 60; i++) {
                index.put(article("a" + i, rnd));
            }
            index.refresh();
            SearchRequest rains = new SearchRequest("الأمطار", null, null, null, null, SearchRequest.Sort.RELEVANCE,
                    10, 0);
            index.search(rains);
            int afterTheSearch = index.keptWeights();
            for (int page = 0; page < 50; page++) {
                // each page asks about other versions: another set of ids
                index.matchingAmong(rains, Set.of("a" + page, "a" + (page + 1) % 60, "a" + (page + 7) % 60));
            }
            assertThat(index.keptWeights() - afterTheSearch).as("weights kept for 50 pages' copies").isLessThanOrEqualTo(1);
        }
    }
}
