package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Page authors name their boxes after what they hold
 * ("share-bar", "related-news", "article-body"), so the words of those names are cheap, strong evidence. Words
 * are matched whole (after splitting on punctuation and camelCase) so that "ad" never matches "head" or "read".
 */
final class Hints {
    private Hints() {
    }

    /** Words that name boxes which are never article text. */
    private static final Set<String> BOILERPLATE = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "reply", "replies",
            "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "follow", "sociallinks",
            "related", "relatedposts", "recommended", "recommendations", "recirc", "outbrain", "taboola", "zergnet",
            "sidebar", "widget", "widgets", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
            "footer", "masthead", "newsletter", "subscribe", "subscription", "signup", "login", "paywall",
            "promo", "promoted", "advert", "advertisement", "advertising", "ad", "ads", "adv", "adslot", "adunit",
            "dfp", "gpt", "sponsor", "sponsored", "popular", "mostread", "mostpopular", "trending", "ticker",
            "banner", "cookie", "cookies", "consent", "modal", "popup", "overlay", "tags", "tag",
            "taglist", "keywords", "bio", "biography", "print", "toolbar", "pagination", "pager", "skip",
            "rating", "ratings", "rate", "vote", "poll", "byline", "dateline", "timestamp", "meta", "credit",
            "credits", "author", "authors", "readmore", "readalso", "more", "also", "next", "prev", "previous",
            "hidden", "hide", "offscreen", "screenreader", "sronly", "visuallyhidden", "copyright", "legal",
            "disclaimer", "shoutbox", "combx", "contact", "utility", "tools", "actions", "embed", "inline");

    /** Words that name boxes holding the article itself. */
    private static final Set<String> CONTENT = Set.of(
            "article", "articles", "content", "body", "story", "text", "entry", "post", "main", "prose",
            "paragraph", "detail", "details", "news", "richtext", "blog", "single", "page", "column", "col",
            "maincontent", "articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articletext",
            "storytext", "bodytext", "newsbody", "newscontent", "newstext", "itembody", "itemfulltext", "fulltext",
            "articlecontent", "storycontent", "detailstext", "mainarticle");

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    /** The lower-case words of the element's class names, id and role. */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        addWords(e.className(), out);
        addWords(e.id(), out);
        addWords(e.attr("role"), out);
        addWords(e.attr("itemprop"), out);
        return out;
    }

    private static void addWords(String raw, List<String> out) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String name : raw.trim().split("\\s+")) {
            String lowered = CAMEL.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
            String joined = SPLIT.matcher(lowered).replaceAll("");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
            for (String w : SPLIT.split(lowered)) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
    }

    /** How many of the element's name words say "boilerplate". */
    static int boilerplate(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (BOILERPLATE.contains(w)) {
                n++;
            }
        }
        return n;
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
