package org.marsad.arabic.numbers;

import java.math.BigDecimal;

/**
 * A number found in a text.
 *
 * @param text  the number as written ("20 ألفاً و258", "١٬٥٠٠", "عشرات")
 * @param start offset of its first char in the searched text
 * @param end   offset after its last char
 * @param value its value (no trailing fraction zeros: 1.5 مليون → 1500000); null when vague
 * @param vague true for a quantity without an exact value (عشرات, مئات الآلاف, بضعة آلاف)
 */
public record NumberMention(String text, int start, int end, BigDecimal value, boolean vague) {

    /** True when the value is a whole number that fits a long. */
    public boolean isWhole() {
        if (value == null) {
            return false;
        }
        try {
            value.longValueExact();
            return true;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }
}
