package org.marsad.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
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
    static final Set<String> BOILERPLATE = Set.of(
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
    static final Set<String> WEAK_BOILERPLATE = Set.of(
            "breaking", "banner", "tags", "tag", "taglist", "keywords", "bio", "biography", "print", "toolbar",
            "pagination", "pager", "skip", "rating", "ratings", "vote", "poll", "byline", "dateline", "timestamp",
            "meta", "credit", "credits", "author", "authors", "more", "also", "next", "prev", "previous",
            "copyright", "legal", "disclaimer", "contact", "utility", "tools", "actions", "follow", "reply",
            "gpt", "rate");

    /** Words that name boxes holding the article itself. */
    static final Set<String> CONTENT = Set.of(
            "article", "articles", "content", "body", "story", "text", "entry", "post", "main", "prose",
            "paragraph", "detail", "details", "news", "richtext", "blog", "single", "page", "column", "col",
            "maincontent", "articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articletext",
            "storytext", "bodytext", "newsbody", "newscontent", "newstext", "itembody", "itemfulltext", "fulltext",
            "articlecontent", "storycontent", "detailstext", "mainarticle");

    /**
     * Splits each space-separated name into words at punctuation, digits and camelCase humps ("shareBar-2" gives
     * "share", "bar"), and also gives the name's letters joined ("sharebar"), so both spellings match. Every word is
     * a stretch of the joined letters, so one buffer holds them all and the receiver decides whether to copy. Each
     * word comes with its {@link String#hashCode}, summed while the letters are read (every element of the page is
     * split, and hashing each word again was a pass more over its letters).
     */
    abstract static class Splitter {
        /** The value's chars, copied at once: String.charAt checks the string's coding and bounds on every char. */
        private char[] chars = new char[64];
        private char[] joined = new char[64];

        /**
         * Receives one word: {@code letters[from, to)}, lower-case ASCII letters, and {@code hash}, the hash code of
         * the String of them.
         */
        abstract void word(char[] letters, int from, int to, int hash);

        /**
         * Gives the words of each space-separated name of {@code raw}, in order. One pass over the value: a space ends
         * the name being read, and the name's last word and joined letters are given then.
         */
        final void names(String raw) {
            int n = raw.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
                joined = new char[chars.length];
            }
            raw.getChars(0, n, chars, 0);
            char[] cs = chars;
            char[] letters = joined;
            int length = 0;
            int wordStart = 0;
            int parts = 0;
            int wordHash = 0;
            int joinedHash = 0;
            boolean prevLower = false;
            for (int i = 0; i < n; i++) {
                char c = cs[i];
                int kind = c < 128 ? ASCII_KINDS[c] : Character.isWhitespace(c) ? SPACE : Character.isLowerCase(c)
                        ? OTHER_LOWER : OTHER;
                if (kind == SPACE) {
                    if (length > wordStart) {
                        word(letters, wordStart, length, wordHash);
                        parts++;
                    }
                    if (parts > 1) {
                        word(letters, 0, length, joinedHash);
                    }
                    length = 0;
                    wordStart = 0;
                    parts = 0;
                    wordHash = 0;
                    joinedHash = 0;
                    prevLower = false;
                    continue;
                }
                if (kind == UPPER && prevLower && length > wordStart) {
                    // a camelCase hump starts a word
                    word(letters, wordStart, length, wordHash);
                    parts++;
                    wordStart = length;
                    wordHash = 0;
                }
                if (kind == LOWER || kind == UPPER) {
                    char lower = (char) (c | 0x20);
                    letters[length++] = lower;
                    wordHash = 31 * wordHash + lower;
                    joinedHash = 31 * joinedHash + lower;
                } else if (length > wordStart) {
                    word(letters, wordStart, length, wordHash);
                    parts++;
                    wordStart = length;
                    wordHash = 0;
                }
                prevLower = kind == LOWER || kind == OTHER_LOWER;
            }
            if (length > wordStart) {
                word(letters, wordStart, length, wordHash);
                parts++;
            }
            if (parts > 1) {
                word(letters, 0, length, joinedHash);
            }
        }

        /** A char's kind while splitting: a name's separator, an ASCII letter, another lower-case letter, the rest. */
        private static final byte SPACE = 0;
        private static final byte LOWER = 1;
        private static final byte UPPER = 2;
        private static final byte OTHER_LOWER = 3;
        private static final byte OTHER = 4;

        /** The kinds of the ASCII chars, which names are made of; the rest are asked of {@link Character}. */
        private static final byte[] ASCII_KINDS = new byte[128];

        static {
            for (char c = 0; c < 128; c++) {
                ASCII_KINDS[c] = Character.isWhitespace(c) ? SPACE : c >= 'a' && c <= 'z' ? LOWER
                        : c >= 'A' && c <= 'Z' ? UPPER : OTHER;
            }
        }
    }

    /** Words that name "read also" boxes (some are boilerplate words too: the box's links are kept before pruning). */
    static final Set<String> BOX = Set.of("related", "relatedposts", "relatedarticles", "relatednews",
            "relatedstories", "readalso", "readmore", "alsoread", "seealso", "morestories", "also", "similar",
            "suggested");

    /**
     * A verdict bit: the name says "not article text": a {@link #BOILERPLATE} word that {@link #CONTENT} words do not
     * outnumber, or a {@link #WEAK_BOILERPLATE} one with no content word at all ("breaking-block" goes,
     * "breaking-news-article" stays).
     */
    static final int SAYS_BOILERPLATE = 1;
    /** A verdict bit: the name says "the article text" (a {@link #CONTENT} word) and nothing against it. */
    static final int SAYS_CONTENT = 2;
    /** A verdict bit: a name word is one of {@link #BOX}. */
    static final int NAMES_BOX = 4;

    /** What a word counts as, by bit: strong boilerplate, weak boilerplate, content, box. */
    private static final int STRONG = 1;
    private static final int WEAK = 2;
    private static final int CONTENT_WORD = 4;
    private static final int BOX_WORD = 8;

    /**
     * Every word of the four lists with its kinds, in an open-addressing table keyed by String's hash, so that a word
     * split out of a name is looked up from the chars where it lies, with no String made for it.
     */
    private static final String[] VOCABULARY = new String[1024];
    private static final int[] KINDS = new int[VOCABULARY.length];
    private static final int LONGEST_WORD;

    static {
        int longest = 0;
        for (Set<String> set : List.of(BOILERPLATE, WEAK_BOILERPLATE, CONTENT, BOX)) {
            int kind = set == BOILERPLATE ? STRONG : set == WEAK_BOILERPLATE ? WEAK : set == CONTENT ? CONTENT_WORD
                    : BOX_WORD;
            for (String w : set) {
                int slot = w.hashCode() & (VOCABULARY.length - 1);
                while (VOCABULARY[slot] != null && !VOCABULARY[slot].equals(w)) {
                    slot = (slot + 1) & (VOCABULARY.length - 1);
                }
                VOCABULARY[slot] = w;
                KINDS[slot] |= kind;
                longest = Math.max(longest, w.length());
            }
        }
        LONGEST_WORD = longest;
    }

    /**
     * The verdict bits of an element's name (the words of its class names, id, role and itemprop, as a
     * {@link Splitter} gives them), found while splitting, without making the words (every element of the page is
     * asked, and ids are unique, so no split can be reused). {@code tally} is scratch space that one walk passes
     * from element to element.
     */
    static int verdict(Element e, Tally tally) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        tally.clear();
        // the attributes asked as Element.attr asks them, less its "abs:" check on every missing one
        Attributes a = e.attributes();
        tally.value(a.getIgnoreCase("class"));
        // ids are unique: remembering their counts would only fill the table
        tally.names(a.getIgnoreCase("id"));
        tally.value(a.getIgnoreCase("role"));
        tally.value(a.getIgnoreCase("itemprop"));
        return tally.verdict();
    }

    /** Counts of one element's name words by kind; reused from element to element. */
    static final class Tally extends Splitter {
        /**
         * The longest value whose counts are remembered: it has fewer than 256 words of each kind (each letter is in
         * one part word, and a name of two parts or more adds its joined letters: at most 3/2 words a char), so its
         * four counts pack into the four bytes of an int.
         */
        private static final int REMEMBERED_LONGEST = 127;

        private int strong;
        private int weak;
        private int content;
        private int box;
        /**
         * The packed counts of the values split so far. A page repeats its class names from element to element (every
         * item of a list, every paragraph of a text), and a value's counts are the same wherever it stands.
         */
        private final Map<String, Integer> known = new HashMap<>();

        /** Counts the words of one attribute value, split once per distinct value. */
        private void value(String raw) {
            if (raw.isEmpty()) {
                return;
            }
            Integer packed = known.get(raw);
            if (packed == null) {
                int s = strong;
                int w = weak;
                int c = content;
                int b = box;
                names(raw);
                if (raw.length() > REMEMBERED_LONGEST) {
                    return;
                }
                packed = (strong - s) | (weak - w) << 8 | (content - c) << 16 | (box - b) << 24;
                known.put(raw, packed);
                return;
            }
            int p = packed;
            strong += p & 0xff;
            weak += (p >>> 8) & 0xff;
            content += (p >>> 16) & 0xff;
            box += p >>> 24;
        }

        private void clear() {
            strong = 0;
            weak = 0;
            content = 0;
            box = 0;
        }

        /** Counts the word {@code letters[from, to)} by its kinds: a strong boilerplate word is not weak too. */
        @Override
        void word(char[] letters, int from, int to, int hash) {
            if (to - from > LONGEST_WORD) {
                return;
            }
            int slot = hash & (VOCABULARY.length - 1);
            for (String w = VOCABULARY[slot]; w != null; w = VOCABULARY[slot]) {
                if (holds(w, letters, from, to)) {
                    int kind = KINDS[slot];
                    strong += kind & STRONG;
                    weak += (kind & STRONG) == 0 ? (kind & WEAK) >> 1 : 0;
                    content += (kind & CONTENT_WORD) >> 2;
                    box += (kind & BOX_WORD) >> 3;
                    return;
                }
                slot = (slot + 1) & (VOCABULARY.length - 1);
            }
        }

        private static boolean holds(String w, char[] letters, int from, int to) {
            if (w.length() != to - from) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (w.charAt(i - from) != letters[i]) {
                    return false;
                }
            }
            return true;
        }

        private int verdict() {
            boolean boilerplate = boilerplate(strong, weak, content);
            return (boilerplate ? SAYS_BOILERPLATE : 0) | (content > 0 && !boilerplate ? SAYS_CONTENT : 0)
                    | (box > 0 ? NAMES_BOX : 0);
        }
    }

    /** The boilerplate rule on the counts of strong, weak and content words. */
    private static boolean boilerplate(int strong, int weak, int content) {
        return strong > 0 && strong >= content || weak > 0 && content == 0;
    }
}
