package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.ArticleJson;

/**
 * Speed work on the extractor must not change what it extracts: every test page, with and without a base URL,
 * gives the article (title, dates, outlet, author, body, tags, related links ...) that main's extractor gave
 * before that work, byte for byte (expected/articles.tsv, see its README).
 */
class ExtractionUnchangedTest {
    @Test
    void theTestPagesGiveTheArticlesMainGave() throws IOException {
        String expected = read("expected/articles.tsv");
        int pages = 0;
        for (String line : expected.split("\n")) {
            String[] f = line.split("\t", 3);
            String url = f[1].equals("url") ? "https://example.com/news/" + f[0] : null;
            String got = HtmlArticleExtractor.extract(read(f[0]), url)
                    .map(a -> ArticleJson.toNode(a).toString()).orElse("EMPTY");
            assertEquals(f[2], got, f[0] + " " + f[1]);
            pages++;
        }
        assertEquals(12, pages, "six pages, with and without a base URL");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ExtractionUnchangedTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
