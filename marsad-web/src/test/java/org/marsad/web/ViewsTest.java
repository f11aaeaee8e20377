package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.web.view.ErrorView;
import org.marsad.web.view.Page;

/** A page rendered straight to bytes is the same page as its text, whatever the text holds. */
class ViewsTest {
    private static final String[] PIECES = {"غزة", "القدس", " ", "\n", "، ", "Cairo", "é", "😀", "\u200f", "ـ", "<b>",
        "&amp;", "\"", "'", "\ud83d", "\ude00", "١٢٣", "中", "\u0000", "javascript:"};

    @Test
    void theBytesSentAreTheUtf8OfThePageText() {
        Views views = new Views();
        Random rnd = new Random(20261205L);
        for (int i = 0; i < 500; i++) {
            String heading = text(rnd, rnd.nextInt(40));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", Page.titled(heading));
            m.put("e", new ErrorView(400 + rnd.nextInt(100), heading, text(rnd, rnd.nextInt(5000))));
            String page = views.render("error.jte", m);
            assertThat(views.renderBytes("error.jte", m)).as("page %d", i)
                    .isEqualTo(page.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Random rnd, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
