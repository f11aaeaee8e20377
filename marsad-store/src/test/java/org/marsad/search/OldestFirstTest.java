package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/** {@code sort=oldest}: the earliest reports first, by moment, and the undated last (unknown is not "oldest"). */
class OldestFirstTest {

    // Made-up reports; "early" is earlier than "dayOnly"'s midnight UTC only as a moment (+04:00).
    private static ArticleStore.Incoming report(String id, String published) {
        return new ArticleStore.Incoming(Article.builder().url("https://news.example/" + id).title("تقرير " + id)
                .body(List.of("نص التقرير " + id + " عن الفيضانات.")).source("وكالة المثال").published(published)
                .build(), null);
    }

    private static List<String> titles(Archive a, SearchRequest.Sort sort) {
        return a.search(new SearchRequest("", null, null, null, null, sort, 10, 0)).hits().stream()
                .map(SearchHit::title).toList();
    }

    @Test
    void oldestFirstIsTheDateOrderReversedWithTheUndatedStillLast(@TempDir Path dir) {
        try (Archive a = Archive.open(dir, null)) {
            a.save(List.of(report("late", "2024-05-03T10:00:00+03:00"), report("undated", null),
                    report("dayOnly", "2024-05-02"), report("early", "2024-05-02T02:00:00+04:00")));
            a.commit();
            assertThat(titles(a, SearchRequest.Sort.OLDEST))
                    .containsExactly("تقرير early", "تقرير dayOnly", "تقرير late", "تقرير undated");
            assertThat(titles(a, SearchRequest.Sort.DATE))
                    .containsExactly("تقرير late", "تقرير dayOnly", "تقرير early", "تقرير undated");
        }
    }
}
