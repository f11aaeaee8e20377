package org.marsad.ingest.file;

import org.marsad.model.Article;
import org.marsad.store.ArticleStore;

/**
 * The lines of one JSON file that give again an article an earlier line of the file gave: the same {@code id}, or
 * the same URL as the store compares URLs. The store keeps one article per id and per URL, so the later line's
 * article is the one kept (a repeated URL keeps the first line's id); without a word the earlier line was lost and
 * the summary still counted both as stored.
 *
 * <p>Each id and URL is held as a 64-bit hash with the number of the line that gave it first, in an open-addressing
 * table (12 bytes a slot): a file of a million lines costs tens of megabytes this way, where a set of its URLs as
 * strings cost hundreds. Two different keys sharing a hash (odds about 1 in 10^7 at a million lines) would be named
 * as a repeat that is none; nothing is dropped for it.
 */
final class RepeatedArticles {
    private final String unit;
    private long[] keys = new long[1 << 10];
    private int[] firstAt = new int[1 << 10];
    private int size;
    private long repeats;
    private String firstRepeat;

    /** @param unit what a position counts in messages ("line", "article") */
    RepeatedArticles(String unit) {
        this.unit = unit;
    }

    /** Notes the article at {@code position} (1-based); counts it when it repeats an earlier one's id or URL. */
    void note(int position, Article a) {
        String id = a.id() == null || a.id().isBlank() ? null : a.id().strip();
        String url = ArticleStore.canonicalUrl(a.url());
        int byId = id == null ? 0 : putIfAbsent(hash("id\u0000" + id), position);
        int byUrl = url == null ? 0 : putIfAbsent(hash("url\u0000" + url), position);
        int earlier = byId != 0 ? byId : byUrl;
        if (earlier == 0) {
            return;
        }
        repeats++;
        if (firstRepeat == null) {
            firstRepeat = unit + " " + position + " repeats " + unit + " " + earlier
                    + (byId != 0 ? ", id " + id : ", " + url);
        }
    }

    /**
     * The one line said for the file, or null when nothing repeated: "FILE: 2 lines repeat an earlier line's id or URL
     * (first: line 3 repeats line 1, id a1): the later line is kept".
     */
    String report(String file) {
        if (repeats == 0) {
            return null;
        }
        return file + ": " + repeats + " " + unit + (repeats == 1 ? " repeats" : "s repeat") + " an earlier " + unit
                + "'s id or URL (first: " + firstRepeat + "): the later " + unit + " is kept";
    }

    /** The position that gave {@code key} first, or 0 after recording {@code position} for it. */
    private int putIfAbsent(long key, int position) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return firstAt[i];
            }
            if (keys[i] == 0) {
                keys[i] = key;
                firstAt[i] = position;
                size++;
                return 0;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldAt = firstAt;
        keys = new long[oldKeys.length * 2];
        firstAt = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                putIfAbsent(oldKeys[i], oldAt[i]);
            }
        }
    }

    /** FNV-1a over the characters, then SplitMix64's finaliser (so the low bits, the table's index, are mixed). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        // 0 marks an empty slot
        return h == 0 ? 1 : h;
    }
}
