package org.marsad.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.marsad.model.Article;
import org.marsad.model.PageZone;
import org.marsad.model.PublishedDates;

/**
 * A feed item as an article, for when the item carries the text itself (content:encoded, Atom content, JSON
 * content) or the page may not be fetched (robots.txt) or yields no article. Pure.
 */
public final class FeedArticles {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption", "table",
            "tr", "td", "th", "dd", "dt", "hr");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "iframe", "template");

    private FeedArticles() {
    }

    /**
     * The item as an article, or null when it has neither link nor text.
     *
     * @param source   the outlet's name
     * @param language the language to assume when the item gives none (the source's or the feed's), or null
     */
    public static Article from(FeedItem item, String source, String language) {
        return from(item, source, language, PageZone.UNKNOWN);
    }

    /**
     * Like {@link #from(FeedItem, String, String)}, for a feed whose times written without an offset are in
     * {@code zone}; with {@link PageZone#UNKNOWN} such a time keeps only its day.
     */
    public static Article from(FeedItem item, String source, String language, PageZone zone) {
        String text = item.contentHtml() != null ? item.contentHtml() : item.summary();
        List<String> body = text == null ? List.of() : paragraphs(text);
        if (item.link() == null && body.isEmpty()) {
            return null;
        }
        return Article.builder()
                .url(item.link())
                .title(item.title() == null ? null : inline(item.title()))
                .published(PublishedDates.settle(item.published(), zone))
                .publishedText(item.publishedText())
                .source(source)
                .author(item.author())
                .language(language)
                .body(body)
                .tags(item.categories())
                .build();
    }

    /** Whether the item carries a full text rather than a teaser (content:encoded or equivalent). */
    public static boolean hasFullText(FeedItem item) {
        return item.contentHtml() != null && !paragraphs(item.contentHtml()).isEmpty();
    }

    /**
     * The paragraphs of an HTML fragment (or plain text): block elements and {@code <br>} break paragraphs,
     * whitespace is folded, scripts and styles are dropped.
     */
    public static List<String> paragraphs(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIP.contains(e.normalName())) {
                        skipping++;
                    } else if (BLOCKS.contains(e.normalName()) || e.normalName().equals("br")) {
                        flush(current, out);
                    }
                } else if (node instanceof TextNode t && skipping == 0) {
                    current.append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIP.contains(e.normalName())) {
                        skipping--;
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, out);
                    }
                }
            }
        });
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        for (String line : sb.toString().split("\\n\\s*\\n")) {
            String p = inline(line);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        sb.setLength(0);
    }

    private static String inline(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
