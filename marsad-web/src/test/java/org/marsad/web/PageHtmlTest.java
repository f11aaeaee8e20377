package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page's HTML output writes every value, in every element and attribute context, as jte's own HTML output does:
 * escaped alike, unsafe URLs in guarded attributes dropped alike, event handlers and scripts escaped as JavaScript.
 */
class PageHtmlTest {
    private static final String[] TAGS = {null, "a", "A", "area", "base", "iframe", "form", "button", "input", "time",
        "script", "SCRIPT", "p", "img"};
    private static final String[] ATTRIBUTES = {null, "href", "HREF", "src", "srcdoc", "action", "formaction", "onclick",
        "ONload", "on", "title", "datetime", "class", "value", "o"};
    private static final String[] PIECES = {"/search?q=", "غزة", "%D8%BA", "&", "=", " ", "\t", "\n", "'", "\"", "<",
        ">", "`", "$", "\\", "/", "javascript:", "JavaScript:", "data:", "DATA:", "java", "script:", "😀", "\ud83d",
        "\u00a0", "\u2003", "x", ""};

    @Test
    void everyValueInEveryContextIsWrittenAsJteWritesIt() {
        Random rnd = new Random(20261207L);
        for (int page = 0; page < 500; page++) {
            PageBytes ours = new PageBytes(rnd.nextInt(64));
            PageHtml html = new PageHtml(ours);
            PageBytes theirs = new PageBytes(64);
            OwaspHtmlTemplateOutput jte = new OwaspHtmlTemplateOutput(theirs);
            for (int value = rnd.nextInt(60); value > 0; value--) {
                String tag = TAGS[rnd.nextInt(TAGS.length)];
                String attribute = ATTRIBUTES[rnd.nextInt(ATTRIBUTES.length)];
                html.setContext(tag, attribute);
                jte.setContext(tag, attribute);
                String v = value(rnd);
                html.writeUserContent(v);
                jte.writeUserContent(v);
                html.writeContent("|");
                jte.writeContent("|");
            }
            assertThat(new String(ours.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)).as("page %d", page)
                    .isEqualTo(new String(theirs.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aScriptUrlInAnHrefIsDroppedAndQuotesInATitleEscaped() {
        PageBytes out = new PageBytes(16);
        PageHtml html = new PageHtml(out);
        html.setContext("a", "href");
        html.writeUserContent(" javascript:alert(1)");
        html.setContext("a", "title");
        html.writeUserContent("\"غزة\" & 'رفح' <");
        html.setContext("a", null);
        html.writeUserContent("<b> & \"");
        assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("&#34;غزة&#34; &amp; &#39;رفح&#39; &lt;&lt;b&gt; &amp; \"");
    }

    private static String value(Random rnd) {
        if (rnd.nextInt(20) == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int n = rnd.nextInt(6); n > 0; n--) {
            b.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
