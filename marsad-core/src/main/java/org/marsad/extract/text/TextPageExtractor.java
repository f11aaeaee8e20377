package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.extract.PageExtractor;
import org.jsoup.parser.Parser;
import org.marsad.model.Article;

/**
 * Extracts articles from a raw text dump of a news page — the text an aggregator or a copy-paste leaves: a
 * headline, metadata lines, paragraphs one per line, "read also" boxes, source and tag lines, sometimes a
 * second article appended under "إقرأ أيضاً:".
 *
 * <p>Each article gets its title, publication date (through the Arabic module's date finder), credited source,
 * author, language, body paragraphs, tags and related headlines. A field the page does not state stays null
 * (or empty). Share bars, "follow us" lines, photo captions, ads and breadcrumbs are left out of the body.
 *
 * <p>Pure and thread-safe. Ids, URLs and fetch times are the caller's to set.
 */
public final class TextPageExtractor implements PageExtractor {
    /** Invisible characters that pages leak: bidi controls, zero-width space, BOM, soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** HTML character references left in scraped text ("&quot;", "&nbsp;", "&#1575;"). */
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

    @Override
    public List<Article> extract(String page) {
        List<Item> items = new ArrayList<>();
        for (String line : LineClassifier.joinLabelValues(lines(page))) {
            items.addAll(LineClassifier.classify(line));
        }
        List<Article> articles = new ArrayList<>();
        for (PageAssembler.Draft d : PageAssembler.assemble(items)) {
            articles.add(article(d));
        }
        return articles;
    }

    /**
     * The page's non-blank lines, cleaned of invisible characters, runs of spaces and leftover HTML character
     * references. Form feeds separate articles.
     */
    static List<String> lines(String page) {
        String text = page.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n')
                .replace("\f", "\n-----\n");
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = ENTITY.matcher(raw).find() ? Parser.unescapeEntities(raw, false) : raw;
            line = CONTROLS.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ");
            line = SPACES.matcher(line).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static Article article(PageAssembler.Draft d) {
        Map<String, Boolean> tags = new LinkedHashMap<>();
        Evidence evidence = d.tagLines.isEmpty() ? null : PageAssembler.evidence(d);
        for (String line : d.tagLines) {
            for (String tag : TagSplitter.split(line, evidence)) {
                tags.putIfAbsent(tag, Boolean.TRUE);
            }
        }
        String text = (d.title == null ? "" : d.title + "\n") + String.join("\n", d.body);
        return Article.builder()
                .title(d.title)
                .published(d.published)
                .publishedText(d.publishedText)
                .source(d.source != null ? d.source : d.outlet)
                .author(d.author)
                .language(ScriptLanguage.of(text))
                .body(d.body)
                .tags(List.copyOf(tags.keySet()))
                .related(d.related)
                .build();
    }
}
