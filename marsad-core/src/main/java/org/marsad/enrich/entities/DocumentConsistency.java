package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Proclitics;

/**
 * One name, one reading per article: once the tagger has found a name somewhere in an article, its other
 * occurrences in the same article are mentions too, even where the tagger missed them (it finds "دونالد ترامب" after
 * a title word but may miss a bare "وأضاف ترامب" three paragraphs later). A person found in full also lends their
 * surname: a later bare surname is that person. Occurrences may carry clitics (وترامب, لترامب); the mention leaves
 * them out, as the tagger's do.
 */
final class DocumentConsistency {
    private DocumentConsistency() {
    }

    private record Name(List<String> words, String type) {
    }

    /** The tagged mentions plus every untagged occurrence of their names in the article's parts. */
    static List<Mention> extend(List<String> parts, List<Mention> tagged) {
        if (tagged.isEmpty()) {
            return tagged;
        }
        Map<String, List<Name>> byFirst = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> typeOf = new HashMap<>();
        for (Mention m : tagged) {
            List<String> words = folded(m.spelling());
            if (words.isEmpty()) {
                continue;
            }
            String joined = String.join(" ", words);
            String earlier = typeOf.putIfAbsent(joined, m.type());
            if (earlier != null && !earlier.equals(m.type())) {
                typeOf.put(joined, "?"); // read two ways in this article: do not guess a third time
            }
            if (seen.add(joined)) {
                byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(words, m.type()));
            }
            if (m.type().equals("PER") && words.size() > 1) {
                String last = words.get(words.size() - 1);
                if (NameWords.wordKey(last).length() >= NameWords.MIN_KEY && !NameWords.givenName(last)
                        && !NameWords.patronymic(words, words.size() - 1)
                        && seen.add(last)) {
                    byFirst.computeIfAbsent(last, k -> new ArrayList<>()).add(new Name(List.of(last), "PER"));
                    typeOf.putIfAbsent(last, "PER");
                }
            }
        }
        Set<String> whole = byFirst.keySet();
        List<Mention> out = new ArrayList<>(tagged);
        Map<String, String[]> readings = new HashMap<>();
        for (int part = 0; part < parts.size(); part++) {
            String text = parts.get(part);
            if (text == null || text.isEmpty()) {
                continue;
            }
            boolean[] covered = new boolean[text.length()];
            for (Mention m : tagged) {
                if (m.part() == part) {
                    for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) {
                        covered[i] = true;
                    }
                }
            }
            List<int[]> spans = wordSpans(text);
            for (int i = 0; i < spans.size(); i++) {
                int[] s = spans.get(i);
                if (covered[s[0]]) {
                    continue;
                }
                String raw = text.substring(s[0], s[1]);
                // A word's reading depends on the word and this article's names only: worked out once per article.
                String[] reading = readings.computeIfAbsent(raw, r -> reading(r, whole));
                String stem = reading[0];
                String first = reading[1];
                List<Name> names = byFirst.get(first);
                if (names == null) {
                    continue;
                }
                Name best = null;
                for (Name n : names) {
                    if (matches(text, spans, i, n) && (best == null || n.words().size() > best.words().size())) {
                        best = n;
                    }
                }
                if (best == null || "?".equals(typeOf.get(String.join(" ", best.words())))) {
                    continue;
                }
                int start = s[1] - stem.length();
                int end = spans.get(i + best.words().size() - 1)[1];
                boolean free = true;
                for (int k = start; k < end; k++) {
                    free &= !covered[k];
                }
                if (!free) {
                    continue;
                }
                for (int k = start; k < end; k++) {
                    covered[k] = true;
                }
                out.add(new Mention(part, start, end, ArticleMentions.spelling(text, start, end), best.type()));
                i += best.words().size() - 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::part).thenComparingInt(Mention::start));
        return out;
    }

    /** A word as written → {its stem without clitics, that stem folded} (the key its names are looked up by). */
    private static String[] reading(String raw, Set<String> names) {
        String bare = Proclitics.bare(raw);
        String stem = bare.length() == raw.length() ? stem(bare, names) : bare;
        return new String[] {stem, fold(stem)};
    }

    /**
     * The spans of the words of a text: maximal runs of letters, combining marks and tatweel (what the pattern
     * {@code [\p{L}\p{M}\u0640]+} finds), by code point. A scan with the Arabic block's answers in a table: the
     * pattern's matcher was a fifth of this stage's CPU.
     */
    static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            int cp;
            while (i < n && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return spans;
    }

    private static final boolean[] ARABIC_WORD_CHARS = new boolean[0x100];

    static {
        for (int c = 0; c < ARABIC_WORD_CHARS.length; c++) {
            ARABIC_WORD_CHARS[c] = isLetterMarkOrTatweel(0x0600 + c);
        }
    }

    private static boolean isWordChar(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF ? ARABIC_WORD_CHARS[cp - 0x0600] : isLetterMarkOrTatweel(cp);
    }

    private static boolean isLetterMarkOrTatweel(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> cp == 0x0640;
        };
    }

    // A conjunction before a preposition (ولترامب) takes two rounds of the shared clitic rules.
    private static String stem(String bare, Set<String> names) {
        String w = bare;
        for (int round = 0; round < 2 && !names.contains(fold(w)); round++) {
            String next = Proclitics.strip(w, b -> names.contains(fold(b)));
            if (next.equals(w)) {
                break;
            }
            w = next;
        }
        return w;
    }

    private static boolean matches(String text, List<int[]> spans, int i, Name n) {
        if (i + n.words().size() > spans.size()) {
            return false;
        }
        for (int k = 1; k < n.words().size(); k++) {
            int[] prev = spans.get(i + k - 1);
            int[] s = spans.get(i + k);
            if (!text.substring(prev[1], s[0]).replace('#', ' ').replace('_', ' ').isBlank()) {
                return false; // a name does not run over punctuation (a hashtag's marks are no punctuation)
            }
            if (!fold(text.substring(s[0], s[1])).equals(n.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    // The runs between white space as split("\\s+") gives them (the empty one before leading space folds to nothing
    // and is left out either way), without compiling the pattern for every mention.
    private static List<String> folded(String spelling) {
        List<String> out = new ArrayList<>();
        for (String w : NameWords.spaced(spelling)) {
            String f = fold(w);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static String fold(String word) {
        return ArabicNormalizer.search(word).strip();
    }
}
