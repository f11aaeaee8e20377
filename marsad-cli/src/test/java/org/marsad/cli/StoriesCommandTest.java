package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import picocli.CommandLine;

class StoriesCommandTest {
    // Written for this test: one report carried by two outlets (the second a light edit), and an unrelated one.
    private static final String P1 = "أعلنت وزارة الصحة في الأردن تسجيل 27 إصابة جديدة بالتسمم الغذائي في مدينة"
            + " الزرقاء بعد تناول وجبات من مطعم شعبي وسط المدينة، ونقل المصابون إلى مستشفى الزرقاء الحكومي.";
    private static final String P2 = "وقال مدير الصحة في المحافظة إن حالة المصابين مستقرة وإن فرق الرقابة أغلقت"
            + " المطعم وأخذت عينات من الأطعمة لفحصها في مختبرات الوزارة، متوعدا بمحاسبة المخالفين.";
    private static final String P3 = "وتتكرر حوادث التسمم في فصل الصيف مع ارتفاع درجات الحرارة، وتدعو الوزارة"
            + " المواطنين إلى التأكد من نظافة المطاعم قبل الشراء منها.";
    private static final String OTHER = "افتتح في العاصمة التونسية معرض الكتاب الدولي بمشاركة أكثر من ثلاثمئة"
            + " دار نشر من عشرين بلدا، ويستمر المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية وتوقيعات لكتاب شباب.";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Marsad.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void ingest() {
        try (Archive a = Archive.open(dir, null)) {
            a.save(Article.builder().url("https://one.example/1").source("الغد").title("27 إصابة بالتسمم في الزرقاء")
                    .published("2024-06-01T10:00:00+03:00").body(List.of(P1, P2, P3)).build(), null);
            a.save(Article.builder().url("https://two.example/2").source("الرأي").title("تسمم غذائي في الزرقاء")
                    .published("2024-06-01T12:00:00+03:00").body(List.of(P1, P2)).build(), null);
            a.save(Article.builder().url("https://three.example/3").source("الصباح").title("افتتاح معرض تونس للكتاب")
                    .published("2024-06-01T09:00:00+01:00").body(List.of(OTHER)).build(), null);
        }
    }

    @Test
    void listsStoriesMostCarriedFirstAsJson() {
        ingest();
        Run r = run("stories", "--data", dir.toString(), "--json");

        assertThat(r.code()).isZero();
        JsonNode json = parse(r.out());
        assertThat(json.get("total").asInt()).isEqualTo(2);
        JsonNode first = json.get("stories").get(0);
        assertThat(first.get("articles").asInt()).isEqualTo(2);
        assertThat(first.get("outlets")).extracting(JsonNode::asText).containsExactly("الغد", "الرأي");
        assertThat(first.get("first_seen").asText()).isEqualTo("2024-06-01T07:00:00Z");
        assertThat(first.get("last_seen").asText()).isEqualTo("2024-06-01T09:00:00Z");
        assertThat(json.get("stories").get(1).get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void limitsTheTextListing() {
        ingest();
        Run r = run("stories", "--data", dir.toString(), "--limit", "1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 articles, 2 outlets").contains("الغد، الرأي").contains("1 of 2 stories")
                .doesNotContain("معرض");
    }

    // review18: a story whose pages name no outlet (a WARC page without og:site_name) read "2 articles, 0 outlets"
    // and an empty line; the web says «لم تُعرف وسيلة النشر»
    @Test
    void aStoryWhoseArticlesNameNoOutletSaysTheOutletIsNotKnown() {
        try (Archive a = Archive.open(dir, null)) {
            a.save(Article.builder().url("https://one.example/1").title("27 إصابة بالتسمم في الزرقاء")
                    .published("2024-06-01T10:00:00+03:00").body(List.of(P1, P2, P3)).build(), null);
            a.save(Article.builder().url("https://two.example/2").title("تسمم غذائي في الزرقاء")
                    .published("2024-06-01T12:00:00+03:00").body(List.of(P1, P2)).build(), null);
        }
        Run r = run("stories", "--data", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("\\d articles?, outlet not known").contains("\n  (no outlet named)\n")
                .doesNotContain("0 outlets").doesNotContain("\n  \n");
    }

    @Test
    void aMissingDataDirectoryIsAOneLineError() {
        Run r = run("stories", "--data", dir.resolve("nothing-here").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("marsad: no data directory at").doesNotContain("\n");
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        assertThat(run("stories", "--data", dir.toString(), "--limit", "0").code()).isEqualTo(2);
    }

    @Test
    void rebuildReDecidesAWindowAndKeepsIds() {
        ingest();
        Run r = run("stories", "--data", dir.toString(), "--rebuild", "--from", "2024-06-01", "--to", "2024-06-01");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("rebuilt stories of 3 articles from 2024-06-01T00:00:00Z to 2024-06-02T00:00:00Z")
                .contains("2 stories before, 2 now (2 kept their id), 0 articles moved");
        assertThat(parse(run("stories", "--data", dir.toString(), "--json").out()).get("total").asInt())
                .isEqualTo(2);
    }

    @Test
    void rebuildOptionsAreChecked() {
        ingest();
        assertThat(run("stories", "--data", dir.toString(), "--rebuild", "--from", "2024-06-01").code())
                .isEqualTo(2);
        assertThat(run("stories", "--data", dir.toString(), "--from", "2024-06-01", "--to", "2024-06-02").code())
                .isEqualTo(2);
        Run bad = run("stories", "--data", dir.toString(), "--rebuild", "--from", "June", "--to", "2024-06-02");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).contains("--from must be a day").doesNotContain("\n");
        assertThat(run("stories", "--data", dir.toString(), "--rebuild", "--from", "2024-06-03", "--to",
                "2024-06-01").code()).isEqualTo(2);
        assertThat(run("stories", "--data", dir.resolve("none").toString(), "--rebuild", "--from", "2024-06-01",
                "--to", "2024-06-02").code()).isEqualTo(1);
    }

    private static JsonNode parse(String s) {
        try {
            return ArticleJson.mapper().readTree(s);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
