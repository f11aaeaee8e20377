package org.marsad.extract.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.arabic.dates.DateMention;

/**
 * The publication and update dates of a page, from the most deliberate statement to the least: JSON-LD, meta tags
 * (article:published_time and the many variants sites use), {@code <time>} elements, then the date printed near
 * the headline in words ("تم نشره الجمعة 24 نيسان / أبريل 2020"). A meta value that is an Arabic date string
 * rather than ISO is read as text, since it is still the page's own statement of the date.
 */
final class PageDates {
    private PageDates() {
    }

    /** A date found on the page: its ISO form and the text it was read from. */
    record Found(String iso, String text) {
    }

    private static final String[] PUBLISHED_KEYS = {
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "published_time", "article.published", "datepublished", "publish-date", "publish_date", "publishdate",
        "pubdate", "date.published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
        "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
        "article_date_original", "original-publish-date", "datecreated", "date", "created", "publication_date"
    };

    private static final String[] MODIFIED_KEYS = {
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "lastmod",
        "last-modified", "dcterms.modified", "article.updated", "revised"
    };

    /** Class/id words of elements that print the publication date. */
    private static final Pattern DATE_BOX = Pattern.compile(
            "(?i)date|time|publish|posted|created|dateline|byline|meta|info|stamp|tarikh|waqt");

    /** Words a plain dateline starts with, on pages whose markup does not say which line is the date. */
    static final Pattern DATE_LABEL = Pattern.compile(
            "(?iu)^\\W*(نشر(?:ت)?(?:\\s+(?:في|بتاريخ|يوم))?|تاريخ\\s+النشر|تم\\s+النشر(?:\\s+في)?|published(?:\\s+on)?|posted(?:\\s+on)?)"
            + "\\s*[:：\\-–]");

    /** A word of every {@link #DATE_LABEL} alternative. */
    private static final WordScan DATE_LABEL_WORDS = new WordScan("نشر", "published", "posted");

    /**
     * Whether the text starts with a dateline label ({@link #DATE_LABEL}). The own text of every small element after
     * the headline is asked, and {@code ^\W*} runs over a whole Arabic text (\W is every char but ASCII letters,
     * digits and "_") to try the label at each of its positions: the pattern is tried only on a text holding a word
     * every label alternative holds.
     */
    static boolean startsWithDateLabel(String text) {
        return DATE_LABEL_WORDS.in(text) && DATE_LABEL.matcher(text).lookingAt();
    }

    static Found published(PageIndex page, PageMeta meta, JsonLd ld) {
        Found f = read(ld.article("datePublished"));
        if (f == null) {
            f = read(ld.article("dateCreated"));
        }
        for (int i = 0; f == null && i < PUBLISHED_KEYS.length; i++) {
            f = read(meta.first(PUBLISHED_KEYS[i]));
        }
        if (f == null) {
            f = timeElement(page.select(Queries.TIME_PUBLISHED));
        }
        if (f == null) {
            f = timeElement(page.select(Queries.TIME_ANY));
        }
        if (f == null) {
            f = printed(page);
        }
        return f;
    }

    static Found modified(Document doc, PageMeta meta, JsonLd ld) {
        Found f = read(ld.article("dateModified"));
        for (int i = 0; f == null && i < MODIFIED_KEYS.length; i++) {
            f = read(meta.first(MODIFIED_KEYS[i]));
        }
        if (f == null) {
            f = timeElement(doc.select(Queries.TIME_MODIFIED));
        }
        return f;
    }

    private static Found read(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String iso = DateValues.parse(raw);
        return iso == null ? null : new Found(iso, raw.strip());
    }

    private static Found timeElement(List<Element> times) {
        for (Element t : times) {
            Found f = read(t.attr("datetime"));
            if (f == null) {
                f = read(t.attr("content"));
            }
            if (f == null) {
                f = read(Texts.oneLine(t.text()));
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first date written in words in a small element that looks like a dateline (its class/id mentions date,
     * time, publish ...), searched from the headline onwards, then anywhere.
     */
    private static Found printed(PageIndex page) {
        Element h1 = page.selectFirst(Queries.H1);
        boolean afterHeading = h1 == null;
        for (Element e : page.bodyElements()) {
            if (e == h1) {
                afterHeading = true;
                continue;
            }
            if (!afterHeading || ChildElements.moreThan(e, 3)) {
                continue;
            }
            // The label is looked for in the element's own text, which is cheap, so that not every element's whole
            // subtree is read. A DATE_BOX word holds no space, so it lies in the class or in the id.
            if (!(e.attributesSize() > 0 && (DATE_BOX.matcher(e.className()).find() || DATE_BOX.matcher(e.id()).find()))
                    && !e.normalName().equals("time")
                    && !(ChildElements.holdText(e) && startsWithDateLabel(e.ownText()))) {
                continue;
            }
            String text = Texts.oneLine(e.text());
            if (text.isEmpty() || text.length() > 200) {
                continue;
            }
            DateMention d = DateValues.firstMention(text);
            if (d != null) {
                return new Found(DateValues.iso(d), d.text());
            }
        }
        return null;
    }
}
