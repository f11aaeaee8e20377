package org.marsad.enrich;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.arabic.ArabicStopwords;
import org.marsad.arabic.LightStemmer;
import org.marsad.arabic.figures.Figure;
import org.marsad.arabic.names.NameVariants;
import org.marsad.enrich.dedup.MinHasher;
import org.marsad.enrich.dedup.StemBloom;
import org.marsad.enrich.text.Fold;
import org.marsad.enrich.text.Hashing;
import org.marsad.enrich.text.Tokens;
import org.marsad.model.Article;
import org.marsad.model.PublishedDates;

/**
 * Everything the dedup and story stages need from one article, computed once from its text (a pure function of
 * the article). Arrays are owned by this record and must not be modified.
 *
 * @param id           the article id
 * @param time         when the article appeared, epoch seconds (published, else fetched, else the caller's clock)
 * @param source       the outlet, or null
 * @param title        the headline, or null
 * @param signature    MinHash signature of the body's folded word shingles
 * @param shingleCount number of distinct shingles (the set size the signature stands for)
 * @param numbers      sorted distinct hashes of the figures in title and body: the value of each reported figure
 *                     the figures stage found, whatever way it is written ("274 ألفا و460" and "274,460" are one
 *                     number), and the digits outside them as written
 * @param anchors      sorted distinct hashes of headline stems that the body repeats: the words that say what
 *                     the article is about (names, places), used to refuse template look-alikes
 * @param stems        sorted distinct hashes of every stem of title and body
 * @param stemBloom    a {@link StemBloom} of those stems, the compact form kept in the index
 * @param terms        stem → raw weight (sublinear term frequency, headline words boosted), for clustering;
 *                     sorted, so that every run weighs ties alike
 * @param headline     the distinct stems of the headline (stopwords and one-letter words left out), sorted: the
 *                     words a story's "key terms" are drawn from
 * @param entities     the persons, places and organisations the article names, as "PER|id", "LOC|id", "ORG|id" by
 *                     their archive ids (empty before the entities stage), sorted: who and where, event evidence
 * @param tolls        the counts of people the article reports (killed, injured, detained, displaced, missing,
 *                     evacuated), as "KILLED|48", "DETAINED|3" (values of two or more, vague quantities left out),
 *                     sorted: a shared toll is event evidence
 * @param names        the stems of the words the article's named persons are written with, each mapped to its
 *                     spelling-variant key ({@link #nameKey}): outlets transliterate a foreign name differently
 *                     (فينجر / فينغر), and the story stage may count both spellings as one word
 * @param lead         the body's first sentence as written ({@link #firstSentence}), or null when the body has none:
 *                     the story stage reads the act from it when the headline names none or only quotes someone
 */
