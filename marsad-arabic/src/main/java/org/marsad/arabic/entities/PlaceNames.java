package org.marsad.arabic.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The places the shipped entity lexicon lists (countries, regions, capitals and cities), looked up in a headline's
 * words. Used where a rule needs to know that a word names a place and nothing else: an unlisted word is no place,
 * and a name the lexicon lists as an organisation (مجلس الأمن, الدوما) is none either.
 */
public final class PlaceNames {
    /** The longest place name the lexicon lists, in words, that a lookup tries. */
    private static final int LONGEST = 3;

    /** Which listed places lie inside which ({@code place-containers.txt}, written for Marsad). */
    private static final String CONTAINERS = "place-containers.txt";

    private PlaceNames() {
    }

    /**
     * True when one listed place lies inside the other (Toronto in Canada, Douma in the Ghouta), or they are the
     * same: a report of a happening in a city may name its country instead, so the two places do not tell two
     * happenings apart. Two cities of one country are not inside each other.
     *
     * @param a a place as {@link #at} gives it
     * @param b another
     */
    public static boolean nested(String a, String b) {
        return a.equals(b) || Containers.INSIDE.getOrDefault(a, Set.of()).contains(b)
                || Containers.INSIDE.getOrDefault(b, Set.of()).contains(a);
    }

    /** The places each listed place lies inside, loaded when first asked for. */
    private static final class Containers {
        static final Map<String, Set<String>> INSIDE = load();

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> out = new HashMap<>();
            try (InputStream in = PlaceNames.class.getResourceAsStream(CONTAINERS)) {
                if (in == null) {
                    throw new IllegalStateException("the place list " + CONTAINERS + " is missing from the classpath");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    String place = listed(cols[0]);
                    Set<String> inside = out.computeIfAbsent(place, k -> new HashSet<>());
                    for (String c : cols[1].split("\\|")) {
                        inside.add(listed(c));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the place list " + CONTAINERS, e);
            }
            out.replaceAll((k, v) -> Set.copyOf(v));
            return Map.copyOf(out);
        }

        /** A place of the list as {@link #at} gives it; a place the lexicon does not list is an error in the list. */
        private static String listed(String name) {
            String[] words = org.marsad.arabic.ArabicNormalizer.search(name.strip()).split(" ");
            String place = at(words, 0);
            if (place == null || length(words, 0) != words.length) {
                throw new IllegalStateException(CONTAINERS + ": «" + name + "» is not a place the entity lexicon lists");
            }
            return place;
        }
    }

    /**
     * The listed place named by the words starting at {@code from}, the longest first, as its words' stems joined by
     * a space (بأفغانستان and أفغانستان both give افغانستان), or null when no listed place starts there.
     *
     * @param words a headline's words (as written or in their search form), one token each
     * @param from  the index of the first word of the name
     */
    public static String at(String[] words, int from) {
        int len = length(words, from);
        return len == 0 ? null : stems(words, from, len);
    }

    /**
     * The listed place named at {@code from} in its place sense: as {@link #at}, but a place named as a common word
     * is written ({@code LOOKALIKE} in the entity guards: سيول is Seoul and "torrents") is read as the tagger reads
     * it. In its common sense (with the article, right before another place, or among words of floods and rain and
     * none of the place's) it names no place, and the place right after it is the one named: «في سيول درنة» ("in
     * the torrents of Derna") gives درنة, «سيول جارفة» gives null, «في سيول» with «العاصمة الكورية» gives Seoul.
     *
     * @param words a headline's words (as written or in their search form), one token each
     * @param from  the index of the first word of the name
     */
    public static String inPlaceSense(String[] words, int from) {
        int len = length(words, from);
        if (len == 0) {
            return null;
        }
        if (len == 1 && TypeGuard.shipped().inCommonSense(java.util.Arrays.asList(words), from,
                length(words, from + 1) > 0)) {
            return at(words, from + 1);
        }
        return stems(words, from, len);
    }

    /**
     * The place a headline names, as its words are written there without an attached preposition or conjunction
     * (the article stays: "بكاليفورنيا" gives "كاليفورنيا", "والعراق" gives "العراق"), or null when the headline
     * does not name it. For showing a place read from a headline to a reader.
     *
     * @param words a headline's words as written, one token each
     * @param place a place as {@link #at} gives it
     */
    public static String written(String[] words, String place) {
        Lexicon lexicon = Lexicon.shipped();
        for (int i = 0; i < words.length; i++) {
            int len = length(words, i);
            if (len > 0 && stems(words, i, len).equals(place)) {
                StringBuilder out = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    String w = Word.core(words[i + k]);
                    // the clitics of the first word only: "بكاليفورنيا" is ب + the place; before the article only
                    // the letters ahead of it («بالولايات»: ب, whose و the clitic reading took for one too)
                    int clitics = k == 0 ? beforeArticle(words, i, len, place) : 0;
                    if (clitics < 0) {
                        clitics = Word.cliticsToTrim(w, lexicon::protects);
                    }
                    out.append(k == 0 ? w.substring(clitics) : " " + w);
                }
                return out.toString();
            }
        }
        return null;
    }

    /** How many words the listed place starting at {@code from} has, the longest first, or 0. */
    /**
     * How many letters stand before the article of the place's first word when they are و, ف or ب and the word
     * without them names the same place («بالولايات المتحدة», «الولايات المتحدة»: the article stays); -1 otherwise
     * («كاليفورنيا» is no ك + اليفورنيا).
     */
    private static int beforeArticle(String[] words, int i, int len, String place) {
        String w = Word.core(words[i]);
        int article = w.indexOf("ال");
        if (article < 0 || article > 2 || !w.substring(0, article).chars().allMatch(c -> "وفب".indexOf(c) >= 0)) {
            return -1;
        }
        if (article == 0) {
            return 0;
        }
        String[] detached = words.clone();
        detached[i] = w.substring(article);
        return length(detached, i) == len && place.equals(stems(detached, i, len)) ? article : -1;
    }

    private static int length(String[] words, int from) {
        if (from < 0 || from >= words.length || words[from].isEmpty()) {
            return 0;
        }
        Lexicon lexicon = Lexicon.shipped();
        int n = 0;
        while (n < LONGEST && from + n < words.length && !words[from + n].isEmpty()) {
            n++;
        }
        Word[] ws = new Word[n];
        for (int k = 0; k < n; k++) {
            ws[k] = Word.of(words[from + k], lexicon::protects);
        }
        for (int len = n; len >= 1; len--) {
            if (lexicon.exactly(ws, 0, len) == Lexicon.Kind.LOC) {
                return len;
            }
        }
        return 0;
    }

    private static String stems(String[] words, int from, int len) {
        Lexicon lexicon = Lexicon.shipped();
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < len; k++) {
            name.append(k == 0 ? "" : " ").append(Word.of(words[from + k], lexicon::protects).stem());
        }
        return name.toString();
    }
}
