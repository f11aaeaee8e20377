package org.marsad.cli;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/** Articles written for the command-line tests, as JSON lines. */
final class TestArticles {
    private TestArticles() {
    }

    /** Two outlets spelling one president two ways (ترامب, ترمب), and a Lebanon story naming the UN chief. */
    static final List<String> PRESIDENT_AND_LEBANON = List.of(
            ArticleJson.toLine(Article.builder().url("https://a.example/1").title("عقوبات أمريكية جديدة")
                    .source("الجزيرة").published("2024-01-01").language("ar")
                    .body(List.of("قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة.",
                            "وأضاف ترامب أن القرار نهائي.")).build()),
            ArticleJson.toLine(Article.builder().url("https://b.example/2").title("رسوم على الصين")
                    .source("اليوم السابع").published("2024-01-02").language("ar")
                    .body(List.of("أعلن الرئيس الأمريكي دونالد ترمب فرض رسوم جمركية على الصين.")).build()),
            ArticleJson.toLine(Article.builder().url("https://c.example/3").title("دعوة إلى التهدئة")
                    .source("العربية").published("2024-01-03").language("ar")
                    .body(List.of("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.")).build()));

    /** Floods in Basra, from one outlet. */
    static final String FLOOD_BASRA = "{\"id\":\"flood-basra\",\"url\":\"https://a.example/1\",\"title\":\"فيضانات في "
            + "البصرة\",\"source\":\"وكالة الجنوب\",\"published\":\"2024-04-02\",\"body\":[\"غمرت المياه القرى.\"]}";

    /** Floods in Mosul, from another outlet. */
    static final String FLOOD_MOSUL = "{\"id\":\"flood-mosul\",\"url\":\"https://a.example/2\",\"title\":\"فيضانات في "
            + "الموصل\",\"source\":\"موقع قديم\",\"published\":\"2024-04-03\",\"body\":[\"ارتفع منسوب النهر.\"]}";

    /** A chess championship, from the Mosul story's outlet: no flood. */
    static final String CHESS = "{\"id\":\"chess\",\"url\":\"https://a.example/3\",\"title\":\"بطولة الشطرنج\","
            + "\"source\":\"موقع قديم\",\"published\":\"2024-04-04\",\"body\":[\"فاز اللاعب المصري.\"]}";
}
