package org.marsad.store;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/**
 * What the delete and hide tests share: numbered reports and one two-outlet story (written here), and what a search
 * of the archive finds.
 */
final class ArchiveCases {
    private ArchiveCases() {
    }

    /** Report number {@code i} about {@code title}, from one of three agencies, on one of nine March days. */
    static Article article(int i, String title) {
        return Article.builder().url("https://example.org/" + i).title(title)
                .body(List.of("تقرير رقم " + i + " عن " + title + " في المدينة.")).source("وكالة " + (i % 3))
                .published("2024-03-0" + (1 + i % 9)).language("ar").build();
    }

    /**
     * Two outlets' reports of one evacuation (written here), the second a copy of the first's text published three
     * hours later: one story of two articles and two outlets.
     */
    static List<Article> twoOutletsOneStory() {
        List<String> body = List.of("أعلنت السلطات في محافظة البصرة جنوب العراق صباح الثلاثاء إجلاء أكثر من 3200 "
                + "عائلة من القرى الواقعة على ضفاف شط العرب بعد ارتفاع منسوب المياه إلى مستوى غير مسبوق منذ عقدين.",
                "وقال محافظ البصرة في مؤتمر صحفي إن فرق الدفاع المدني أقامت سواتر ترابية بطول 14 كيلومترا لحماية"
                        + " الأحياء السكنية، وإن المدارس في القضاء ستبقى مغلقة حتى نهاية الأسبوع.");
        return List.of(Article.builder().url("https://a.example/1").source("وكالة الأنباء").language("ar")
                        .published("2024-04-02T08:00:00+03:00").title("إجلاء آلاف العائلات في البصرة").body(body).build(),
                Article.builder().url("https://b.example/2").source("صحيفة الجنوب").language("ar")
                        .published("2024-04-02T11:00:00+03:00").title("البصرة: إجلاء 3200 عائلة").body(body).build());
    }

    /** The ids the query finds (up to 100, by relevance), after the archive sees the latest changes. */
    static List<String> found(Archive a, String q) {
        a.refresh();
        return a.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 100, 0)).hits()
                .stream().map(SearchHit::id).toList();
    }
}
