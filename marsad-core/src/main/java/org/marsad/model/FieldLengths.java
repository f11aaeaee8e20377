package org.marsad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds on an article's one-line fields, applied before it is stored. A page or a feed item may say anything: a
 * feed item with a 5 MB title was stored whole, and then every list, search page, feed, export and alert carrying it
 * was 5 MB too (the front page took seconds to send). Real headlines are a few hundred characters at most; outlets,
 * authors, tags and categories a few dozen. A longer value is cut at a word boundary and ends with "…"; the raw
 * source keeps what the page said. The body is bounded by the page's own size limit and is left as it is.
 */
public final class FieldLengths {
    /** The most characters a title, a "read also" headline or a publication date as written keeps. */
    public static final int MAX_LINE = 1_000;
    /** The most characters an outlet, an author, a tag or a category keeps. */
    public static final int MAX_NAME = 200;

    private static final char ELLIPSIS = '…';

    private FieldLengths() {
    }

    /** The text cut to at most {@code max} characters (the last one "…"), at a space when one is near; null stays. */
    public static String bounded(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        // cut before a word rather than inside one, unless that loses more than a fifth of what may be kept
        int space = s.lastIndexOf(' ', end);
        if (space >= max * 4 / 5) {
            end = space;
        }
        return s.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The article with its one-line fields bounded (the same article when none is too long). */
    public static Article bounded(Article a) {
        if (withinBounds(a)) {
            return a;
        }
        List<RelatedLink> related = new ArrayList<>(a.related().size());
        for (RelatedLink r : a.related()) {
            related.add(new RelatedLink(bounded(r.title(), MAX_LINE), r.url()));
        }
        return new Article(a.id(), a.url(), bounded(a.title(), MAX_LINE), a.published(),
                bounded(a.publishedText(), MAX_LINE), bounded(a.source(), MAX_NAME), bounded(a.author(), MAX_NAME),
                a.language(), a.body(), a.tags().stream().map(t -> bounded(t, MAX_NAME)).toList(), related,
                a.fetchedAt(), a.duplicateOf(), a.story(), a.decodingErrors(), bounded(a.category(), MAX_NAME),
                a.figures(), a.entities(), a.autoTags());
    }

    private static boolean withinBounds(Article a) {
        if (longer(a.title(), MAX_LINE) || longer(a.publishedText(), MAX_LINE) || longer(a.source(), MAX_NAME)
                || longer(a.author(), MAX_NAME) || longer(a.category(), MAX_NAME)) {
            return false;
        }
        for (String t : a.tags()) {
            if (longer(t, MAX_NAME)) {
                return false;
            }
        }
        for (RelatedLink r : a.related()) {
            if (longer(r.title(), MAX_LINE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean longer(String s, int max) {
        return s != null && s.length() > max;
    }
}