public record ArticleFeatures(
        String id, long time, String source, String title,
        int[] signature, int shingleCount, int[] numbers, int[] anchors, int[] stems, long[] stemBloom,
        Map<String, Float> terms, List<String> headline, List<String> entities, List<String> tolls,
        Map<String, String> names, String lead) {

    public ArticleFeatures {
        headline = List.copyOf(headline);
        entities = List.copyOf(entities);
        tolls = List.copyOf(tolls);
        names = Map.copyOf(names);
    }

    /** Features without a first sentence (a headline-only article, or a test that needs none). */
    public ArticleFeatures(String id, long time, String source, String title, int[] signature, int shingleCount,
                           int[] numbers, int[] anchors, int[] stems, long[] stemBloom, Map<String, Float> terms,
                           List<String> headline, List<String> entities, List<String> tolls, Map<String, String> names) {
        this(id, time, source, title, signature, shingleCount, numbers, anchors, stems, stemBloom, terms, headline,
                entities, tolls, names, null);
    }

    /**
     * The version of what {@link #of} computes and of how the dedup and story stages turn it into state. Raise it
     * with any change to either: state files written under another version are rebuilt from the articles' text.
     */
    public static final int VERSION = 5;

    /** Words per shingle: three folded words keep order without being brittle to one edited word. */
    public static final int SHINGLE = 3;
    /** A headline word counts this many times a body occurrence in the clustering weight. */
    static final float TITLE_BOOST = 3f;

    /**
     * Features of an article.
     *
     * @param a        the article; its id must be set
     * @param fallback the time to use when the article states neither publication nor fetch time
     */
    public static ArticleFeatures of(Article a, Instant fallback) {
        if (a.id() == null) {
            throw new IllegalArgumentException("article has no id");
        }
        List<String> titleWords = Tokens.words(Fold.search(a.title()));
        List<String> bodyWords = Tokens.words(Fold.search(a.bodyText()));
        List<String> shingleWords = bodyWords.isEmpty() ? titleWords : bodyWords;
        long[] shingles = shingles(shingleWords);
        int[] signature = MinHasher.DEFAULT.signature(shingles);

        Set<String> numbers = new HashSet<>();
        Map<String, Float> terms = new HashMap<>();
        Set<String> bodyStems = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String w : bodyWords) {
            String s = stemOf(w, numbers);
            bodyStems.add(s);
            if (!ArabicStopwords.contains(w)) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        counts.forEach((s, c) -> terms.put(s, 1f + (float) Math.log(c)));
        Set<String> anchors = new HashSet<>();
        Set<String> allStems = new HashSet<>(bodyStems);
        Set<String> headline = new java.util.TreeSet<>();
        for (String w : titleWords) {
            String s = stemOf(w, numbers);
            allStems.add(s);
            if (!ArabicStopwords.contains(w)) {
                terms.merge(s, TITLE_BOOST, Float::sum);
                if (s.length() >= 2) {
                    headline.add(s);
                }
            }
            if (bodyStems.contains(s) && s.length() >= 3 && !Tokens.isNumber(s)) {
                anchors.add(s);
            }
        }
        terms.keySet().removeIf(s -> s.length() < 2);
        if (a.figures().stream().anyMatch(f -> f.value() != null)) {
            numbers = figureNumbers(a);
        }
        int[] stems = hashes(allStems);
        return new ArticleFeatures(a.id(), timeOf(a, fallback), a.source(), a.title(), signature,
                shingles.length, hashes(numbers), hashes(anchors), stems, StemBloom.of(stems),
                Collections.unmodifiableMap(new TreeMap<>(terms)), List.copyOf(headline), entityKeys(a), tolls(a),
                names(a), firstSentence(a.body()));
    }

    /** The longest first sentence kept: a lead that runs on without a stop is cut here (its main clause comes first). */
    static final int LEAD_CHARS = 300;

    /**
     * The body's first sentence: its first paragraph of at least {@link #LEAD_WORDS} words (a dateline or byline
     * line alone is skipped) up to the first . ! ? ؟ that does not stand between two digits (3.5), at most
     * {@link #LEAD_CHARS} characters; null when no paragraph has that many words.
     */
    public static String firstSentence(List<String> body) {
        for (String p : body) {
            String t = p.strip();
            if (!hasWords(t, LEAD_WORDS)) {
                continue;
            }
            int end = t.length();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                boolean decimal = c == '.' && i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1))
                        && Character.isDigit(t.charAt(i + 1));
                if ((c == '.' || c == '!' || c == '?' || c == '\u061F') && !decimal) {
                    end = i;
                    break;
                }
            }
            String s = t.substring(0, Math.min(end, LEAD_CHARS)).strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /**
     * Whether the text holds at least {@code n} words parted by ASCII white space (as {@code split("\\s+")} parts a
     * stripped text), counted only until {@code n}: this runs on every article's paragraphs, rule on or off.
     */
    private static boolean hasWords(String t, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord && ++words >= n) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }

    /** The fewest words of a paragraph the first sentence is read from. */
    static final int LEAD_WORDS = 6;

    /**
     * The stems of the words the article's persons are written with, each → its spelling-variant key, when that key
     * keeps at least {@link #NAME_KEY_LETTERS} letters. Persons only: places and organisations are mostly written
     * with native words (سوريا, وزارة) that other articles write outside any tagged name, where they would not be
     * folded, and the two reports would then share less, not more. A key of two letters (a short name without its
     * vowels) is shared by too many other names to say which one is meant. Common native given names, stopwords
     * and short words are left as they are (محمد and محمود are two names, not two spellings).
     */
    static Map<String, String> names(Article a) {
        Map<String, String> out = new TreeMap<>();
        for (org.marsad.model.ArticleEntity e : a.entities()) {
            if (!"PER".equals(e.type())) {
                continue;
            }
            for (String spelling : e.spellings()) {
                for (String w : Tokens.words(Fold.search(spelling))) {
                    if (w.length() < 3 || Tokens.isNumber(w) || ArabicStopwords.contains(w)
                            || NameVariants.isCommonGivenName(w)) {
                        continue;
                    }
                    String stem = LightStemmer.stem(w);
                    String key = nameKey(stem);
                    if (stem.length() >= 3 && key.length() - NAME_MARK.length() >= NAME_KEY_LETTERS) {
                        out.put(stem, key);
                    }
                }
            }
        }
        return out;
    }

    /** The fewest letters a name's variant key keeps for the name to be folded (see {@link #names(Article)}). */
    static final int NAME_KEY_LETTERS = 3;

    /**
     * The word a name stem stands for in the story stage: its spelling-variant key (letters of one foreign sound as
     * one, long vowels left out), marked so that it never equals a stem of ordinary text.
     */
    public static String nameKey(String stem) {
        return NAME_MARK + NameVariants.key(stem);
    }

    /** Marks a folded name in the story stage's terms (a character search folding never leaves in a word). */
    public static final String NAME_MARK = "~";

    /** The article's entities as "TYPE|id", sorted. */
    static List<String> entityKeys(Article a) {
        return a.entities().stream().filter(e -> e.id() != null && e.type() != null)
                .map(e -> e.type() + "|" + e.id()).distinct().sorted().toList();
    }

    /**
     * The figure categories that count a happening's people: killed, injured, detained, displaced, missing,
     * evacuated. Two outlets giving the same such count are most likely reporting one happening; sums, percentages
     * and aid are left out (a budget or a rate recurs across unrelated news).
     */
    static final Set<org.marsad.arabic.figures.Category> EVENT_COUNTS = java.util.EnumSet.of(
            org.marsad.arabic.figures.Category.KILLED, org.marsad.arabic.figures.Category.INJURED,
            org.marsad.arabic.figures.Category.DETAINED, org.marsad.arabic.figures.Category.DISPLACED,
            org.marsad.arabic.figures.Category.MISSING, org.marsad.arabic.figures.Category.EVACUATED);

    /** The article's counts of people (EVENT_COUNTS) of two or more, as "KILLED|48", "DETAINED|12", sorted. */
    public static List<String> tolls(Article a) {
        Set<String> out = new java.util.TreeSet<>();
        for (Figure f : a.figures()) {
            if (f.value() != null && !f.vague() && f.value().compareTo(BigDecimal.ONE) > 0
                    && EVENT_COUNTS.contains(f.category())) {
                out.add(f.category().name() + "|" + canonical(f.value()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The numbers of an article that has figures: each figure's value (and a range's upper end) in one canonical
     * form, plus the digits written outside every figure (dates, times, resolution numbers). Reading values
     * instead of digit runs is what lets two outlets that spell a figure differently still agree, and keeps
     * "20 ألف" from agreeing with "20 شهيدا".
     */
    static Set<String> figureNumbers(Article a) {
        String text = a.figureText();
        char[] masked = text.toCharArray();
        Set<String> out = new HashSet<>();
        for (Figure f : a.figures()) {
            if (f.value() == null || f.start() < 0 || f.end() > masked.length || f.start() > f.end()) {
                continue;
            }
            Arrays.fill(masked, f.start(), f.end(), ' ');
            out.add(canonical(f.value()));
            if (f.valueMax() != null) {
                out.add(canonical(f.valueMax()));
            }
        }
        out.addAll(Tokens.numbers(Fold.search(new String(masked))));
        return out;
    }

    // The form Tokens gives a plain number: digits, a point before decimals, no trailing zeros.
    private static String canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * The headline key of one word as written (the stem a story's key terms are made of), or null for a stopword,
     * a one-letter word or punctuation.
     */
    public static String headlineKey(String word) {
        for (String w : Tokens.words(Fold.search(word))) {
            if (!ArabicStopwords.contains(w)) {
                String s = stemOf(w, new HashSet<>());
                return s.length() >= 2 ? s : null;
            }
        }
        return null;
    }

    private static String stemOf(String w, Set<String> numbers) {
        if (Tokens.isNumber(w)) {
            numbers.add(w);
            return w;
        }
        return LightStemmer.stem(w);
    }

    /** Distinct hashes of the word shingles, sorted. Fewer words than a shingle make one shingle of them all. */
    static long[] shingles(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wh = new long[words.size()];
        for (int i = 0; i < wh.length; i++) {
            wh[i] = Hashing.hash(words.get(i));
        }
        int n = Math.max(1, wh.length - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = wh[i];
            for (int k = 1; k < SHINGLE && i + k < wh.length; k++) {
                h = Hashing.combine(h, wh[i + k]);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int u = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[u++] = out[i];
            }
        }
        return Arrays.copyOf(out, u);
    }

    /** The distinct hashes of the words, sorted (in place in one array: no boxed hash per word). */
    static int[] hashes(Set<String> words) {
        int[] h = new int[words.size()];
        int n = 0;
        for (String w : words) {
            h[n++] = (int) Hashing.hash(w);
        }
        Arrays.sort(h);
        int u = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || h[i] != h[i - 1]) {
                h[u++] = h[i];
            }
        }
        return u == n ? h : Arrays.copyOf(h, u);
    }

    /** Epoch seconds of the article's own time; a date without a time counts from its midnight UTC. */
    public static long timeOf(Article a, Instant fallback) {
        String p = a.published();
        try {
            if (p != null) {
                // An article's published is a date or a date-time with offset (PublishedDates): nothing local.
                return PublishedDates.instant(p).map(OffsetDateTime::toEpochSecond)
                        .orElseGet(() -> PublishedDates.day(p).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            }
            if (a.fetchedAt() != null) {
                return Instant.parse(a.fetchedAt()).getEpochSecond();
            }
        } catch (RuntimeException e) {
            // an unreadable time is treated as unknown
        }
        return fallback.getEpochSecond();
    }

    /** The same features with another time (a stored decision's time replaces the article's own). */
    public ArticleFeatures at(long otherTime) {
        return new ArticleFeatures(id, otherTime, source, title, signature, shingleCount, numbers, anchors, stems,
                stemBloom, terms, headline, entities, tolls, names, lead);
    }

    /** True when the sorted hash array contains the value. */
    public static boolean has(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }
}
