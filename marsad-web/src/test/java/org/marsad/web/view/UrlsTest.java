package org.marsad.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UrlsTest {

    /**
     * Pieces a search query is made of: Arabic letters, diacritics and tatweel, Latin, digits, the characters the
     * encoder keeps, the ones the query syntax and URLs give meaning to, an emoji (a surrogate pair) and a lone
     * surrogate (which the encoder writes as an encoded "?").
     */
    private static final String[] PIECES = {"ا", "ل", "ق", "د", "س", "ة", "ى", "ء", "ً", "ّ", "ـ", "٣", "a", "Z", "q", "0",
        "9", "-", "_", ".", "*", " ", "\"", "&", "=", "?", "#", "%", "+", "/", ":", "~", "!", "(", ")", "é", "€",
        "😀", "\uD83D", "\uDE00", "\t", "\n"};

    @Test
    void aLinksQueryValuesAreEncodedExactlyAsTheJdkFormEncoderWritesThem() {
        Random random = new Random(20261205L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder q = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                q.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String tag = "وسم " + PIECES[random.nextInt(PIECES.length)];
            String expected = "/search?q=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8)
                    + "&tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&page=2";
            String got = Urls.withQuery("/search", Urls.params("q", q.toString(), "source", null, "tag", tag,
                    "page", "2"));
            if (q.toString().isBlank()) {
                expected = "/search?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&page=2";
            }
            assertEquals(expected, got, "query " + q);
        }
    }
}
