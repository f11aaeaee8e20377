package org.marsad.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * review23: a file of the ANT corpus (v2.1, TREC-style {@code <DOC>} records; the shape as the corpus's README
 * documents it, the words here our own) was stored as one article titled "&lt;DOC&gt;" with its tags as paragraphs,
 * exit 0. Each record is an article with its url, title, date, outlet, category, author and body.
 */
class FileIngestAntCorpusTest extends FileIngestFixture {
    private static final String RECORD = """
            <DOC>
            <DOCNO>XX-world-%1$d-20180402</DOCNO>
            <URL>http://news.example.org/ar/world/2018/04/02/story-%1$d.html</URL>
            <SRC>example</SRC>
            <CAT>internationalNews</CAT>
            <TITLE>افتتاح جسر جديد رقم %1$d فوق "النهر"</TITLE>
            <TIME>Mon, 02 Apr 2018 10:15:00 +0400</TIME>
            <AUTHOR></AUTHOR>
            <ABSTRACT>
            افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر.
            </ABSTRACT>
            <TEXT>
            افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من العمل & الانتظار.
            وقال رئيس البلدية إن الجسر سيخفف الزحام في وسط المدينة.
            </TEXT>
            </DOC>
            """;


    @Test
    void eachRecordOfAnAntCorpusFileIsAnArticleWithItsFields() throws IOException {
        Path f = tmp.resolve("XX-world-1-20180402.txt");
        Files.writeString(f, "\ufeff" + RECORD.formatted(1) + RECORD.formatted(2), StandardCharsets.UTF_8);

        ingest.file(f);
        ingest.flush();

        assertThat(ingest.summary().line()).isEqualTo("read 2, stored 2 (new 2, updated 0), duplicates 0, refused 0");
        List<Article> stored = new ArrayList<>();
        store.forEach(stored::add);
        stored.sort(Comparator.comparing(Article::url));
        Article a = stored.get(0);
        assertThat(a.url()).isEqualTo("http://news.example.org/ar/world/2018/04/02/story-1.html");
        assertThat(a.title()).isEqualTo("افتتاح جسر جديد رقم 1 فوق \"النهر\"");
        assertThat(a.published()).isEqualTo("2018-04-02T10:15:00+04:00");
        assertThat(a.publishedText()).isEqualTo("Mon, 02 Apr 2018 10:15:00 +0400");
        assertThat(a.source()).isEqualTo("example");
        assertThat(a.category()).isEqualTo("internationalNews");
        assertThat(a.author()).isNull();
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.body()).containsExactly(
                "افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من العمل & الانتظار.",
                "وقال رئيس البلدية إن الجسر سيخفف الزحام في وسط المدينة.");
        assertThat(stored.get(1).title()).isEqualTo("افتتاح جسر جديد رقم 2 فوق \"النهر\"");
        assertThat(reported).isEmpty();
    }

    @Test
    void aRecordWithoutTextKeepsItsAbstractAsBody() throws IOException {
        String record = RECORD.formatted(3).replaceAll("(?s)<TEXT>.*</TEXT>", "<TEXT>\n</TEXT>");
        Path f = Files.writeString(tmp.resolve("XX-world-3-20180402.txt"), record, StandardCharsets.UTF_8);

        ingest.file(f);
        ingest.flush();

        List<Article> stored = new ArrayList<>();
        store.forEach(stored::add);
        assertThat(stored).singleElement().extracting(Article::body).asList()
                .containsExactly("افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر.");
    }

    @Test
    void aTextPageThatMerelyMentionsADocTagIsStillATextPage() throws IOException {
        Path f = Files.writeString(tmp.resolve("note.txt"), "كيف تقرأ ملفات المدونة\n<DOC> هو وسم البداية في "
                + "ملفات المدونات، ويليه <DOCNO> ثم بقية الحقول في كل سجل من سجلات المدونة.\n", StandardCharsets.UTF_8);

        ingest.file(f);
        ingest.flush();

        List<Article> stored = new ArrayList<>();
        store.forEach(stored::add);
        assertThat(stored).singleElement().extracting(Article::title).isEqualTo("كيف تقرأ ملفات المدونة");
    }
}
