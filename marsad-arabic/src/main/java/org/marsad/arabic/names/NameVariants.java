package org.marsad.arabic.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Spelling variants of transliterated names: outlets of different countries write the same foreign name
 * differently (غالانت/جالانت, يوآف/يؤاف, نتنياهو/نتانياهو, هولاند/أولاند, فيسبوك/فيس بوك, ترامب/ترمب, غوغل/جوجل/قوقل).
 *
 * <p>Two steps. {@link #key} is a coarse key to group candidates: search folding, spaces removed, the letters that
 * transliterate one foreign sound merged (غ ج ق گ for g; ڤ ف; پ ب; ط ت; ص س; ض د; ذ ظ ز), a word-initial ه
 * written as ا (Hollande: هولاند/أولاند), long vowels ا و ي and hamza after the first letter dropped, doubled
 * letters collapsed. {@link #compare} then confirms: a vowel written in one spelling must not be a different vowel
 * in the other (بوتين/بوتان), and the weighted edit distance must stay small — writing a medial long vowel or not is
 * cheap, a final vowel (هولاند/هولندا) or a consonant (ترامب/تراب) is not.
 *
 * <p>The rules suit transliterated names. Native Arabic names differ by exactly these vowels (محمد/محمود,
 * حسن/حسين, سعد/سعيد), so a common native given name must match exactly.
 */
public final class NameVariants {
    // Compiled once: String.split with this pattern compiled it again on every call (visible in an ingest profile).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Highest confirmed distance: two written-or-not medial vowels, or one close consonant. */
    static final double MAX_DISTANCE = 0.6;
    private static final double CHEAP = 0.25;
    private static final double CLOSE = 0.5;
    private static final double FULL = 1.0;

    /** Common native given names that differ from each other only by a long vowel. */
    private static final Set<String> NATIVE = Set.copyOf(List.of(ArabicNormalizer.search(String.join(" ",
            "محمد محمود أحمد حامد حمد حميد حمدي حسن حسين حسني حسان حسنين سعد سعيد سعود علي عالي عليا خالد خليل"
                    + " عمر عمرو عامر عمار عمير عثمان فهد فهمي فاطمة فاطم مريم زينب زين زينة يوسف يونس ياسر ياسين"
                    + " ناصر نصر نصير منصور صالح صلاح كريم كرم كريمة جمال جميل جميلة رشيد رشاد راشد مراد مريد"
                    + " سالم سليم سلمان سليمان سلمى سلام حكيم حاكم مجيد ماجد مجدي وليد ولي هاني هناء هند"
                    + " نور نوري منى منير ليلى ليلي رامي رامز رياض راضي عادل عدلي عبد عباس عبيد"))
            .split(" ")));

    private NameVariants() {
    }

    /**
     * The variant key: names whose keys differ are different; names whose keys agree may be the same (confirm with
     * {@link #same}).
     */
    public static String key(String name) {
        return shape(form(name)).key();
    }

    /**
     * Whether a word is a common native given name (محمد, حسن, سعيد …): such names differ from each other by the very
     * vowels that vary in transliteration, so they only match exactly, and a given name alone says little about
     * which person is meant.
     */
    public static boolean isCommonGivenName(String word) {
        return NATIVE.contains(ArabicNormalizer.search(word == null ? "" : word).strip());
    }

    /**
     * The spelling with every letter that transliterates one foreign sound written as one (غالانت and جالانت give
     * the same form), after search folding, letters only: an exact index term for variant-insensitive name lookup.
     * Coarser than the spelling, finer than {@link #key} (vowels stay).
     */
    public static String soundForm(String name) {
        return form(name);
    }

    /** True when the two spellings name the same person, place or brand. */
    public static boolean same(String a, String b) {
        return compare(a, b).same();
    }

    /** Compares two spellings: keys, weighted distance and the verdict. */
    public static NameComparison compare(String a, String b) {
        String formA = form(a);
        String formB = form(b);
        Shape shapeA = shape(formA);
        Shape shapeB = shape(formB);
        double distance = weighted(formA, formB);
        boolean same = !formA.isEmpty() && (formA.equals(formB)
                || shapeA.key().equals(shapeB.key()) && vowelsAgree(shapeA, shapeB) && distance <= MAX_DISTANCE
                && natives(a).equals(natives(b)));
        return new NameComparison(same, shapeA.key(), shapeB.key(), distance);
    }

    /**
     * Whether two spellings hold the same common native given names (محمد صلاح and محمد صالح do not: the moved
     * vowel makes another Arabic name, not another transliteration). Resolution by edit distance checks this too.
     */
    public static boolean sameNativeNames(String a, String b) {
        return natives(a).equals(natives(b));
    }

    /** The weighted edit distance between two spellings, after search folding and merging letter classes. */
    public static double distance(String a, String b) {
        return weighted(form(a), form(b));
    }

    /**
     * Search folding, only letters kept (spaces go: فيس بوك = فيسبوك), one letter per foreign sound, a word-initial
     * ه written as the ا it alternates with (Hollande: هولاند/أولاند).
     */
    private static String form(String name) {
        String folded = ArabicNormalizer.search(name == null ? "" : name);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean wordStart = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isLetter(c)) {
                wordStart = true;
                continue;
            }
            boolean longWord = i + 2 < folded.length() && Character.isLetter(folded.charAt(i + 2));
            sb.append(wordStart && c == 'ه' && longWord ? 'ا' : sound(c));
            wordStart = false;
        }
        return sb.toString();
    }

    /**
     * The consonant skeleton (the key) and the long vowels written in each gap between consonants. The first letter
     * counts as a consonant even when it is ا, و or ي; a doubled consonant counts once.
     */
    private record Shape(String key, List<String> gaps) {
    }

    private static Shape shape(String form) {
        StringBuilder key = new StringBuilder(form.length());
        List<String> gaps = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        for (int i = 0; i < form.length(); i++) {
            char c = close(form.charAt(i));
            if (i > 0 && isVowel(c)) {
                gap.append(c);
            } else if (i > 0 && gap.length() == 0 && key.charAt(key.length() - 1) == c) {
                continue;
            } else {
                gaps.add(gap.toString());
                gap.setLength(0);
                key.append(c);
            }
        }
        gaps.add(gap.toString());
        return new Shape(key.toString(), gaps);
    }

    /** Writing a vowel or not is variation; writing a different vowel is a different name (بوتين/بوتان). */
    private static boolean vowelsAgree(Shape a, Shape b) {
        for (int k = 0; k < a.gaps().size(); k++) {
            String x = a.gaps().get(k);
            String y = b.gaps().get(k);
            if (!isSubsequence(x, y) && !isSubsequence(y, x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSubsequence(String small, String big) {
        int k = 0;
        for (int i = 0; i < big.length() && k < small.length(); i++) {
            if (big.charAt(i) == small.charAt(k)) {
                k++;
            }
        }
        return k == small.length();
    }

    /** Letters that transliterate one foreign sound, written as one. */
    private static char sound(char c) {
        return switch (c) {
            case 'غ', 'ق', 'گ', 'ڠ' -> 'ج';
            case 'ڤ', 'ۋ' -> 'ف';
            case 'پ' -> 'ب';
            case 'چ' -> 'ج';
            default -> c;
        };
    }

    /** Letters close enough to be confused in transliteration, but not free to swap (cost {@link #CLOSE}). */
    private static char close(char c) {
        return switch (c) {
            case 'ط' -> 'ت';
            case 'ص' -> 'س';
            case 'ض' -> 'د';
            case 'ذ', 'ظ' -> 'ز';
            default -> c;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي' || c == 'ء';
    }

    private static List<String> natives(String name) {
        List<String> out = new ArrayList<>();
        for (String token : SPACES.split(ArabicNormalizer.search(name == null ? "" : name))) {
            if (NATIVE.contains(token)) {
                out.add(token);
            }
        }
        out.sort(null);
        return out;
    }

    private static double weighted(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + indel(b, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            current[0] = previous[0] + indel(a, i - 1);
            for (int j = 1; j <= m; j++) {
                double sub = previous[j - 1] + substitution(a, i - 1, b, j - 1);
                double del = previous[j] + indel(a, i - 1);
                double ins = current[j - 1] + indel(b, j - 1);
                current[j] = Math.min(sub, Math.min(del, ins));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }

    private static double substitution(String a, int i, String b, int j) {
        char x = a.charAt(i);
        char y = b.charAt(j);
        if (x == y) {
            return 0;
        }
        if (close(x) == close(y)) {
            return CLOSE;
        }
        return FULL;
    }

    /** The cost of writing s[i] or not. */
    private static double indel(String s, int i) {
        char c = s.charAt(i);
        boolean last = i == s.length() - 1;
        if (i == 0 || last) {
            return FULL; // a final vowel is heard: هولاند / هولندا
        }
        if (isVowel(c) || s.charAt(i - 1) == c) {
            return CHEAP;
        }
        return FULL;
    }
}
