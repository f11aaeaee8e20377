package org.marsad.extract.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.marsad.model.Article;
import org.marsad.model.PageZone;
import org.marsad.model.PublishedDates;
import org.marsad.model.RelatedLink;

/**
 * Turns an HTML page into an {@link Article}: the article text without the page around it, and what the page says
 * about the article (headline, dates, author, outlet, tags, "read also" links, canonical URL, language).
 *
 * <p>A pure stage: no I/O, no clock, the same output for the same input. Thread-safe.
 *
 * <pre>{@code
 * Optional<Article> a = HtmlArticleExtractor.extract(html, "https://example.com/news/1");
 * }</pre>
 */
public final class HtmlArticleExtractor {
    private HtmlArticleExtractor() {
    }

    /** Least prose a page must carry to count as an article. */
    private static final int MIN_PROSE = 200;
    /**
     * Least when the page itself declares an article (og:type, JSON-LD, an article element): one sentence of prose, as
     * a breaking-news flash is («قالت وزارة الصحة إن 4 أشخاص قتلوا في غارة …», 77 letters, was refused at 80 and never
     * stored from its feed). Prose is counted in letters without spaces; a run counts only when it reads as prose.
     */
    private static final int MIN_PROSE_DECLARED = 50;

    /**
     * Extracts the article of a page.
     *
     * @param html    the page's markup, already decoded to text
     * @param baseUrl the address the page was fetched from, for resolving relative links; may be null
     * @return the article, or empty when the page has no article text (a home page, a list, an error page)
     */
    public static Optional<Article> extract(String html, String baseUrl) {
        return extract(html, baseUrl, PageZone.UNKNOWN);
    }

    /**
     * Extracts the article of a page whose times, when it writes them without an offset, are in {@code zone}.
     *
     * @param zone where the page's wall-clock times are ({@link PageZone#UNKNOWN}: such a time keeps only its day)
     */
    public static Optional<Article> extract(String html, String baseUrl, PageZone zone) {
        Document doc = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        if (baseUrl == null || baseUrl.isBlank()) {
            String own = ownAddress(doc);
            if (own != null) {
                doc.setBaseUri(own);
            }
        }
        return fromDocument(doc, zone);
    }

    /** Extracts the article of an already parsed page. The document is modified (boilerplate is removed). */
    public static Optional<Article> extract(Document doc) {
        return fromDocument(doc, PageZone.UNKNOWN);
    }

    private static Optional<Article> fromDocument(Document doc, PageZone zone) {
        // One walk of the page lists what its searches look for: each search then tries its few elements.
        PageIndex page = PageIndex.of(doc);
        PageMeta meta = PageMeta.read(page);
        JsonLd ld = JsonLd.read(page);
        // the canonical link and the "read also" links are resolved against the page's address parsed once
        PageAddresses addresses = new PageAddresses();
        String url = canonical(page, meta, ld, addresses);
        String host = host(url != null ? url : doc.location());
        String siteName = first(meta.first("og:site_name", "application-name", "al:android:app_name"),
                ld.siteName());
        String title = Titles.find(page, meta, ld, siteName, host);
        PageDates.Found published = PageDates.published(page, meta, ld);
        String author = Authors.find(page, meta, ld, siteName);
        Element body = doc.body();
        // One walk of the body, before anything is pruned, for the tags, "read also" and main text steps.
        BodySurvey survey = body == null ? null : BodySurvey.of(body);
        List<String> tags = tags(page, meta, ld, survey);
        Element html = page.selectFirst(Queries.HTML);
        String declaredLanguage = first(html == null ? null : html.attr("lang"),
                meta.first("content-language", "og:locale", "language", "dc.language"));
        boolean declaredArticle = ld.hasArticle() || "article".equalsIgnoreCase(meta.first("og:type"))
                || page.selectFirst(Queries.DECLARED_ARTICLE) != null;

        if (body == null) {
            return Optional.empty();
        }
        List<RelatedLink> related = RelatedLinks.collect(body, survey, addresses);
        MainText.Result text = MainText.extract(body, title, ld.article("articleBody"), survey);
        int minimum = declaredArticle ? MIN_PROSE_DECLARED : MIN_PROSE;
        if (text.proseChars() < minimum) {
            return Optional.empty();
        }
        return Optional.of(Article.builder()
                .url(url)
                .title(title)
                .published(published == null ? null : PublishedDates.settle(published.iso(), zone))
                .publishedText(published == null ? null : published.text())
                .source(siteName)
                .author(author)
                .language(Languages.detect(declaredLanguage, text.paragraphs()))
                .body(text.paragraphs())
                .tags(tags)
                .related(related)
                .build());
    }

