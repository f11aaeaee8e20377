package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 19: terminal escapes and unpaired bidi overrides in stored text. */
class UntrustedTextTest {
    @Test
    void controlsAreRemovedButTabAndNewlineStay() {
        assertThat(UntrustedText.clean("عنوان\u001b]0;pwned\u0007 الخبر\u001b[2J")).isEqualTo("عنوان]0;pwned الخبر[2J");
        assertThat(UntrustedText.clean("a\tb\nc\r\u0000d\u007fe\u0085f\u009bg")).isEqualTo("a\tb\ncdefg");
        assertThat(UntrustedText.clean((String) null)).isNull();
        String plain = "نص عادي";
        assertThat(UntrustedText.clean(plain)).isSameAs(plain);
    }

    @Test
    void unpairedBidiControlsAreRemovedAndPairedOnesKept() {
        assertThat(UntrustedText.clean("\u202Eلغم")).isEqualTo("لغم");
        assertThat(UntrustedText.clean("a\u202Cb\u2069c")).isEqualTo("abc");
        assertThat(UntrustedText.clean("x \u2067عربي\u2069 y")).isEqualTo("x \u2067عربي\u2069 y");
        assertThat(UntrustedText.clean("\u202Bم\u202Dx\u202Cن\u202C")).isEqualTo("\u202Bم\u202Dx\u202Cن\u202C");
        // An isolate cannot be closed by PDF: both are unpaired.
        assertThat(UntrustedText.clean("\u2066a\u202C")).isEqualTo("a");
        assertThat(UntrustedText.clean("\u202Ea\u2066b\u2069")).isEqualTo("a\u2066b\u2069");
    }

    @Test
    void cleanTextHasNoControlAndEveryOpenerIsClosed() {
        Random random = new Random(1919L);
        char[] alphabet = {'a', 'ب', ' ', '\n', '\t', '\u001b', '\u0007', '\u009b', '\u202A', '\u202B', '\u202C',
                '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String clean = UntrustedText.clean(sb.toString());
            assertThat(clean.chars().noneMatch(c -> UntrustedText.isControl((char) c))).isTrue();
            assertThat(UntrustedText.clean(clean)).as("idempotent").isEqualTo(clean);
            int embeddings = 0;
            int isolates = 0;
            for (char c : clean.toCharArray()) {
                if (c >= '\u202A' && c <= '\u202E' && c != '\u202C') {
                    embeddings++;
                } else if (c == '\u202C') {
                    embeddings--;
                } else if (c >= '\u2066' && c <= '\u2068') {
                    isolates++;
                } else if (c == '\u2069') {
                    isolates--;
                }
                assertThat(embeddings).isNotNegative();
                assertThat(isolates).isNotNegative();
            }
            assertThat(embeddings).isZero();
            assertThat(isolates).isZero();
        }
    }

    @Test
    void everyTextFieldOfAnArticleIsCleaned() {
        Article a = new Article("id", "https://x/\u001b", "t\u001b[2J", "2024-01-01", "p\u0007", "s\u202E", "au\u0000",
                "ar", List.of("b\u001b"), List.of("\u202Etag"), List.of(new RelatedLink("r\u001b", null)), null);
        Article c = UntrustedText.clean(a);
        assertThat(List.of(c.url(), c.title(), c.publishedText(), c.source(), c.author(), c.body().get(0),
                c.tags().get(0), c.related().get(0).title()))
                .containsExactly("https://x/", "t[2J", "p", "s", "au", "b", "tag", "r");
    }
}
