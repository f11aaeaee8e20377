package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Page authors name their boxes after what they hold
 * ("share-bar", "related-news", "article-body"), so the words of those names are cheap, strong evidence. Words
 * are matched whole (after splitting on punctuation and camelCase) so that "ad" never matches "head" or "read".
 */
final class Hints {
    private Hints() {
    }

    /** Words that name boxes which are never article text, whatever else the name says. */
    private static final Set<String> BOILERPLATE = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "replies",
            "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "sociallinks",
            "related", "relatedposts", "recommended", "recommendations", "recirc", "outbrain", "taboola", "zergnet",
            "sidebar", "widget", "widgets", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
            "footer", "masthead", "newsletter", "subscribe", "subscription", "signup", "login",
            "promo", "promoted", "advert", "advertisement", "advertising", "ad", "ads", "adv", "adslot", "adunit",
            "dfp", "sponsor", "sponsored", "popular", "mostread", "mostpopular", "trending", "ticker",
            "cookie", "cookies", "consent", "modal", "popup", "overlay", "readmore", "readalso",
            "offscreen", "screenreader", "sronly", "visuallyhidden", "shoutbox", "combx",
            "caption", "captions", "figcaption", "photocredit", "imagecredit", "gallery", "slideshow", "carousel",
            "lightbox", "morenews", "morestories", "moreposts", "morearticles", "morefrom", "moreon", "latestnews",
            "latestposts", "recentposts", "relatedcontent", "upnext", "whatsnext");

    /** Words that usually name boxes around the text, but lose to a content word in the same name. */
    private static final Set<String> WEAK_BOILERPLATE = Set.of(
            "breaking", "banner", "tags", "tag", "taglist", "keywords", "bio", "biography", "print", "toolbar",
            "pagination", "pager", "skip", "rating", "ratings", "vote", "poll", "byline", "dateline", "timestamp",
            "meta", "credit", "credits", "author", "authors", "more", "also", "next", "prev", "previous",
            "copyright", "legal", "disclaimer", "contact", "utility", "tools", "actions", "follow", "reply",
            "gpt", "rate");

    /** Words that name boxes holding the article itself. */
    private static final Set<String> CONTENT = Set.of(
            "article", "articles", "content", "body", "story", "text", "entry", "post", "main", "prose",
            "paragraph", "detail", "details", "news", "richtext", "blog", "single", "page", "column", "col",
            "maincontent", "articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articletext",
            "storytext", "bodytext", "newsbody", "newscontent", "newstext", "itembody", "itemfulltext", "fulltext",
            "articlecontent", "storycontent", "detailstext", "mainarticle");

    /**
     * Room for an element's words: a name of n parts gives n + 1 words ("td-post-content" gives four), and growing
     * the lists of smaller room was a tenth of the word splitting's time.
     */
    private static final int WORDS_CAPACITY = 16;

    /** The lower-case words of the element's class names, id, role and itemprop. */
    static List<String> words(Element e) {
        if (e.attributesSize() == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(8);
        addWords(e.attr("class"), out);
        addWords(e.id(), out);
        addWords(e.attr("role"), out);
        addWords(e.attr("itemprop"), out);
        return out;
    }

    /**
     * As {@link #words(Element)}; an element named by its class alone gets the list split before for the same class
     * value ({@code byClass}, filled as it goes: a page gives the same few class names to many elements). The lists
     * are shared, so read-only.
     */
    static List<String> words(Element e, Map<String, List<String>> byClass) {
        if (e.attributesSize() == 0) {
            return List.of();
        }
        String cls = e.attr("class");
        String id = e.id();
        String role = e.attr("role");
        String itemprop = e.attr("itemprop");
        if (id.isEmpty() && role.isEmpty() && itemprop.isEmpty()) {
            List<String> words = byClass.get(cls);
            if (words == null) {
                words = new ArrayList<>(WORDS_CAPACITY);
                addWords(cls, words);
                byClass.put(cls, words);
            }
            return words;
        }
        List<String> out = new ArrayList<>(WORDS_CAPACITY);
        addWords(cls, out);
        addWords(id, out);
        addWords(role, out);
        addWords(itemprop, out);
        return out;
    }

    /**
     * Splits each space-separated name into words at punctuation, digits and camelCase humps ("shareBar-2" gives
     * "share", "bar"), and also adds the name's letters joined ("sharebar"), so both spellings match.
     */
    private static void addWords(String raw, List<String> out) {
        int n = raw.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i > start) {
                splitName(raw, start, i, out);
            }
        }
    }

    private static void splitName(String raw, int from, int to, List<String> out) {
        if (lowerLettersOnly(raw, from, to)) {
            // one word, the name itself ("content", "post"): most names are so, and need no copy when alone
            out.add(from == 0 && to == raw.length() ? raw : raw.substring(from, to));
            return;
        }
        // Every word is a stretch of the joined letters, so one buffer holds both and no builder is needed.
        char[] joined = new char[to - from];
        int length = 0;
        int wordStart = 0;
        int parts = 0;
        char prev = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean letter = upper || c >= 'a' && c <= 'z';
            if (upper && prev != 0 && Character.isLowerCase(prev) && length > wordStart) {
                out.add(new String(joined, wordStart, length - wordStart));
                parts++;
                wordStart = length;
            }
            if (letter) {
                joined[length++] = upper ? (char) (c + ('a' - 'A')) : c;
            } else if (length > wordStart) {
                out.add(new String(joined, wordStart, length - wordStart));
                parts++;
                wordStart = length;
            }
            prev = c;
        }
        if (length > wordStart) {
            out.add(new String(joined, wordStart, length - wordStart));
            parts++;
        }
        if (parts > 1) {
            out.add(new String(joined, 0, length));
        }
    }

    private static boolean lowerLettersOnly(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the name says "not article text": a strong boilerplate word that content words do not outnumber,
     * or a weak one with no content word at all ("breaking-block" goes, "breaking-news-article" stays).
     */
    static boolean saysBoilerplate(List<String> words) {
        int strong = 0;
        int weak = 0;
        for (String w : words) {
            if (BOILERPLATE.contains(w)) {
                strong++;
            } else if (WEAK_BOILERPLATE.contains(w)) {
                weak++;
            }
        }
        if (strong == 0 && weak == 0) {
            return false;
        }
        int content = content(words);
        return strong > 0 && strong >= content || weak > 0 && content == 0;
    }

    /** True when the name says "the article text" and nothing against it. */
    static boolean saysContent(List<String> words) {
        return content(words) > 0 && !saysBoilerplate(words);
    }

    /** How many of the element's name words say "article content". */
    static int content(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (CONTENT.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** True when any name word is one of the given words. */
    static boolean any(List<String> words, Set<String> wanted) {
        for (String w : words) {
            if (wanted.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
