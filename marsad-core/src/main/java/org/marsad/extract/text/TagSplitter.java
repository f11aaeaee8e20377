package org.marsad.extract.text;

import java.util.ArrayList;
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
    private static final Pattern STRAY = Pattern.compile("^[\\s\"'“”«»().:#\\-–—]+|[\\s\"'“”«»().:#\\-–—]+$");
    /** Words that can be inside a tag ("الحرب في غزة") but never begin or end one. */
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو",
            "او", "ثم", "بين", "حول", "ضد", "لدى", "عبر", "منذ", "أن", "ان", "إن", "لا", "ما", "التي", "الذي", "of",
            "the", "and", "in", "on", "for", "to");
    /** Beyond this many words, try greedy grouping instead of every split. */
    private static final int EXHAUSTIVE_LIMIT = 14;
    private static final int MAX_PHRASE = 5;

    private TagSplitter() {
    }

    /** The tags of one tag-line value, in order, without duplicates. */
    static List<String> split(String raw, Evidence evidence) {
        String value = raw.strip();
        List<String> out = new ArrayList<>();
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
            if (glued.size() > 1) {
                out.addAll(glued);
            } else {
                out.addAll(group(words(value), evidence));
            }
        }
        return dedupe(out);
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

    /** An unknown word that is two known words glued together, split; otherwise the word. */
    private static List<String> splitByEvidence(String word, Evidence evidence) {
        if (word.length() < 6 || evidence.knows(word)) {
            return List.of(word);
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
        if (best < 0) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>();
        out.add(word.substring(0, best));
        out.addAll(splitByEvidence(word.substring(best), evidence));
        return out;
    }

    /** Groups space-separated words into tags (see the class comment, case 3). */
    static List<String> group(List<String> words, Evidence evidence) {
        if (words.size() <= 1) {
            return words;
        }
        if (words.size() > EXHAUSTIVE_LIMIT) {
            return greedy(words, evidence);
        }
        int n = words.size();
        List<List<String>> best = null;
        double bestCost = Double.MAX_VALUE;
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            // Bit i set: a tag boundary after word i.
            List<List<String>> phrases = new ArrayList<>();
            List<String> cur = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cur.add(words.get(i));
                if (i == n - 1 || (mask & (1 << i)) != 0) {
                    phrases.add(cur);
                    cur = new ArrayList<>();
                }
            }
            double cost = cost(phrases, evidence);
            // On a tie, prefer more (shorter) tags.
            if (best == null || cost < bestCost - 1e-9
                    || (Math.abs(cost - bestCost) < 1e-9 && phrases.size() > best.size())) {
                best = phrases;
                bestCost = cost;
            }
        }
        return best.stream().map(p -> String.join(" ", p)).toList();
    }

    private static double cost(List<List<String>> phrases, Evidence evidence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> p : phrases) {
            counts.merge(String.join(" ", p), 1, Integer::sum);
        }
        double cost = 0;
        for (int c : counts.values()) {
            cost += 5.0 * (c - 1);
        }
        for (List<String> p : phrases) {
            String first = p.get(0);
            String last = p.get(p.size() - 1);
            if (FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(last)) {
                return Double.MAX_VALUE;
            }
            if (p.size() == 1) {
                continue;
            }
            if (p.size() > MAX_PHRASE) {
                return Double.MAX_VALUE;
            }
            if (evidence.containsPhrase(p)) {
                cost -= p.size() - 1;
            } else {
                cost += 2.0 * (p.size() - 1);
                if (counts.containsKey(last)) {
                    cost -= 1;
                }
            }
        }
        return cost;
    }

    /** For long lines: the longest phrase the article uses at each point, else a single word. */
    private static List<String> greedy(List<String> words, Evidence evidence) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int take = 1;
            for (int k = Math.min(MAX_PHRASE, words.size() - i); k >= 2; k--) {
                List<String> p = words.subList(i, i + k);
                if (!FUNCTION_WORDS.contains(p.get(0)) && !FUNCTION_WORDS.contains(p.get(k - 1))
                        && evidence.containsPhrase(p)) {
                    take = k;
                    break;
                }
            }
            out.add(String.join(" ", words.subList(i, i + take)));
            i += take;
        }
        return out;
    }

    private static List<String> dedupe(List<String> tags) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : tags) {
            String clean = STRAY.matcher(t).replaceAll("").replaceAll("\\s+", " ");
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
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0621 && c <= 0x064A;
    }
}
