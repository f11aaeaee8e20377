package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/** The day and hour facets the search page's coverage chart is drawn from, on the embedded index. */
class CoverageFacetsTest {
    @TempDir
    Path dir;

    private static Article article(String id, String published) {
        return Article.builder().id(id).url("https://example.org/" + id).title("خبر " + id).published(published)
                .source("مصدر").language("ar").body(List.of("نص الخبر عن الأمطار")).build();
    }

    @Test
    void everyDayIsCountedNotOnlyTheTenBusiest() {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            LocalDate first = LocalDate.of(2024, 5, 1);
            for (int i = 0; i < 40; i++) {
                // days 1..40, the later ones busier
                for (int k = 0; k <= i / 10; k++) {
                    index.put(article("d" + i + "-" + k, first.plusDays(i).toString()));
                }
            }
            index.refresh();
            SearchResults r = index.search(SearchRequest.of("الأمطار"));
            List<SearchResults.FacetCount> days = r.facets().get("date");
            assertThat(days).hasSize(40);
            assertThat(days.get(0)).isEqualTo(new SearchResults.FacetCount("2024-05-01", 1));
            assertThat(days.get(39)).isEqualTo(new SearchResults.FacetCount("2024-06-09", 4));
            assertThat(days.stream().mapToLong(SearchResults.FacetCount::count).sum()).isEqualTo(r.total());
            assertThat(r.facets().get("hour")).isEmpty();
        }
    }

    @Test
    void theDayIsThePagesAndTheHourIsUtc() {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            // 01:30 in Riyadh on the 11th is 22:30 UTC on the 10th: the day stays the page's own.
            index.put(article("late", "2024-03-11T01:30:00+03:00"));
            index.put(article("noon", "2024-03-11T12:05:00Z"));
            index.put(article("dayonly", "2024-03-11"));
            index.refresh();
            SearchResults r = index.search(SearchRequest.of(""));
            assertThat(r.facets().get("date")).containsExactly(new SearchResults.FacetCount("2024-03-11", 3));
            assertThat(r.facets().get("hour")).containsExactly(new SearchResults.FacetCount("2024-03-10T22", 1),
                    new SearchResults.FacetCount("2024-03-11T12", 1));
        }
    }
}
