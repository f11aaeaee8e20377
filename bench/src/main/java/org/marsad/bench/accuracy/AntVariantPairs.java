package org.marsad.bench.accuracy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;

/**
 * A second variant list, drawn from a corpus (ANT 2018-04 in the bench) by a procedure that was fixed and committed
 * before it was first run, so that nobody chose its pairs knowing how the analyzers do on them. Unlike the bundled
 * list, it was not written together with Marsad's stem exceptions, and nobody checks its pairs by hand.
 *
 * <p>The procedure, in full:
 * <ol>
 *   <li>Words: in every article's title and body, remove Arabic diacritics (U+064B–U+0652) and tatweel (U+0640),
 *       then take maximal runs of Arabic letters U+0621–U+064A; count each surface form.</li>
 *   <li>Bases: forms of at least {@value #MIN_BASE} letters that do not start with "ال" and occur at least
 *       {@value #MIN_COUNT} times.</li>
 *   <li>For each base b, the candidate forms of {@link Kind eight inflection kinds} (the definite article, the
 *       conjunction و, the prepositions ب and ل with the article, the conjunction و with the article, the feminine
 *       plural ة→ات, the masculine plural ون/ين, attached pronouns ه/ها/هم with ة→ت before them). A pair (query b,
 *       document form v) is a candidate when v also occurs at least {@value #MIN_COUNT} times.</li>
 *   <li>Per kind, candidates are ranked by the smaller of the two counts (descending), then by the base and the
 *       form in code-point order; the first {@value #PER_KIND} are kept.</li>
 * </ol>
 * The rules are orthographic, so a few pairs are coincidences rather than inflections (a word that merely starts
 * with و or ends with ين); the list is used as drawn, and its recall ceiling is below 1 for any analyzer.
 */
public final class AntVariantPairs {
    static final int MIN_BASE = 3;
    static final int MIN_COUNT = 5;
    static final int PER_KIND = 25;

    /** The inflection kinds, each mapping a base to its candidate forms. */
    enum Kind {
        DEFINITE, CONJUNCTION, CONJUNCTION_DEFINITE, BI_DEFINITE, LI_DEFINITE, FEMININE_PLURAL, MASCULINE_PLURAL,
        PRONOUN;

        List<String> forms(String b) {
            boolean taMarbuta = b.endsWith("ة");
            String stemT = taMarbuta ? b.substring(0, b.length() - 1) + "ت" : b;
            return switch (this) {
                case DEFINITE -> List.of("ال" + b);
                // A single-letter prefix on a short base is too often part of another word (وزير is not و+زير).
                case CONJUNCTION -> b.length() >= MIN_BASE + 1 && !b.startsWith("و") ? List.of("و" + b) : List.of();
                case CONJUNCTION_DEFINITE -> List.of("وال" + b);
                case BI_DEFINITE -> List.of("بال" + b);
                // ل + ال is written لل; a base starting with ل would make a triple lam, written otherwise.
                case LI_DEFINITE -> b.startsWith("ل") ? List.of() : List.of("لل" + b);
                case FEMININE_PLURAL -> taMarbuta ? List.of(b.substring(0, b.length() - 1) + "ات") : List.of();
                case MASCULINE_PLURAL -> taMarbuta ? List.of() : List.of(b + "ون", b + "ين");
                case PRONOUN -> List.of(stemT + "ه", stemT + "ها", stemT + "هم");
            };
        }
    }

    private AntVariantPairs() {
    }

    /** The pairs drawn from the articles, all of kind "match" (query: the base; document: the inflected form). */
    public static List<VariantRecall.Pair> draw(List<Article> articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            count(a.title(), counts);
            for (String p : a.body()) {
                count(p, counts);
            }
        }
        return draw(counts);
    }

    static List<VariantRecall.Pair> draw(Map<String, Integer> counts) {
        record Candidate(String base, String form, int weight) {
        }
        List<String> bases = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT && e.getKey().length() >= MIN_BASE
                        && !e.getKey().startsWith("ال"))
                .map(Map.Entry::getKey).sorted().toList();
        List<VariantRecall.Pair> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Candidate> candidates = new ArrayList<>();
            for (String b : bases) {
                for (String v : kind.forms(b)) {
                    int c = counts.getOrDefault(v, 0);
                    if (c >= MIN_COUNT) {
                        candidates.add(new Candidate(b, v, Math.min(c, counts.get(b))));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt(Candidate::weight).reversed()
                    .thenComparing(Candidate::base).thenComparing(Candidate::form));
            candidates.stream().limit(PER_KIND).forEach(c -> out.add(new VariantRecall.Pair(true, c.base(),
                    c.form())));
        }
        return out;
    }

    static void count(String text, Map<String, Integer> counts) {
        if (text == null) {
            return;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ' ';
            if ((ch >= '\u064B' && ch <= '\u0652') || ch == '\u0640') {
                continue;
            }
            if (ch >= '\u0621' && ch <= '\u064A') {
                word.append(ch);
            } else if (word.length() > 0) {
                counts.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
        }
    }
}
