package org.marsad.arabic.numbers;

import java.util.Objects;

/**
 * A noun with the forms Arabic counting asks of it, to write "how many" as a reader expects: "وسيلة واحدة",
 * "وسيلتان", "3 وسائل", "11 وسيلة", "100 وسيلة".
 *
 * <p>The rule: 1 takes the {@code one} phrase and 2 the {@code two} (dual) phrase, with the number itself not
 * written; otherwise the last two digits decide: 3–10 take the plural, 11–99 the accusative singular (tanween
 * alif on masculine nouns: مقالاً، يوماً), and 0–2 after a hundred or more (100, 101, 102, 1000) the genitive
 * singular. Numbers are written in digits, as news sites do.
 *
 * @param one        the phrase for exactly one ("وسيلة واحدة", or just "ساعة" after منذ)
 * @param two        the dual phrase ("وسيلتان"; "ساعتين" after a preposition)
 * @param plural     the plural for 3–10 ("وسائل")
 * @param accusative the singular for 11–99 ("مقالاً", "وسيلة")
 * @param genitive   the singular for 100, 101, 102, … and 0 ("مقال", "وسيلة")
 */
public record CountedNoun(String one, String two, String plural, String accusative, String genitive) {
    public CountedNoun {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(two, "two");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(accusative, "accusative");
        Objects.requireNonNull(genitive, "genitive");
    }

    /** "وسيلة واحدة", "وسيلتان", "3 وسائل", "11 وسيلة", "100 وسيلة", "103 وسائل", "111 وسيلة". */
    public String count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative count: " + n);
        }
        if (n == 1) {
            return one;
        }
        if (n == 2) {
            return two;
        }
        long lastTwo = n % 100;
        if (lastTwo >= 3 && lastTwo <= 10) {
            return n + " " + plural;
        }
        if (lastTwo >= 11) {
            return n + " " + accusative;
        }
        return n + " " + genitive;
    }
}
