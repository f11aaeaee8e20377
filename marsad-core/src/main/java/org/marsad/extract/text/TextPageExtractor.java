package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.extract.PageExtractor;
import org.jsoup.parser.Parser;
import org.marsad.model.Article;
import org.marsad.model.PageZone;
import org.marsad.model.PublishedDates;

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
    /** HTML character references left in scraped text ("&quot;", "&nbsp;", "&#1575;"). */
    /** A script or style element on one line: its content is code, never the article's words. */
    private static final Pattern CODE_ELEMENT = Pattern.compile(
            "(?is)<(script|style|noscript)\\b[^>]*>.*?</\\1\\s*>");
    /** An HTML tag left in a raw page (a saved page's headline line): the text around it is kept. */
    private static final Pattern TAG = Pattern.compile(
            "(?i)</?(?:script|style|noscript|a|b|i|u|p|br|hr|span|div|strong|em|img|font|iframe|h[1-6]|small|sup"
                    + "|sub|mark|center|section|article|header|footer|time|figure|figcaption)\\b[^<>]*>");

    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");

    private final PageZone zone;

    /** An extractor for pages whose time zone is unknown: a time without offset keeps only its day. */
    public TextPageExtractor() {
        this(PageZone.UNKNOWN);
    }

    /** An extractor for pages whose times without offset are in {@code zone}. */
    public TextPageExtractor(PageZone zone) {
        this.zone = zone;
    }

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
     * The page's non-blank lines, cleaned of invisible characters, runs of spaces, leftover HTML character
     * references and leftover HTML tags (with the content of a script or style element). Form feeds separate
     * articles.
     */
    static List<String> lines(String page) {
        // one pass over the page: this runs on every line of every page, where a chain of regex replacements
        // per line dominated extraction time
        List<String> out = new ArrayList<>();
        int n = page.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? page.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f') {
                addClean(page.substring(start, i), out);
                if (c == '\f') {
                    out.add("-----");
                } else if (c == '\r' && i + 1 < n && page.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Adds the line without invisible characters, controls and runs of spaces, when something is left. */
    private static void addClean(String raw, List<String> out) {
        if (raw.indexOf('<') >= 0) {
            raw = TAG.matcher(CODE_ELEMENT.matcher(raw).replaceAll(" ")).replaceAll(" ");
        }
        String line = raw.indexOf('&') >= 0 && ENTITY.matcher(raw).find() ? Parser.unescapeEntities(raw, false) : raw;
        // in place in one char array (a StringBuilder would start Latin-1 and be copied at the first Arabic letter)
        char[] chars = line.toCharArray();
        int len = 0;
        boolean space = false;
        for (char c : chars) {
            if (isInvisible(c)) {
                continue;
            }
            if (isSpaceOrControl(c)) {
                space = true;
                continue;
            }
            if (space) {
                chars[len++] = ' ';
                space = false;
            }
            chars[len++] = c;
        }
        // String.strip: no char of a surrogate pair is whitespace
        int from = 0;
        while (from < len && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (len > from && Character.isWhitespace(chars[len - 1])) {
            len--;
        }
        if (len > from) {
            out.add(new String(chars, from, len - from));
        }
    }

    /** Bidi controls, zero-width space, BOM, soft hyphen. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }

    /** Spaces of every width and C0 controls: each run becomes one space. */
    private static boolean isSpaceOrControl(char c) {
        return c <= 0x20 || c == 0x7F || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private Article article(PageAssembler.Draft d) {
        List<String> tags = d.tagLines.isEmpty() ? List.of() : TagSplitter.split(d.tagLines, d.evidence());
        String text = (d.title == null ? "" : d.title + "\n") + String.join("\n", d.body);
        return Article.builder()
                .title(d.title)
                .published(PublishedDates.settle(d.published, zone))
                .publishedText(d.publishedText)
                .source(d.source != null ? d.source : d.outlet)
                .author(d.author)
                .language(ScriptLanguage.of(text))
                .body(d.body)
                .tags(tags)
                .related(d.related)
                .build();
    }
}
