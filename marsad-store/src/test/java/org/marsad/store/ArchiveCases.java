package org.marsad.store;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/** What the delete and hide tests share: numbered reports (written here) and what a search of the archive finds. */
final class ArchiveCases {
    private ArchiveCases() {
    }

    /** Report number {@code i} about {@code title}, from one of three agencies, on one of nine March days. */
    static Article article(int i, String title) {
        return Article.builder().url("https://example.org/" + i).title(title)
                .body(List.of("تقرير رقم " + i + " عن " + title + " في المدينة.")).source("وكالة " + (i % 3))
                .published("2024-03-0" + (1 + i % 9)).language("ar").build();
    }

    /** The ids the query finds (up to 100, by relevance), after the archive sees the latest changes. */
    static List<String> found(Archive a, String q) {
        a.refresh();
        return a.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 100, 0)).hits()
                .stream().map(SearchHit::id).toList();
    }
}
