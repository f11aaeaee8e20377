package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.search.SearchHit;

/**
 * Paging a search whose matches include copies of one report (product27: copies were folded per page, so a copy
 * whose original ranked on another page showed as a hit of its own). Property: over random reports, random matches
 * and random page sizes, every matching article is listed exactly once across the pages, and a report whose
 * original matches is listed where the original ranks, never under a copy standing alone.
 */
class CopiesAcrossPagesTest {

    @Test
    void everyMatchingArticleIsListedOnceAndUnderItsOriginalWhenTheOriginalMatches() {
        Random rnd = new Random(27);
        for (int round = 0; round < 300; round++) {
            int articles = 2 + rnd.nextInt(40);
            Map<String, String> originalOf = new HashMap<>();
            List<String> originals = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                String id = "a" + i;
                if (!originals.isEmpty() && rnd.nextInt(3) == 0) {
                    originalOf.put(id, originals.get(rnd.nextInt(originals.size())));
                } else {
                    originals.add(id);
                }
            }
            Map<String, List<String>> versions = new HashMap<>();
            for (int i = 0; i < articles; i++) {
                String id = "a" + i;
                versions.computeIfAbsent(originalOf.getOrDefault(id, id), k -> new ArrayList<>()).add(id);
            }
            List<String> ranking = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                if (rnd.nextInt(4) != 0) {
                    ranking.add("a" + i);
                }
            }
            Collections.shuffle(ranking, rnd);
            int size = 1 + rnd.nextInt(8);

            Map<String, Integer> listed = new HashMap<>();
            for (int from = 0; from < ranking.size(); from += size) {
                List<SearchHit> page = ranking.subList(from, Math.min(ranking.size(), from + size)).stream()
                        .map(id -> hit(id, originalOf.get(id))).toList();
                CopiesAcrossPages across = CopiesAcrossPages.of(page, versions, ids -> {
                    assertThat(ids).as("only versions of this page's reports are asked about")
                            .allMatch(id -> page.stream().anyMatch(h -> versions.getOrDefault(
                                    CopiesAcrossPages.reportOf(h), List.of()).contains(id)));
                    return ranking.stream().filter(ids::contains).toList();
                });
                // as the page lists them: the hits not listed elsewhere, grouped by report, plus the versions
                // from other pages under their report
                Map<String, List<String>> items = new java.util.LinkedHashMap<>();
                for (SearchHit h : page) {
                    if (!across.elsewhere().contains(h.id())) {
                        items.computeIfAbsent(CopiesAcrossPages.reportOf(h), k -> new ArrayList<>()).add(h.id());
                    }
                }
                across.fromElsewhere().forEach((report, ids) -> {
                    assertThat(items).as("versions from elsewhere go under an item of this page").containsKey(report);
                    items.get(report).addAll(ids);
                });
                for (Map.Entry<String, List<String>> item : items.entrySet()) {
                    String report = item.getKey();
                    if (ranking.contains(report)) {
                        assertThat(page.stream().map(SearchHit::id).toList()).as("round %d: the original's page", round)
                                .contains(report);
                    }
                    item.getValue().forEach(id -> listed.merge(id, 1, Integer::sum));
                }
            }
            for (String id : ranking) {
                assertThat(listed.get(id)).as("round %d: %s listed once across pages", round, id).isEqualTo(1);
            }
            assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(ranking);
        }
    }

    private static SearchHit hit(String id, String duplicateOf) {
        return new SearchHit(id, id, "outlet", null, null, "", List.of(), 1f, null, duplicateOf);
    }
}
