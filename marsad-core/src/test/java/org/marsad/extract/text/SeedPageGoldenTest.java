package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.TextDecoding;
import org.marsad.model.Article;
import org.marsad.model.RelatedLink;

/**
 * The acceptance page: extraction must match the gold file field for field, with the tolerances its
 * {@code _about} states (tags unordered; article 1's related may also list the appended article; extra fields).
 */
class SeedPageGoldenTest {
    private static final String DIR = "/org/marsad/extract/text/seed/";
    private static List<Article> actual;
    private static JsonNode expected;

    @BeforeAll
    static void extract() throws IOException {
        byte[] page;
        try (InputStream in = SeedPageGoldenTest.class.getResourceAsStream(DIR + "000_380e3a2f51e7f576.txt")) {
            page = in.readAllBytes();
        }
        String text = ((TextDecoding.Decoded) TextDecoding.decode(page)).text();
        actual = new TextPageExtractor().extract(text);
        try (InputStream in = SeedPageGoldenTest.class.getResourceAsStream(DIR + "expected.json")) {
            expected = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("articles");
        }
    }

    @Test
    void sameArticlesInPageOrder() {
        assertThat(actual).extracting(Article::title).containsExactlyElementsOf(texts(expected, "title"));
    }

    @Test
    void textFieldsMatch() {
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            Article a = actual.get(i);
            assertThat(a.publishedText()).as("published_text %d", i).isEqualTo(text(e, "published_text"));
            assertThat(a.source()).as("source %d", i).isEqualTo(text(e, "source"));
            assertThat(a.author()).as("author %d", i).isEqualTo(text(e, "author"));
            assertThat(a.language()).as("language %d", i).isEqualTo(text(e, "language"));
            assertThat(a.body()).as("body %d", i).containsExactlyElementsOf(texts(e.get("body")));
        }
    }

    @Test
    void tagsMatchAsASet() {
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).tags()).as("tags %d", i)
                    .containsExactlyInAnyOrderElementsOf(texts(expected.get(i).get("tags")));
        }
    }

    @Test
    void relatedMatchWithTheAppendedArticleAllowed() {
        for (int i = 0; i < expected.size(); i++) {
            List<String> want = new ArrayList<>();
            expected.get(i).get("related").forEach(r -> want.add(r.get("title").asText()));
            List<String> got = new ArrayList<>(actual.get(i).related().stream().map(RelatedLink::title).toList());
            if (i == 0 && got.size() == want.size() + 1) {
                assertThat(got.remove(got.size() - 1)).isEqualTo(actual.get(1).title());
            }
            assertThat(got).as("related %d", i).containsExactlyElementsOf(want);
        }
    }

    @Test
    void publishedDatesMatch() {
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).published()).as("published %d", i).isEqualTo(text(expected.get(i), "published"));
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> texts(JsonNode array, String key) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(text(n, key)));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