    /** Patterns compiled once (String's matches and replaceFirst compile theirs on every call). */
    private static final java.util.regex.Pattern ABSOLUTE_ADDRESS = java.util.regex.Pattern.compile("(?i)https?://\\S+");
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?i)https?://.+");
    private static final java.util.regex.Pattern LEADING_HASH = java.util.regex.Pattern.compile("^#");

    /** The absolute address the page states for itself (canonical link, og:url), for resolving its links. */
    private static String ownAddress(Document doc) {
        for (Element e : doc.select(Queries.OWN_ADDRESS)) {
            String v = e.hasAttr("href") ? e.attr("href") : e.attr("content");
            if (ABSOLUTE_ADDRESS.matcher(v).matches()) {
                return v.strip();
            }
        }
        return null;
    }

    /**
     * The page's address: its canonical link, else its og:url, else where it was fetched from; for a page of no known
     * address (a saved file) its article's JSON-LD address last, so that the host it names is kept in {@code url}.
     * The outlet ({@code source}) is never made from an address: unknown stays null (DESIGN, the article contract).
     */
    private static String canonical(PageIndex page, PageMeta meta, JsonLd ld, PageAddresses addresses) {
        Document doc = page.document();
        Element link = page.selectFirst(Queries.CANONICAL);
        String url = link == null ? null : addresses.absolute(link, "href");
        if (url == null || url.isEmpty()) {
            String og = meta.first("og:url");
            if (og != null && WEB_ADDRESS.matcher(og).matches()) {
                url = og;
            }
        }
        if (url == null || url.isEmpty()) {
            url = doc.location();
        }
        if (url == null || url.isEmpty()) {
            String stated = ld.articleAddress();
            if (stated != null && WEB_ADDRESS.matcher(stated).matches()) {
                url = stated;
            }
        }
        return url == null || url.isEmpty() ? null : url;
    }

    private static String host(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            return URI.create(url.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> tags(PageIndex page, PageMeta meta, JsonLd ld, BodySurvey survey) {
        List<String> found = new ArrayList<>(meta.all("article:tag"));
        found.addAll(ld.keywords());
        for (String k : new String[] {"news_keywords", "keywords"}) {
            for (String v : meta.all(k)) {
                found.addAll(PageMeta.splitList(v));
            }
        }
        for (Element a : page.select(Queries.TAG_LINK)) {
            found.add(a.text());
        }
        Element body = page.document().body();
        if (survey != null) {
            found.addAll(labelledTags(body, survey));
        }
        return distinctTags(found);
    }

    /** The tags found, in one line each, without a leading "#", the first spelling of each, at most 40. */
    static List<String> distinctTags(List<String> found) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : found) {
            String s = LEADING_HASH.matcher(Texts.oneLine(t)).replaceFirst("");
            if (!s.isEmpty() && s.length() <= 60) {
                out.putIfAbsent(Texts.key(s), s);
            }
        }
        out.remove("");
        return new ArrayList<>(out.values()).subList(0, Math.min(out.size(), 40));
    }

    /** A line that lists the article's tags: "الوسوم: ..." and its variants, followed by links. */
    static final java.util.regex.Pattern TAGS_LABEL = java.util.regex.Pattern.compile(
            "(?iu)^\\W*(الوسوم|وسوم|الكلمات\\s+المفتاحية|كلمات\\s+مفتاحية|الكلمات\\s+الدالة|كلمات\\s+دالة|tags|keywords)"
            + "\\s*[:：\\-–]?\\s*$");

    /** A word of every {@link #TAGS_LABEL} alternative (see {@link Texts#holdsAny}). */
    private static final String[] TAGS_WORDS = {"وسوم", "مفتاحية", "دالة", "tags", "keywords"};

    /** The text is a tags label alone; the pattern is tried only when a label word is there. */
    static boolean isTagsLabel(String raw) {
        return Texts.holdsAny(raw, TAGS_WORDS) && TAGS_LABEL.matcher(Texts.oneLine(raw)).matches();
    }

    /** A word of every {@link #TAGS_LABEL} alternative, found in one pass over a text node. */
    static final WordScan TAGS_WORD_SCAN = new WordScan(TAGS_WORDS);

    /**
     * The link texts of a "الوسوم:" line in the body, the other way a page lists tags without meta tags (besides
     * rel=tag links): the first labelled block that has links, the label a text of its own just before the links, in
     * the same block. The survey's walk has listed the blocks that may be labelled.
     */
    private static List<String> labelledTags(Element body, BodySurvey survey) {
        List<String> labelled = new ArrayList<>();
        for (int place : survey.mayBeTagsLabelled()) {
            Element e = survey.element(place);
            if (Queries.TAG_BLOCKS.matches(body, e) && isLabelled(e, place, survey)) {
                for (Element a : e.select(Queries.LINK_HREF)) {
                    labelled.add(a.text());
                }
                if (!labelled.isEmpty()) {
                    return labelled;
                }
            }
        }
        return labelled;
    }

    /**
     * Whether the block's own text, or its first child's (not a link, no children of its own), is a tags label.
     * An own text is assembled only when its text nodes may hold a label word: most blocks own none.
     */
    private static boolean isLabelled(Element e, int place, BodySurvey survey) {
        Element firstChild = e.firstElementChild();
        // a first child element comes right after its parent
        return survey.mayHoldTagsWord(place) && isTagsLabel(e.ownText())
                || firstChild != null && !firstChild.normalName().equals("a") && survey.mayHoldTagsWord(place + 1)
                && ChildElements.none(firstChild) && isTagsLabel(firstChild.ownText());
    }

    /**
     * False only when no label word can be in the element's own text. Its own text is its text nodes read in order
     * with whitespace collapsed; a label word holds no whitespace, so it lies inside one text node or across the
     * seam of the texts read before (child elements between them are skipped by the own text; counting a
     * seam across a {@code <br>} too only lets more through).
     */
    static boolean mayHoldLabelWord(Element e) {
        String before = "";
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t) {
                String s = t.getWholeText();
                if (TAGS_WORD_SCAN.in(s) || TAGS_WORD_SCAN.across(tail(before), s)) {
                    return true;
                }
                // a short text node may sit inside a word that began in the text nodes before it
                before = tail(before + s);
            }
        }
        return false;
    }

    /** The last chars of a text that can begin a label word ending in the next text. */
    private static String tail(String s) {
        int keep = TAGS_WORD_SCAN.longest() - 1;
        return s.length() <= keep ? s : s.substring(s.length() - keep);
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }
}
