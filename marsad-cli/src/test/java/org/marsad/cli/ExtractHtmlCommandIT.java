package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;

/** {@code marsad extract page.html}, run from the real jar: HTML pages go through the HTML article extractor. */
class ExtractHtmlCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar"><head><meta charset="windows-1256">
            <title>افتتاح خط جديد للقطار السريع بين المدينتين - أخبار المدينة</title>
            <meta property="og:site_name" content="أخبار المدينة">
            <meta property="article:published_time" content="2020-06-03T00:30:00+04:00">
            <link rel="canonical" href="https://news.example/rail/1">
            </head><body>
            <nav><a href="/">الرئيسية</a> <a href="/local">محليات</a></nav>
            <article><h1>افتتاح خط جديد للقطار السريع بين المدينتين</h1>
            <div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
            <p>افتتحت وزارة النقل اليوم خطا جديدا للقطار السريع يربط بين المدينتين في أقل من ساعة واحدة.</p>
            <p>اقرأ أيضا: <a href="/rail/0">تراجع أسعار الوقود في الأسواق المحلية</a></p>
            <p>وقال مدير الشركة إن القطار سينقل أكثر من عشرة آلاف مسافر يوميا خلال السنة الأولى من التشغيل.</p>
            </article>
            <footer><p>جميع الحقوق محفوظة لأخبار المدينة، ولا يجوز النقل دون إذن.</p></footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void htmlPageInAnArabicCodePageGivesItsArticle() throws Exception {
        Path page = dir.resolve("page.html");
        Files.write(page, PAGE.getBytes(Charset.forName("windows-1256")));
        Run run = MarsadJar.run(dir, "extract", page.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out()).get("articles").get(0);
        assertThat(a.get("title").asText()).isEqualTo("افتتاح خط جديد للقطار السريع بين المدينتين");
        assertThat(a.get("published").asText()).isEqualTo("2020-06-03T00:30:00+04:00");
        assertThat(a.get("source").asText()).isEqualTo("أخبار المدينة");
        assertThat(a.get("url").asText()).isEqualTo("https://news.example/rail/1");
        assertThat(JSON.convertValue(a.get("body"), List.class)).hasSize(2);
        assertThat(a.get("related").get(0).get("url").asText()).isEqualTo("https://news.example/rail/0");
        assertThat(a.get("id").asText()).isNotEmpty();
    }
}
