package org.marsad.extract.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Regular expressions for the fixed Arabic labels of news-page furniture ("اقرأ أيضاً", "المصدر", "كلمات
 * دلالية"), written the way pages actually spell them: any hamza seat on alef, ى for ي, ه for ة, optional
 * diacritics and tatweel between letters. Only label vocabulary is matched this way; article text is never
 * rewritten.
 */
final class Loose {
    /** Diacritics, superscript alef and tatweel, which pages sprinkle into labels ("أيضاً", "أيضًا", "المصـدر"). */
    static final String MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*";

    private Loose() {
    }

    /** A regex fragment (no groups) matching the phrase with spelling variants. */
    static String of(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            switch (c) {
                case ' ' -> sb.append("\\s+");
                case 'ا', 'أ', 'إ', 'آ' -> sb.append("[اأإآ]").append(MARKS);
                case 'ي', 'ى' -> sb.append("[يى]").append(MARKS);
                case 'ة', 'ه' -> sb.append("[ةه]").append(MARKS);
                default -> {
                    sb.append(Pattern.quote(String.valueOf(c)));
                    if (c >= 0x0600 && c <= 0x06FF) {
                        sb.append(MARKS);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A non-capturing alternation of phrases, longest first so that "الكلمات الدلالية" beats "كلمات". */
    static String anyOf(String... phrases) {
        return Arrays.stream(phrases)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Loose::of)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
