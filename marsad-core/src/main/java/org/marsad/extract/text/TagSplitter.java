package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the value of a tag line into tags.
 *
 * <p>Pages write tag lists three ways, and the first that applies wins:
 * <ol>
 *   <li>with separators (comma, "،", "|", "؛", "/", "•", "#hashtags"): split on them;</li>
 *   <li>glued, the separators lost with the page's markup ("الصحراء المغربيةمينورسو"): a tag boundary is where
 *       a word-final letter (ة, ى) is followed by another letter, where a lower-case Latin letter meets an
 *       upper-case one, or where a word the article never uses splits into two words it does use. Once the
 *       line is known to be glued, its spaces are inside tags;</li>
 *   <li>with plain spaces, which also occur inside multi-word tags: the split chosen is the one that keeps
 *       phrases the article itself uses together ("الحرب في غزة"), does not repeat a tag, and otherwise
 *       prefers single words. A repeated word is the hint of a multi-word tag: in "غزة حرب غزة" the second
 *       "غزة" closes the phrase "حرب غزة", as a phrase ending with another tag is the common way to name a
 *       sub-topic.</li>
 * </ol>
 */
final class TagSplitter {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,،|｜؛;•·]|\\s/\\s|\\s[-–—]\\s)\\s*");
    private static final Pattern HAS_SEPARATOR = Pattern.compile("[,،|｜؛;•·]|\\s/\\s|\\s[-–—]\\s");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[.،,؛;:!?؟\"«»“”()]");
    private static final Pattern DIGIT = Pattern.compile("[0-9\\u0660-\\u0669]");
    /** Compiled once: String.split and replaceAll compile "\\s+" on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern STRAY = Pattern.compile("^[\\s\"'“”«»().:#\\-–—]+|[\\s\"'“”«»().:#\\-–—]+$");
    /** Words that can be inside a tag ("الحرب في غزة") but never begin or end one. */
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو",
            "او", "ثم", "بين", "حول", "ضد", "لدى", "عبر", "منذ", "أن", "ان", "إن", "لا", "ما", "التي", "الذي", "of",
            "the", "and", "in", "on", "for", "to");
    /** The most words one tag may have. */
    private static final int MAX_PHRASE = 5;
    /** Longer glued runs of letters are not split by evidence (no real tag list glues more than a few words). */
    private static final int MAX_GLUED = 32;
    /** Repeated words of a line whose use as tags of their own the split search follows exactly. */
    private static final int TRACKED = 4;
    private static final int IMPOSSIBLE = Integer.MAX_VALUE;

    private TagSplitter() {
    }

    /**
     * The weights of a split of space-separated words (see {@link #cost}); the fixtures of TagSplitterFixturesTest
     * show what each one decides.
     *
     * @param articlePhrase  earned per joined word by a phrase the article uses
     * @param unknownPhrase  paid per joined word by a phrase the article does not use
     * @param closingRepeat  taken off an unknown phrase whose last word is a tag of its own in the line
     * @param repeat         paid by a tag the line already has
     * @param functionAlone  paid by a function word standing alone (half of it or more: the line is no clean list)
     */
    record Weights(int articlePhrase, int unknownPhrase, int closingRepeat, int repeat, int functionAlone) {
        static final Weights DEFAULT = new Weights(1, 2, 1, 5, 100);
    }

    /** The tags of one tag-line value, in order, without duplicates. */
    static List<String> split(String raw, Evidence evidence) {
        return split(List.of(raw), evidence);
    }

    static List<String> split(List<String> rawLines, Evidence evidence) {
        return split(rawLines, evidence, Weights.DEFAULT);
    }

    /**
     * The tags of an article's tag lines, in order, without duplicates. The article is read once for all the
     * lines, whatever their number.
     */
    static List<String> split(List<String> rawLines, Evidence evidence, Weights weights) {
        List<List<String>> spaced = new ArrayList<>();
        for (String raw : rawLines) {
            String value = raw.strip();
            if (value.indexOf('#') < 0 && !HAS_SEPARATOR.matcher(value).find() && unglue(value, evidence).size() <= 1) {
                spaced.add(words(value));
            }
        }
        Set<String> articlePhrases = evidence.phrasesAmong(windows(spaced));
        List<String> out = new ArrayList<>();
        for (String raw : rawLines) {
            String value = raw.strip();
            if (value.indexOf('#') >= 0) {
                for (String part : value.split("#")) {
                    for (String piece : SEPARATORS.split(part)) {
                        out.addAll(unglue(piece.replace('_', ' '), evidence));
                    }
                }
            } else if (HAS_SEPARATOR.matcher(value).find()) {
                for (String piece : SEPARATORS.split(value)) {
                    out.addAll(unglue(piece, evidence));
                }
            } else {
                List<String> glued = unglue(value, evidence);
                out.addAll(glued.size() > 1 ? glued : group(words(value), articlePhrases, weights));
            }
        }
        return dedupe(out);
    }

    /** Every run of two to {@link #MAX_PHRASE} words of each line: the phrases a split may keep together. */
    private static List<List<String>> windows(List<List<String>> lines) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> w : lines) {
            for (int i = 0; i < w.size(); i++) {
                for (int j = i + 2; j <= Math.min(w.size(), i + MAX_PHRASE); j++) {
                    out.add(w.subList(i, j));
                }
            }
        }
        return out;
    }

    /**
     * Whether an unlabeled last line of an article is its tag list: short, no sentence punctuation or digits, and
     * either visibly glued or made of at least three words the article uses.
     */
    static boolean looksLikeTagLine(String line, Evidence evidence) {
        if (!mayBeTagLine(line)) {
            return false;
        }
        List<String> words = words(line);
        List<String> glued = unglue(line, evidence);
        List<String> parts = glued.size() > 1 ? glued : words;
        if (glued.size() < 2 && words.size() < 3) {
            return false;
        }
        for (String part : parts) {
            for (String w : words(part)) {
                boolean known = FUNCTION_WORDS.contains(w) ? glued.size() > 1 : evidence.knows(w);
                if (!known) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The cheap part of {@link #looksLikeTagLine}, which needs no evidence. */
    static boolean mayBeTagLine(String line) {
        int words = words(line).size();
        return words > 0 && words <= 8 && !SENTENCE_PUNCT.matcher(line).find() && !DIGIT.matcher(line).find();
    }

    /** Splits a piece at glue points; spaces stay inside the resulting tags. */
    static List<String> unglue(String piece, Evidence evidence) {
        List<String> tags = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : words(piece)) {
            List<String> parts = splitToken(token, evidence);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    add(tags, current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(parts.get(i));
            }
        }
        add(tags, current.toString());
        return tags;
    }

    /** A token cut at its glue points (a token with none comes back whole). */
    private static List<String> splitToken(String token, Evidence evidence) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < token.length(); i++) {
            char prev = token.charAt(i - 1);
            char c = token.charAt(i);
            boolean wordFinal = (prev == 'ة' || prev == 'ى') && isArabicLetter(c);
            boolean camel = Character.isLowerCase(prev) && Character.isUpperCase(c);
            if (wordFinal || camel) {
                parts.add(token.substring(from, i));
                from = i;
            }
        }
        parts.add(token.substring(from));
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.addAll(splitByEvidence(p, evidence));
        }
        return out;
    }

    /**
     * An unknown word that is known words glued together, split; otherwise the word. Runs longer than
     * {@link #MAX_GLUED} letters are left whole, which bounds the work per letter.
     */
    private static List<String> splitByEvidence(String word, Evidence evidence) {
        List<String> out = new ArrayList<>();
        String rest = word;
        while (true) {
            int best = bestGluePoint(rest, evidence);
            if (best < 0) {
                out.add(rest);
                return out;
            }
            out.add(rest.substring(0, best));
            rest = rest.substring(best);
        }
    }

    /** Where the word splits into two known words (preferring a right part with the article ال), or -1. */
    private static int bestGluePoint(String word, Evidence evidence) {
        if (word.length() < 6 || word.length() > MAX_GLUED || evidence.knows(word)) {
            return -1;
        }
        int best = -1;
        int bestScore = 0;
        for (int i = 3; i <= word.length() - 3; i++) {
            String left = word.substring(0, i);
            String right = word.substring(i);
            if (evidence.knows(left) && evidence.knows(right)) {
                int score = (right.startsWith("ال") ? 100 : 0) + Math.min(left.length(), right.length());
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * Groups space-separated words into tags (see the class comment, case 3): the cheapest split by {@link #cost},
     * ties going to more tags, then to longer tags at the end of the line.
     *
     * <p>Dynamic programming over the split points, each phrase's evidence known in advance. Two of the weights
     * look beyond one phrase: a tag that is already a tag of the line pays {@code repeat}, and an unknown phrase
     * ending with a word that is a tag of its own earns {@code closingRepeat}. Both concern only what the line
     * repeats, so the search keeps, per split point, which repeated phrases it has used as tags (at most
     * {@link #TRACKED}), and guesses which repeated words end up as tags of their own:
     * O(n × MAX_PHRASE × 4^TRACKED) for a line of n words, whatever the line.
     */
    static List<String> group(List<String> words, Set<String> articlePhrases, Weights weights) {
        int n = words.size();
        if (n <= 1) {
            return words;
        }
        List<String> folded = words.stream().map(Folding::fold).toList();
        List<String> repeated = repeatedPhrases(folded);
        int[][] base = new int[n][MAX_PHRASE + 1];
        int[][] item = new int[n][MAX_PHRASE + 1];
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
                base[i][len] = cost(words, folded, i, i + len, articlePhrases, weights);
                item[i][len] = repeated.indexOf(String.join(" ", folded.subList(i, i + len)));
            }
        }
        int singles = 0;
        for (int r = 0; r < repeated.size(); r++) {
            singles |= repeated.get(r).indexOf(' ') < 0 ? 1 << r : 0;
        }
        Split best = null;
        for (int alone = singles; ; alone = (alone - 1) & singles) {
            Split s = bestSplit(words, folded, base, item, repeated, alone, weights);
            if (s != null && (best == null || s.better(best))) {
                best = s;
            }
            if (alone == 0) {
                break;
            }
        }
        if (best == null || weights.functionAlone() > 0 && best.cost >= weights.functionAlone() / 2) {
            // A function word has to stand alone: not a clean list of phrases, so every word is its own tag.
            return words;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < best.bounds.size(); k++) {
            out.add(String.join(" ", words.subList(best.bounds.get(k), best.bounds.get(k + 1))));
        }
        return out;
    }

    /** A split: its cost, its number of tags and where its tags begin (and the line's end). */
    private record Split(int cost, int tags, List<Integer> bounds) {
        boolean better(Split o) {
            if (cost != o.cost) {
                return cost < o.cost;
            }
            if (tags != o.tags) {
                return tags > o.tags;
            }
            // Same cost and count: the tag boundary furthest along the line goes first (longer tags at the end).
            for (int k = bounds.size() - 2, m = o.bounds.size() - 2; k >= 0 && m >= 0; k--, m--) {
                if (!bounds.get(k).equals(o.bounds.get(m))) {
                    return bounds.get(k) < o.bounds.get(m);
                }
            }
            return false;
        }
    }

    /** The phrases (one to MAX_PHRASE words) that occur more than once in the line, the first TRACKED of them. */
    private static List<String> repeatedPhrases(List<String> folded) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int len = 1; len <= MAX_PHRASE; len++) {
            for (int i = 0; i + len <= folded.size(); i++) {
                counts.merge(String.join(" ", folded.subList(i, i + len)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).limit(TRACKED)
                .toList();
    }

    /**
     * The cheapest split in which the repeated words of {@code alone} (a bit set over {@code repeated}), and no
     * other repeated word, are tags of their own; null if there is none.
     */
    private static Split bestSplit(List<String> words, List<String> folded, int[][] base, int[][] item,
                                   List<String> repeated, int alone, Weights weights) {
        int n = words.size();
        int states = 1 << repeated.size();
        int[][] cost = new int[n + 1][states];
        int[][] tags = new int[n + 1][states];
        int[][] from = new int[n + 1][states];
        int[][] fromState = new int[n + 1][states];
        for (int[] row : cost) {
            Arrays.fill(row, IMPOSSIBLE);
        }
        cost[0][0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = Math.max(0, j - MAX_PHRASE); i < j; i++) {
                int len = j - i;
                int c = base[i][len];
                if (c == IMPOSSIBLE) {
                    continue;
                }
                int bit = item[i][len] >= 0 ? 1 << item[i][len] : 0;
                if (len == 1 && bit != 0 && (alone & bit) == 0) {
                    continue; // a repeated word standing alone, which this guess says it does not
                }
                if (len > 1 && c == weights.unknownPhrase() * (len - 1)
                        && closes(folded.get(j - 1), repeated, alone, folded, i, j)) {
                    c -= weights.closingRepeat();
                }
                for (int used = 0; used < states; used++) {
                    if (cost[i][used] == IMPOSSIBLE) {
                        continue;
                    }
                    int total = cost[i][used] + c + ((used & bit) != 0 ? weights.repeat() : 0);
                    int next = used | bit;
                    if (total < cost[j][next] || total == cost[j][next] && tags[i][used] + 1 > tags[j][next]) {
                        cost[j][next] = total;
                        tags[j][next] = tags[i][used] + 1;
                        from[j][next] = i;
                        fromState[j][next] = used;
                    }
                }
            }
        }
        int end = -1;
        for (int st = 0; st < states; st++) {
            // Every repeated word the guess names must have stood alone somewhere.
            if (cost[n][st] != IMPOSSIBLE && (st & alone) == alone
                    && (end < 0 || cost[n][st] < cost[n][end]
                    || cost[n][st] == cost[n][end] && tags[n][st] > tags[n][end])) {
                end = st;
            }
        }
        if (end < 0) {
            return null;
        }
        List<Integer> bounds = new ArrayList<>();
        bounds.add(n);
        for (int j = n, st = end; j > 0; ) {
            int i = from[j][st];
            st = fromState[j][st];
            j = i;
            bounds.add(0, j);
        }
        return new Split(cost[n][end], tags[n][end], bounds);
    }

    /** Whether an unknown phrase [i, j) ending with this word closes on a tag of its own. */
    private static boolean closes(String last, List<String> repeated, int alone, List<String> folded, int i, int j) {
        int r = repeated.indexOf(last);
        if (r >= 0) {
            return (alone & 1 << r) != 0;
        }
        // Repeated beyond those tracked: its other occurrences are taken to stand alone.
        return folded.subList(0, i).contains(last) || folded.subList(j, folded.size()).contains(last);
    }

    /**
     * The cost of words [i, j) as one tag, or {@link #IMPOSSIBLE}, apart from what the search adds for repeats.
     * A single word costs nothing ({@code functionAlone} for a function word, which no tag list means as a
     * tag); a phrase the article uses earns {@code articlePhrase} per joined word; one it does not use pays
     * {@code unknownPhrase} per joined word (the search takes {@code closingRepeat} off when its last word is
     * a tag of its own in the line: the sub-topic named after its topic, "غزة حرب غزة"). A function word cannot
     * begin or end a phrase; a phrase holds at most MAX_PHRASE words.
     */
    private static int cost(List<String> words, List<String> folded, int i, int j, Set<String> articlePhrases,
                            Weights w) {
        int len = j - i;
        boolean functionEdge = FUNCTION_WORDS.contains(words.get(i)) || FUNCTION_WORDS.contains(words.get(j - 1));
        if (len == 1) {
            return functionEdge ? w.functionAlone() : 0;
        }
        if (functionEdge) {
            return IMPOSSIBLE;
        }
        if (articlePhrases.contains(String.join(" ", folded.subList(i, j)))) {
            return -w.articlePhrase() * (len - 1);
        }
        return w.unknownPhrase() * (len - 1);
    }

    private static List<String> dedupe(List<String> tags) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : tags) {
            String clean = SPACES.matcher(STRAY.matcher(t).replaceAll("")).replaceAll(" ");
            if (!clean.isEmpty()) {
                seen.putIfAbsent(Folding.fold(clean), clean);
            }
        }
        return List.copyOf(seen.values());
    }

    private static void add(List<String> tags, String tag) {
        String t = tag.strip();
        if (!t.isEmpty()) {
            tags.add(t);
        }
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : List.of(SPACES.split(t));
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0621 && c <= 0x064A;
    }
}
