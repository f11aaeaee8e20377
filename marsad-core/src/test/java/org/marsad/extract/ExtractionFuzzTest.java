package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.marsad.extract.text.TextPageExtractor;
import org.marsad.model.Article;
import org.marsad.model.UntrustedText;

/**
 * Issue 19: seeded mutations of the test pages (the seed page, the HTML fixtures) through decoding and both
 * extractors: nothing throws, and whatever comes out can be stored. The bench's fuzz part runs thousands more.
 */
class ExtractionFuzzTest {
    private static final List<String> PAGES = List.of("text/seed/000_380e3a2f51e7f576.txt", "html/arabic-article.html",
            "html/home-page.html", "html/printed-arabic-date.html", "html/arabic-date-in-meta.html");

    @Test
    void mutatedPagesNeverCrashTheExtractors() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (String p : PAGES) {
            try (InputStream in = ExtractionFuzzTest.class.getResourceAsStream("/org/marsad/extract/" + p)) {
                pages.add(in.readAllBytes());
            }
        }
        Random random = new Random(1919L);
        TextPageExtractor text = new TextPageExtractor();
        int decoded = 0;
        for (int round = 0; round < 300; round++) {
            byte[] b = mutate(pages.get(random.nextInt(pages.size())), random);
            if (TextDecoding.decode(b) instanceof TextDecoding.Decoded d) {
                decoded++;
                List<Article> out = new ArrayList<>(text.extract(d.text()));
                HtmlArticleExtractor.extract(d.text(), "https://example.com/a").ifPresent(out::add);
                for (Article a : out) {
                    Article clean = UntrustedText.clean(a);
                    assertThat(UntrustedText.clean(clean)).isEqualTo(clean);
                }
            }
        }
        assertThat(decoded).as("most mutated pages still decode").isGreaterThan(150);
    }

    private static byte[] mutate(byte[] page, Random r) {
        byte[] b = page.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                for (int i = 1 + r.nextInt(3); i > 0; i--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(100));
                byte[] slice = Arrays.copyOfRange(b, from, to);
                byte[] out = Arrays.copyOf(b, b.length + slice.length * 20);
                for (int k = 0; k < 20; k++) {
                    System.arraycopy(slice, 0, out, b.length + k * slice.length, slice.length);
                }
                b = out;
            }
            default -> {
                int at = r.nextInt(b.length);
                byte[] esc = {0x1B, '[', '2', 'J', (byte) 0xE2, (byte) 0x80, (byte) 0xAE, '<', '&'};
                byte[] out = new byte[b.length + esc.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(esc, 0, out, at, esc.length);
                System.arraycopy(b, at, out, at + esc.length, b.length - at);
                b = out;
            }
        }
        return b;
    }
}
