package org.marsad.arabic.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.FoldedText;
import org.marsad.arabic.numbers.NumberWords.Kind;
import org.marsad.arabic.numbers.NumberWords.Word;

/**
 * Finds and values every number in a text: digits (Western, Arabic-Indic ٠-٩, Persian ۰-۹, with the separators
 * ٬ ٫ , . and the no-break spaces used as thousands separators), number words in their case and gender forms
 * (ثلاثة, ثلاث, عشرون, عشرين, مئة, مائتي, ثلاثمائة, ألفاً, ملايين …), and mixtures of both ("20 ألفاً و258" = 20258,
 * "1.5 مليون", "3 ملايين و200 ألف", "مليار و200 مليون", "مليون ونصف").
 *
 * <p>Parts join when only spaces and و separate them, the way Arabic composes numbers: units before tens
 * ("خمسة وعشرون"), larger scales before smaller ones ("ألف وخمسمئة"); two plain numbers joined by و ("5 و6")
 * stay two numbers. عشرات, مئات, آلاف (without a count), optionally followed by الآلاف/الملايين, and بضعة/عدة +
 * a scale are vague: found, flagged, without a value. Years, phone numbers and resolution numbers are numbers too:
 * callers tell them from quantities by their text and context.
 *
 * <p>Thread-safe.
 */
public final class ArabicNumbers {
    /**
     * Thousands groups (1,500 / ١٬٥٠٠ / 274،460 with the Arabic comma some outlets use, with no space around it /
     * 1 500 with a no-break space), dotted groups (1.500.000), plain.
     */
    private static final Pattern DIGITS = Pattern.compile(
            "\\d{1,3}(?:[,٬،\\u00A0\\u202F]\\d{3})+(?:[.٫]\\d+)?(?!\\d)"
                    + "|\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.])"
                    + "|\\d+(?:[.٫,]\\d+)?");

    private static final Pattern GROUPED = Pattern.compile(
            "\\d{1,3}(?:[,٬،\\u00A0\\u202F]\\d{3})+(?:[.٫]\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}");

    /** "النهائي" folded: after نصف/ربع it names a round of a tournament. */
    private static final java.util.Set<String> FINAL = java.util.Set.of(
            FoldedText.of("النهائي").folded(), FoldedText.of("نهائي").folded(),
            FoldedText.of("النهائية").folded(), FoldedText.of("نهائية").folded());

    private ArabicNumbers() {
    }

