package org.marsad.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * review23: a JSON Lines file giving one article id twice was ingested without a word ("stored 3" for two articles,
 * the earlier line's article gone). The file is named in one line with its first repeat, and the later line is the
 * one kept, as the line says.
 */
class FileIngestRepeatsTest extends FileIngestFixture {

    private static String line(String id, String url, String title) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + (url == null ? "" : "\"url\":\"" + url + "\",")
                + "\"title\":\"" + title + "\",\"body\":[\"نص الخبر: " + title + "\"]}\n";
    }

    private Map<String, String> titlesById() {
        Map<String, String> out = new HashMap<>();
        store.forEach(a -> out.put(a.id(), a.title()));
        return out;
    }

    @Test
    void aRepeatedIdIsNamedWithItsLinesAndTheLaterLineIsKept() throws IOException {
        Path f = Files.writeString(tmp.resolve("news.jsonl"), line("a1", null, "افتتاح الجسر")
                + line("a2", null, "أمطار غزيرة") + line("a1", null, "افتتاح الجسر بعد تأخير")
                + line("a3", null, "معرض الكتاب") + line("a2", null, "أمطار غزيرة جدا"), StandardCharsets.UTF_8);

        ingest.file(f);
        ingest.flush();

        assertThat(reported).containsExactly(f + ": 2 lines repeat an earlier line's id or URL (first: "
                + "line 3 repeats line 1, id a1): the later line is kept");
        assertThat(titlesById()).containsOnly(Map.entry("a1", "افتتاح الجسر بعد تأخير"),
                Map.entry("a2", "أمطار غزيرة جدا"), Map.entry("a3", "معرض الكتاب"));
    }

    @Test
    void aRepeatedUrlUnderAnotherIdIsARepeatToo() throws IOException {
        // The store identifies an article by its URL first (without its #fragment): the second line updates the first.
        Path f = Files.writeString(tmp.resolve("news.jsonl"),
                line("x1", "https://example.org/news/1", "افتتاح الجسر")
                        + line("x2", "https://example.org/news/1#comments", "افتتاح الجسر بعد تأخير"),
                StandardCharsets.UTF_8);

        ingest.file(f);
        ingest.flush();

        assertThat(reported).containsExactly(f + ": 1 line repeats an earlier line's id or URL (first: "
                + "line 2 repeats line 1, https://example.org/news/1): the later line is kept");
        assertThat(titlesById()).containsOnly(Map.entry("x1", "افتتاح الجسر بعد تأخير"));
    }

    @Test
    void aJsonDocumentCountsItsArticles() throws IOException {
        Path f = Files.writeString(tmp.resolve("news.json"), "{\"articles\":[" + line("a1", null, "أ").strip() + ","
                + line("a1", null, "ب").strip() + "]}", StandardCharsets.UTF_8);

        ingest.file(f);
        ingest.flush();

        assertThat(reported).containsExactly(f + ": 1 article repeats an earlier article's id or URL (first: article 2 "
                + "repeats article 1, id a1): the later article is kept");
    }

    @Test
    void filesWithoutRepeatsAndRepeatsAcrossFilesSayNothing() throws IOException {
        // Two files of one export ingested together, or one file ingested again: the store's own counts tell it.
        Path a = Files.writeString(tmp.resolve("a.jsonl"), line("a1", null, "أ") + line("a2", null, "ب"),
                StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("b.jsonl"), line("a1", null, "أ"), StandardCharsets.UTF_8);

        ingest.file(a);
        ingest.file(b);
        ingest.flush();

        assertThat(reported).isEmpty();
        assertThat(ingest.summary().line()).isEqualTo("read 3, stored 2 (new 2, updated 0), duplicates 1, refused 0");
    }

    // Property: over random files (ids and URLs from small pools, so that many repeat), the count said is the number
    // of lines whose id or URL an earlier line gave, and the first repeat named is the first such line.
    @Test
    void theCountIsTheLinesWhoseIdOrUrlCameBefore() {
        Random rnd = new Random(23);
        for (int round = 0; round < 40; round++) {
            int lines = 1 + rnd.nextInt(round < 30 ? 60 : 5_000);
            int pool = 1 + rnd.nextInt(lines * 2);
            RepeatedArticles repeated = new RepeatedArticles("line");
            Set<String> seen = new HashSet<>();
            long expected = 0;
            int firstRepeat = 0;
            for (int n = 1; n <= lines; n++) {
                String id = rnd.nextBoolean() ? "id" + rnd.nextInt(pool) : null;
                String url = rnd.nextBoolean() ? "https://example.org/" + rnd.nextInt(pool) : null;
                boolean repeat = (id != null && !seen.add("i" + id)) | (url != null && !seen.add("u" + url));
                if (repeat) {
                    expected++;
                    firstRepeat = firstRepeat == 0 ? n : firstRepeat;
                }
                repeated.note(n, Article.builder().id(id).url(url).title("t").build());
            }
            String said = repeated.report("f.jsonl");
            if (expected == 0) {
                assertThat(said).isNull();
            } else {
                assertThat(said).startsWith("f.jsonl: " + expected + " line").contains("first: line " + firstRepeat + " ");
            }
        }
    }
}
