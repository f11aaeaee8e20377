package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern STRAY = Pattern.compile("^[\\s\"'“”«»().:#\\-–—]+|[\\s\"'“”«»().:#\\-–—]+$");
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
        // Each line is looked at once: its kind, its glue points and the keys of its phrases serve both the
        // question put to the article and the split (a page of thousands of tag lines spent its time redoing them).
        List<Line> lines = new ArrayList<>(rawLines.size());
        List<String> windowKeys = new ArrayList<>();
        for (String raw : rawLines) {
            Line line = Line.of(raw.strip(), evidence);
            lines.add(line);
            if (line.spaced != null) {
                line.spaced.addWindowKeys(windowKeys);
            }
        }
        Set<String> articlePhrases = evidence.phrasesAmongKeys(windowKeys);
        List<String> out = new ArrayList<>();
        for (Line line : lines) {
            String value = line.value;
            if (line.hashtags) {
                for (String part : value.split("#")) {
                    for (String piece : SEPARATORS.split(part)) {
                        out.addAll(unglue(piece.replace('_', ' '), evidence));
                    }
                }
            } else if (line.separated) {
                for (String piece : SEPARATORS.split(value)) {
                    out.addAll(unglue(piece, evidence));
                }
            } else if (line.spaced == null) {
                out.addAll(line.glued);
            } else {
                out.addAll(group(line.spaced, articlePhrases, weights));
            }
        }
        return dedupe(out, evidence);
    }

    /**
     * One tag-line value and how it is written: with hashtags, with separators, glued (its glue points), or with
     * plain spaces (its words).
     */
    private record Line(String value, boolean hashtags, boolean separated, List<String> glued, Words spaced) {
        static Line of(String value, Evidence evidence) {
            if (value.indexOf('#') >= 0) {
                return new Line(value, true, false, null, null);
            }
            if (HAS_SEPARATOR.matcher(value).find()) {
                return new Line(value, false, true, null, null);
            }
            List<String> words = words(value);
            List<String> glued = unglue(words, evidence);
            if (glued.size() > 1) {
                return new Line(value, false, false, glued, null);
            }
            return new Line(value, false, false, null, Words.of(words, evidence));
        }
    }

    /**
     * The words of a line with plain spaces, folded, and the key of every run of one to {@link #MAX_PHRASE} of
     * them ({@code keys[i][len]}: the folded words from i, joined by one space), each built once.
     */
    record Words(List<String> words, List<String> folded, String[][] keys) {
        static Words of(List<String> words, Evidence evidence) {
            List<String> folded = new ArrayList<>(words.size());
            for (String w : words) {
                folded.add(evidence.fold(w));
            }
            int n = words.size();
            String[][] keys = new String[n][MAX_PHRASE + 1];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append(folded.get(i));
                keys[i][1] = folded.get(i);
                for (int len = 2; len <= MAX_PHRASE && i + len <= n; len++) {
                    sb.append(' ').append(folded.get(i + len - 1));
                    keys[i][len] = sb.toString();
                }
            }
            return new Words(words, folded, keys);
        }

        /** The keys of every run of two to {@link #MAX_PHRASE} words: the phrases a split may keep together. */
        void addWindowKeys(List<String> out) {
            for (String[] from : keys) {
                for (int len = 2; len <= MAX_PHRASE && from[len] != null; len++) {
                    out.add(from[len]);
                }
            }
        }

        int size() {
            return words.size();
        }
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
        return unglue(words(piece), evidence);
    }

    /** {@link #unglue} of a piece already cut into its words. */
    private static List<String> unglue(List<String> tokens, Evidence evidence) {
        List<String> tags = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : tokens) {
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
    static List<String> group(Words line, Set<String> articlePhrases, Weights weights) {
        return group(line, articlePhrases, weights, false);
    }

    /** {@link #group}, its search visiting every state when {@code everyState} (the answer is the same). */
    static List<String> group(Words line, Set<String> articlePhrases, Weights weights, boolean everyState) {
        List<String> words = line.words();
        int n = words.size();
        if (n <= 1) {
            return words;
        }
        List<String> folded = line.folded();
        String[][] keys = line.keys();
        List<String> repeated = repeatedPhrases(folded, keys);
        int[][] base = new int[n][MAX_PHRASE + 1];
        int[][] item = new int[n][MAX_PHRASE + 1];
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
                base[i][len] = cost(words, keys, i, i + len, articlePhrases, weights);
                item[i][len] = repeated.indexOf(keys[i][len]);
            }
        }
        int[][] closing = new int[n][MAX_PHRASE + 1];
        for (int i = 0; i < n; i++) {
            for (int len = 2; len <= MAX_PHRASE && i + len <= n; len++) {
                closing[i][len] = closing(folded, repeated, i, i + len);
            }
        }
        int singles = 0;
        for (int r = 0; r < repeated.size(); r++) {
            singles |= repeated.get(r).indexOf(' ') < 0 ? 1 << r : 0;
        }
        Search search = new Search(n, base, item, closing, repeated.size(), singles, weights, everyState);
        Split best = null;
        for (int alone = singles; ; alone = (alone - 1) & singles) {
            Split s = search.bestSplit(alone);
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

    /**
     * The phrases (one to MAX_PHRASE words) that occur more than once in the line, the first TRACKED of them, in the
     * order of their first occurrence, shorter phrases first.
     */
    static List<String> repeatedPhrases(List<String> folded, String[][] keys) {
        int n = folded.size();
        // Words as numbers (the index of their first occurrence): phrases compare as runs of numbers, and a phrase
        // can repeat only when its first word does.
        int[] ids = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            String w = folded.get(i);
            if (w.indexOf(' ') >= 0) {
                // a word that folds to several: phrases of different lengths might share a key
                return repeatedPhrasesCounted(keys);
            }
            int id = i;
            for (int k = 0; k < i; k++) {
                if (ids[k] == k && folded.get(k).equals(w)) {
                    id = k;
                    break;
                }
            }
            ids[i] = id;
            count[id]++;
        }
        List<String> out = new ArrayList<>(TRACKED);
        for (int len = 1; len <= MAX_PHRASE; len++) {
            for (int i = 0; i + len <= n; i++) {
                if (count[ids[i]] < 2 || occursBetween(ids, i, len, 0, i)) {
                    continue; // its first word is not repeated, or it occurred before
                }
                if (occursBetween(ids, i, len, i + 1, n - len + 1)) {
                    out.add(keys[i][len]);
                    if (out.size() == TRACKED) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the phrase of {@code len} words at {@code at} also starts somewhere in [from, to). */
    private static boolean occursBetween(int[] ids, int at, int len, int from, int to) {
        for (int i = from; i < to; i++) {
            int k = 0;
            while (k < len && ids[i + k] == ids[at + k]) {
                k++;
            }
            if (k == len) {
                return true;
            }
        }
        return false;
    }

    /** {@link #repeatedPhrases} by counting every key. */
    static List<String> repeatedPhrasesCounted(String[][] keys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int len = 1; len <= MAX_PHRASE; len++) {
            for (int i = 0; i + len <= keys.length; i++) {
                counts.merge(keys[i][len], 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).limit(TRACKED)
                .toList();
    }

    /**
     * The search for the cheapest split of one line, one guess of which repeated words stand alone at a time; its
     * tables are allocated once for all the guesses.
     */
    private static final class Search {
        private final int n;
        private final int[][] base;
        private final int[][] item;
        private final int[][] closing;
        private final int states;
        private final int singles;
        private final Weights weights;
        private final boolean everyState;
        /** Per end position j and state s, at [j * states + s]: the best cost, its tag count and where it came from. */
        private final int[] cost;
        private final int[] tags;
        private final int[] from;
        private final int[] fromState;

        Search(int n, int[][] base, int[][] item, int[][] closing, int tracked, int singles, Weights weights,
               boolean everyState) {
            this.n = n;
            this.base = base;
            this.item = item;
            this.closing = closing;
            this.states = 1 << tracked;
            this.singles = singles;
            this.weights = weights;
            this.everyState = everyState;
            int cells = (n + 1) * states;
            cost = new int[cells];
            tags = new int[cells];
            from = new int[cells];
            fromState = new int[cells];
        }

        /**
         * The cheapest split in which the repeated words of {@code alone} (a bit set over the repeated phrases),
         * and no other repeated word, are tags of their own; null if there is none.
         *
         * <p>The phrases used as tags so far (the state) can only be those of {@code alone} and the repeated
         * phrases of several words: a repeated word outside {@code alone} never stands alone. The search visits
         * only those states, in increasing order as a search over every state would (ties keep the first found):
         * the same split for a fraction of the work when the line repeats several words.
         */
        Split bestSplit(int alone) {
            int allowed = everyState ? states - 1 : alone | (states - 1) & ~singles;
            // Only the costs are reset: a cell's tag count and origin are read only once its cost is set.
            Arrays.fill(cost, IMPOSSIBLE);
            cost[0] = 0;
            for (int j = 1; j <= n; j++) {
                int to = j * states;
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
                    if (len > 1 && c == weights.unknownPhrase() * (len - 1) && closes(closing[i][len], alone)) {
                        c -= weights.closingRepeat();
                    }
                    int at = i * states;
                    for (int used = 0; ; used = (used - allowed) & allowed) {
                        int before = cost[at + used];
                        if (before != IMPOSSIBLE) {
                            int total = before + c + ((used & bit) != 0 ? weights.repeat() : 0);
                            int next = to + (used | bit);
                            if (total < cost[next] || total == cost[next] && tags[at + used] + 1 > tags[next]) {
                                cost[next] = total;
                                tags[next] = tags[at + used] + 1;
                                from[next] = i;
                                fromState[next] = used;
                            }
                        }
                        if (used == allowed) {
                            break;
                        }
                    }
                }
            }
            int last = n * states;
            int end = -1;
            for (int st = 0; ; st = (st - allowed) & allowed) {
                // Every repeated word the guess names must have stood alone somewhere.
                if (cost[last + st] != IMPOSSIBLE && (st & alone) == alone
                        && (end < 0 || cost[last + st] < cost[last + end]
                        || cost[last + st] == cost[last + end] && tags[last + st] > tags[last + end])) {
                    end = st;
                }
                if (st == allowed) {
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            List<Integer> bounds = new ArrayList<>();
            bounds.add(n);
            for (int j = n, st = end; j > 0; ) {
                int cell = j * states + st;
                j = from[cell];
                st = fromState[cell];
                bounds.add(0, j);
            }
            return new Split(cost[last + end], tags[last + end], bounds);
        }
    }

    /** Always: {@link #closing} says a phrase closes on a word repeated beyond those tracked. */
    private static final int ALWAYS = -1;

    /**
     * When an unknown phrase [i, j) closes on a tag of its own: {@link #ALWAYS}, never (0), or when its last word,
     * a tracked repeated word, stands alone (that word's bit).
     */
    private static int closing(List<String> folded, List<String> repeated, int i, int j) {
        String last = folded.get(j - 1);
        int r = repeated.indexOf(last);
        if (r >= 0) {
            return 1 << r;
        }
        // Repeated beyond those tracked: its other occurrences are taken to stand alone.
        return folded.subList(0, i).contains(last) || folded.subList(j, folded.size()).contains(last) ? ALWAYS : 0;
    }

    /** Whether a phrase of this {@link #closing} closes on a tag of its own when the words of {@code alone} do. */
    private static boolean closes(int closing, int alone) {
        return closing == ALWAYS || (alone & closing) != 0;
    }

    /**
     * The cost of words [i, j) as one tag, or {@link #IMPOSSIBLE}, apart from what the search adds for repeats.
     * A single word costs nothing ({@code functionAlone} for a function word, which no tag list means as a
     * tag); a phrase the article uses earns {@code articlePhrase} per joined word; one it does not use pays
     * {@code unknownPhrase} per joined word (the search takes {@code closingRepeat} off when its last word is
     * a tag of its own in the line: the sub-topic named after its topic, "غزة حرب غزة"). A function word cannot
     * begin or end a phrase; a phrase holds at most MAX_PHRASE words.
     */
    private static int cost(List<String> words, String[][] keys, int i, int j, Set<String> articlePhrases,
                            Weights w) {
        int len = j - i;
        boolean functionEdge = FUNCTION_WORDS.contains(words.get(i)) || FUNCTION_WORDS.contains(words.get(j - 1));
        if (len == 1) {
            return functionEdge ? w.functionAlone() : 0;
        }
        if (functionEdge) {
            return IMPOSSIBLE;
        }
        if (articlePhrases.contains(keys[i][len])) {
            return -w.articlePhrase() * (len - 1);
        }
        return w.unknownPhrase() * (len - 1);
    }

    private static List<String> dedupe(List<String> tags, Evidence evidence) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : tags) {
            String clean = clean(t);
            if (!clean.isEmpty()) {
                seen.putIfAbsent(evidence.fold(clean), clean);
            }
        }
        return List.copyOf(seen.values());
    }

    /** The tag without stray punctuation at its ends and with single spaces; most tags need neither regex. */
    static String clean(String tag) {
        if (!tag.isEmpty() && !isStray(tag.charAt(0)) && !isStray(tag.charAt(tag.length() - 1))) {
            boolean plain = true;
            for (int i = 0; i < tag.length() && plain; i++) {
                char c = tag.charAt(i);
                plain = c == ' ' ? tag.charAt(i + 1) != ' ' : c > ' ' || c < '\t';
            }
            if (plain) {
                return tag;
            }
        }
        return SPACES.matcher(STRAY.matcher(tag).replaceAll("")).replaceAll(" ");
    }

    /** A char STRAY takes off a tag's ends. */
    private static boolean isStray(char c) {
        return c <= ' ' && c >= '\t' || "\"'“”«»().:#-–—".indexOf(c) >= 0;
    }

    private static void add(List<String> tags, String tag) {
        String t = tag.strip();
        if (!t.isEmpty()) {
            tags.add(t);
        }
    }

    /** The words of a piece: split at runs of what {@link #SPACES} matches, as SPACES.split would, without a regex. */
    static List<String> words(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || isSpace(t.charAt(i))) {
                if (i > start) {
                    out.add(t.substring(start, i));
                }
                start = i + 1;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** What the regex {@code \s} matches: the ASCII spaces and line breaks. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0621 && c <= 0x064A;
    }
}