    /**
     * Every number in the text, in order.
     *
     * @param text any text; null gives an empty list
     */
    public static List<NumberMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return findFolded(FoldedText.of(text));
    }

    /**
     * Every number in a text already folded (a caller that also reads the text's dates and tokens folds it once).
     *
     * @param folded the text, folded
     */
    public static List<NumberMention> findFolded(FoldedText folded) {
        String text = folded.original();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokens(folded);
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Parse p = parse(tokens, i);
            if (p == null) {
                i++;
                continue;
            }
            int start = folded.originalStart(tokens.get(i).start());
            int end = folded.originalEnd(tokens.get(p.last()).end());
            out.add(new NumberMention(text.substring(start, end), start, end, p.value(), p.value() == null));
            i = p.last() + 1;
        }
        return out;
    }

    /** A numeric token of the folded text: digits or a number word. */
    private record Token(int start, int end, Kind kind, BigDecimal value, boolean digits, boolean joined,
                         boolean conj, boolean dual) {
        Token(int start, int end, Kind kind, BigDecimal value, boolean digits, boolean joined, boolean conj) {
            this(start, end, kind, value, digits, joined, conj, false);
        }
    }

    /** Words that follow an accusative "ألفاً" (a thousand) but never a dual "ألفا" (two thousand) of a noun. */
    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("من", "عن", "على", "في", "الي",
            "او", "أو", "فقط", "تقريبا", "اخرين", "اخرون");

    /**
     * Only numeric tokens are kept; {@code joined} says nothing but spaces (and a و) separates a token from the
     * previous one, {@code conj} that a و does.
     */
    private static List<Token> tokens(FoldedText folded) {
        String f = folded.folded();
        String original = folded.original();
        boolean afterDefinite = false;
        List<Token> tokens = new ArrayList<>();
        Matcher digits = DIGITS.matcher(f);
        int n = f.length();
        int i = 0;
        boolean broken = true;
        boolean conj = false;
        while (i < n) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9') {
                afterDefinite = false;
                digits.region(i, n).lookingAt();
                int end = digits.end();
                tokens.add(new Token(i, end, Kind.UNIT, digitValue(f.substring(i, end)), true, !broken, conj));
                broken = false;
                conj = false;
                i = end;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(f.charAt(i))) {
                    i++;
                }
                if (i - start == 1 && c == 'و') {
                    conj = true;
                    continue;
                }
                boolean afterFraction = !broken && !tokens.isEmpty()
                        && tokens.get(tokens.size() - 1).kind() == Kind.FRACTION;
                // most words are no number: compare hashes before making a substring
                if (!afterFraction && !NumberWords.mayBe(f, start, i) && !NumberWords.mayBe(f, start + 1, i)
                        && !NumberWords.mayBe(f, start + 2, i)) {
                    afterDefinite = f.startsWith("ال", start);
                    broken = true;
                    conj = false;
                    continue;
                }
                String word = f.substring(start, i);
                boolean definite = word.startsWith("ال");
                Word w = NumberWords.get(word);
                if (w != null && w.kind() == Kind.TEN && afterDefinite) {
                    w = null; // "الثاني عشر", "الحادية عشرة": an ordinal, not ten
                }
                afterDefinite = definite && w == null;
                if (w != null && word.startsWith("واحد")
                        && isHamzaAlef(original.charAt(folded.originalStart(start + 1)))) {
                    // وأحد / وإحدى fold like واحد: "and one of", not the number one
                    w = NumberWords.get(word.substring(1));
                    if (w != null && w.kind() == Kind.TEEN_UNIT) {
                        tokens.add(new Token(start + 1, i, w.kind(), w.value(), false, !broken, true));
                        broken = false;
                        conj = false;
                        continue;
                    }
                }
                int wordStart = start;
                boolean attachedConj = false;
                // right after a number, a leading و is the conjunction: "ألف وأحد عشر" (وأحد folds like واحد),
                // "خمسمائة وست"
                if (!broken && !conj && !tokens.isEmpty() && word.length() >= 3 && word.charAt(0) == 'و'
                        && NumberWords.get(word.substring(1)) != null) {
                    w = NumberWords.get(word.substring(1));
                    wordStart = start + 1;
                    attachedConj = true;
                } else if (w == null && word.length() >= 4 && "وبلفك".indexOf(word.charAt(0)) >= 0) {
                    w = NumberWords.get(word.substring(1));
                    wordStart = start + 1;
                    attachedConj = word.charAt(0) == 'و';
                    if (w == null && word.length() >= 5 && word.charAt(0) == 'و' && "بل".indexOf(word.charAt(1)) >= 0) {
                        w = NumberWords.get(word.substring(2));
                        wordStart = start + 2;
                        attachedConj = false;
                    }
                }
                if (w == null && !broken && !tokens.isEmpty() && FINAL.contains(word)
                        && tokens.get(tokens.size() - 1).kind() == Kind.FRACTION) {
                    tokens.remove(tokens.size() - 1); // نصف النهائي, ربع النهائي: a round, not a half
                }
                if (w == null) {
                    broken = true;
                    conj = false;
                    continue;
                }
                boolean prep = wordStart > start && !attachedConj;
                boolean dual = w.kind() == Kind.SCALE_ONE && broken && isDualConstruct(folded, wordStart, i);
                tokens.add(new Token(wordStart, i, w.kind(), w.value(), false, !broken && !prep,
                        conj || attachedConj, dual));
                broken = false;
                conj = false;
            } else {
                if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
                    afterDefinite = false;
                    broken = true;
                    conj = false;
                }
                i++;
            }
        }
        return tokens;
    }

    /**
     * "ألفا متظاهر", "مليونا شخص": a scale word ending in alif without tanween, right before a noun, is the dual
     * in construct (two thousand); "ألفاً" with its tanween, or before من, is the accusative of one thousand.
     */
    private static boolean isDualConstruct(FoldedText folded, int start, int end) {
        String f = folded.folded();
        if (f.charAt(end - 1) != 'ا') {
            return false;
        }
        String original = folded.original();
        for (int k = folded.originalStart(start); k < folded.originalEnd(end); k++) {
            if (original.charAt(k) == '\u064B') {
                return false;
            }
        }
        int next = end;
        while (next < f.length() && f.charAt(next) == ' ') {
            next++;
        }
        int wordEnd = next;
        while (wordEnd < f.length() && Character.isLetter(f.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == next || wordEnd - next < 2) {
            return false;
        }
        String word = f.substring(next, wordEnd);
        return !NOT_COUNTED.contains(word) && NumberWords.get(word) == null && word.charAt(0) != 'و';
    }

    private static boolean isHamzaAlef(char c) {
        return c == '\u0623' || c == '\u0625';
    }

    private static BigDecimal digitValue(String s) {
        StringBuilder plain = new StringBuilder(s.length());
        boolean grouped = GROUPED.matcher(s).matches();
        // "1.250.000": dots are groups only when there are several and no other separator
        boolean dotsAreGroups = grouped && s.indexOf('.') != s.lastIndexOf('.') && s.indexOf(',') < 0
                && s.indexOf('٬') < 0 && s.indexOf('،') < 0 && s.indexOf('\u00A0') < 0 && s.indexOf('\u202F') < 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                plain.append(c);
            } else if (c == '٫' || c == '.' && !dotsAreGroups || c == ',' && !grouped) {
                plain.append('.');
            }
        }
        return clean(new BigDecimal(plain.toString()));
    }

    private record Parse(int last, BigDecimal value) {
    }

    /**
     * Reads one number starting at token {@code i}; null when the token cannot start one (a lone أحد, a lone
     * بضعة).
     */
    private static Parse parse(List<Token> tokens, int i) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal small = null;
        Kind smallKind = null;
        BigDecimal lastScale = null;
        int last = -1;
        boolean vague = false;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            boolean first = j == i;
            if (!first && !t.joined()) {
                break;
            }
            boolean afterScale = !first && t.conj() && lastScale != null && small == null;
            boolean fresh = first || afterScale;
            if (vague) {
                // "عشرات الآلاف", "مئات الملايين", "بضعة آلاف"
                if (!t.conj() && (t.kind() == Kind.SCALE_MANY_DEFINITE || t.kind() == Kind.SCALE_MANY
                        || t.kind() == Kind.VAGUE)) {
                    last = j;
                    continue;
                }
                break;
            }
            if (t.digits()) {
                if (!fresh || afterScale && t.value().compareTo(lastScale) >= 0) {
                    break;
                }
                small = t.value();
                smallKind = Kind.UNIT;
                last = j;
                continue;
            }
            Kind k = t.kind();
            boolean ok;
            switch (k) {
                case UNIT, TEEN_UNIT -> {
                    if (fresh && !(afterScale && lastScale.compareTo(BigDecimal.TEN) <= 0)) {
                        small = t.value();
                        ok = true;
                    } else if (t.conj() && smallKind == Kind.HUNDRED) {
                        small = small.add(t.value());
                        ok = true;
                    } else {
                        ok = false;
                    }
                }
                case TEN -> {
                    if (!t.conj() && (smallKind == Kind.UNIT || smallKind == Kind.TEEN_UNIT) && !first
                            && small.remainder(BigDecimal.valueOf(100)).compareTo(BigDecimal.TEN) < 0
                            && !tokens.get(j - 1).digits()) {
                        small = small.add(BigDecimal.TEN);
                        k = Kind.TENS;
                        ok = true;
                    } else if (fresh) {
                        small = t.value();
                        ok = true;
                    } else if (t.conj() && smallKind == Kind.HUNDRED) {
                        small = small.add(t.value());
                        ok = true;
                    } else {
                        ok = false;
                    }
                }
                case TENS -> {
                    if (fresh) {
                        small = t.value();
                        ok = true;
                    } else if (t.conj() && ((smallKind == Kind.UNIT || smallKind == Kind.TEEN_UNIT)
                            && !tokens.get(j - 1).digits()
                            && small.remainder(BigDecimal.valueOf(100)).compareTo(BigDecimal.TEN) < 0
                            || smallKind == Kind.HUNDRED)) {
                        small = small.add(t.value());
                        ok = true;
                    } else {
                        ok = false;
                    }
                }
                case HUNDRED -> {
                    Token previous = first ? null : tokens.get(j - 1);
                    if (!first && !t.conj() && smallKind == Kind.UNIT && !previous.digits()
                            && t.value().intValue() == 100 && small.compareTo(BigDecimal.valueOf(3)) >= 0
                            && small.compareTo(BigDecimal.TEN) < 0) {
                        small = small.multiply(t.value()); // "ثلاث مئة"
                        ok = true;
                    } else if (fresh) {
                        small = t.value();
                        ok = true;
                    } else {
                        ok = false;
                    }
                }
                case SCALE_ONE, SCALE_TWO, SCALE_MANY -> {
                    BigDecimal count;
                    if (lastScale != null && t.value().compareTo(lastScale) >= 0) {
                        count = null;
                    } else if (small != null && !t.conj() && k != Kind.SCALE_TWO && smallKind != Kind.TEEN_UNIT) {
                        count = small;
                    } else if (small == null && (fresh || t.conj() && lastScale != null)) {
                        count = k == Kind.SCALE_TWO || first && t.dual() ? BigDecimal.valueOf(2)
                                : k == Kind.SCALE_ONE ? BigDecimal.ONE : null;
                        if (count == null && first) {
                            vague = true; // "آلاف المتظاهرين"
                            last = j;
                            continue;
                        }
                    } else {
                        count = null;
                    }
                    if (count == null) {
                        ok = false;
                    } else {
                        total = total.add(count.multiply(t.value()));
                        lastScale = t.value();
                        small = null;
                        smallKind = null;
                        last = j;
                        continue;
                    }
                }
                case FRACTION -> {
                    if (afterScale) {
                        total = total.add(t.value().multiply(lastScale)); // "مليون ونصف"
                        last = j;
                        return new Parse(last, clean(total));
                    } else if (first) {
                        small = t.value(); // "نصف مليون", or half alone
                        ok = true;
                    } else if (t.conj() && small != null && smallKind != Kind.TEEN_UNIT) {
                        small = small.add(t.value()); // "ثلاثة ونصف"
                        last = j;
                        return new Parse(last, clean(total.add(small)));
                    } else {
                        ok = false;
                    }
                }
                case VAGUE, FEW -> {
                    if (first) {
                        vague = true;
                        last = j;
                        continue;
                    }
                    ok = false;
                }
                default -> ok = false;
            }
            if (!ok) {
                break;
            }
            smallKind = k;
            last = j;
        }
        if (last < 0) {
            return null;
        }
        Token head = tokens.get(i);
        if (vague) {
            // a lone بضعة or عدة is no number; a lone عشرات is
            return head.kind() == Kind.FEW && last == i ? null : new Parse(last, null);
        }
        if (smallKind == Kind.TEEN_UNIT) {
            // أحد / إحدى / اثنا without عشر means "one of": the number, if any, ends before it
            small = small.subtract(tokens.get(last).value());
            if (small.signum() == 0) {
                small = null;
            }
            last--;
            if (last < i) {
                return null;
            }
        }
        BigDecimal value = small == null ? total : total.add(small);
        return new Parse(last, clean(value));
    }

    private static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
