package org.marsad.arabic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other number of a noun whose plural is broken (حريق ↔ حرائق, حزب ↔ أحزاب, منطقة ↔ مناطق), by the common
 * patterns alone, without a lexicon. Light stemming cannot meet these forms: the plural changes letters inside the
 * word, not its ends.
 *
 * <p>The patterns, singular ↔ plural, with C for a root letter: فعيل/فعيلة and فعالة ↔ فعائل; فعيل ↔ فعلاء;
 * فاعل/فاعلة ↔ فواعل; فعل ↔ أفعال; فعال ↔ أفعلة; مفعل/مفعلة ↔ مفاعل; مفعول/مفعال ↔ مفاعيل; فعليل/فعلول ↔
 * فعاليل (تقرير ↔ تقارير). Patterns that are as often something else are left out: فعول and فعال are also verbal
 * nouns and singulars (سقوط is not the plural of سقط, بيان not of بين).
 *
 * <p>A pattern only says what the other form would be, not that it is one: سفير ↔ سفراء, but nothing stops the rules
 * from proposing a word that exists with another meaning. A caller must keep only candidates its own text has
 * (search keeps those the index holds, and ranks them below the form typed).
 */
public final class BrokenPlurals {
    private BrokenPlurals() {
    }

    /**
     * Candidate other-number forms of a word.
     *
     * @param word a bare word without its proclitics (see {@link Proclitics#strip}), display form
     * @return candidate forms, without the word itself; empty when no pattern fits
     */
    public static List<String> otherNumber(String word) {
        boolean feminine = word.endsWith("ة");
        String b = feminine ? word.substring(0, word.length() - 1) : word;
        Set<String> out = new LinkedHashSet<>();
        int n = b.length();
        if (n == 3 && isRoot(b.charAt(0)) && isRoot(b.charAt(2))) {
            out.add("أ" + b.charAt(0) + b.charAt(1) + "ا" + b.charAt(2)); // فعل → أفعال
        }
        if (n == 4) {
            singularOfFour(b, feminine, out);
        }
        if (n == 5) {
            singularOfFive(b, out);
            pluralOfFive(b, out);
        }
        if (n == 6) {
            pluralOfSix(b, out);
        }
        if (feminine && n == 4 && isHamzaOrAlef(b.charAt(0)) && isRoot(b.charAt(1)) && isRoot(b.charAt(2))
                && isRoot(b.charAt(3))) {
            out.add("" + b.charAt(1) + b.charAt(2) + "ا" + b.charAt(3)); // أفعلة → فعال
        }
        out.remove(word);
        return new ArrayList<>(out);
    }

    private static void singularOfFour(String b, boolean feminine, Set<String> out) {
        char c0 = b.charAt(0);
        char c1 = b.charAt(1);
        char c2 = b.charAt(2);
        char c3 = b.charAt(3);
        if (c2 == 'ي' && isRoot(c0) && isRoot(c1)) {
            out.add("" + c0 + c1 + "ائ" + c3); // فعيل(ة) → فعائل
            if (!feminine) {
                out.add("" + c0 + c1 + c3 + "اء"); // فعيل → فعلاء
            }
        }
        if (c2 == 'ا' && isRoot(c0) && isRoot(c1)) {
            if (feminine) {
                out.add("" + c0 + c1 + "ائ" + c3); // فعالة → فعائل
            } else {
                out.add("أ" + c0 + c1 + c3 + "ة"); // فعال → أفعلة
            }
        }
        if (c1 == 'ا' && isRoot(c0) && isRoot(c2) && isRoot(c3)) {
            out.add("" + c0 + "وا" + c2 + c3); // فاعل(ة) → فواعل
        }
        if (c0 == 'م' && isRoot(c1) && isRoot(c2) && isRoot(c3)) {
            out.add("م" + c1 + "ا" + c2 + c3); // مفعل(ة) → مفاعل
        }
    }

    private static void singularOfFive(String b, Set<String> out) {
        char c0 = b.charAt(0);
        if (c0 == 'م' && (b.charAt(3) == 'و' || b.charAt(3) == 'ا') && isRoot(b.charAt(1)) && isRoot(b.charAt(2))) {
            out.add("م" + b.charAt(1) + "ا" + b.charAt(2) + "ي" + b.charAt(4)); // مفعول/مفعال → مفاعيل
        }
        if ((b.charAt(3) == 'ي' || b.charAt(3) == 'و') && isRoot(c0) && isRoot(b.charAt(1)) && isRoot(b.charAt(2))) {
            out.add("" + c0 + b.charAt(1) + "ا" + b.charAt(2) + "ي" + b.charAt(4)); // فعليل/فعلول → فعاليل
        }
    }

    private static void pluralOfFive(String b, Set<String> out) {
        char c0 = b.charAt(0);
        char c1 = b.charAt(1);
        char c2 = b.charAt(2);
        char c3 = b.charAt(3);
        char c4 = b.charAt(4);
        if (c2 == 'ا' && (c3 == 'ئ' || c3 == 'ي') && isRoot(c0) && isRoot(c1)) {
            out.add("" + c0 + c1 + "ي" + c4); // فعائل → فعيل
            out.add("" + c0 + c1 + "ي" + c4 + "ة"); // → فعيلة
            out.add("" + c0 + c1 + "ا" + c4 + "ة"); // → فعالة
        }
        // not after إ: إفعال is a verbal noun (إسقاط, إعلان), never this plural
        if ((c0 == 'أ' || c0 == 'ا') && c3 == 'ا' && isRoot(c1) && isRoot(c4)) {
            out.add("" + c1 + c2 + c4); // أفعال → فعل
        }
        if (b.endsWith("اء") && isRoot(c0) && isRoot(c1) && isRoot(c2)) {
            out.add("" + c0 + c1 + "ي" + c2); // فعلاء → فعيل
        }
        if (c1 == 'و' && c2 == 'ا' && isRoot(c0) && isRoot(c3)) {
            out.add("" + c0 + "ا" + c3 + c4); // فواعل → فاعل
            out.add("" + c0 + "ا" + c3 + c4 + "ة"); // → فاعلة
        }
        if (c0 == 'م' && c2 == 'ا' && isRoot(c1) && isRoot(c3)) {
            out.add("م" + c1 + c3 + c4); // مفاعل → مفعل
            out.add("م" + c1 + c3 + c4 + "ة"); // → مفعلة
        }
    }

    private static void pluralOfSix(String b, Set<String> out) {
        if (b.charAt(2) != 'ا' || b.charAt(4) != 'ي' || !isRoot(b.charAt(1)) || !isRoot(b.charAt(3))) {
            return;
        }
        String c = "" + b.charAt(0) + b.charAt(1) + b.charAt(3);
        if (b.charAt(0) == 'م') {
            out.add(c + "و" + b.charAt(5)); // مفاعيل → مفعول
            out.add(c + "ا" + b.charAt(5)); // → مفعال
        } else {
            out.add(c + "ي" + b.charAt(5)); // فعاليل → فعليل
            out.add(c + "و" + b.charAt(5)); // → فعلول
        }
    }

    // A letter that can stand for a root consonant in these patterns: an Arabic letter, not a long vowel's alif.
    private static boolean isRoot(char c) {
        return c >= 'ء' && c <= 'ي' && c != 'ا' && c != 'ى' && c != 'ة';
    }

    private static boolean isHamzaOrAlef(char c) {
        return c == 'أ' || c == 'ا' || c == 'إ';
    }
}
