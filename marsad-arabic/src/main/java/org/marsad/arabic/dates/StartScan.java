package org.marsad.arabic.dates;

import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Runs a date pattern only where one of its matches can start: at a char that may open it, not right after a letter
 * or digit. {@link Matcher#find} would try the pattern (look-behind, alternations) at every position of a window;
 * most positions fail these two checks, which cost a table lookup each. The matches are the ones find would give:
 * the checks only skip positions where the pattern cannot match, and after a match the scan goes on from its end.
 */
final class StartScan {
    private final boolean[] opens = new boolean[0x0700];
    private final String notAfter;

    /**
     * @param openingChars every char a match can start with (Latin or Arabic block)
     * @param notAfter     chars besides letters and digits that the pattern refuses right before a match
     */
    StartScan(String openingChars, String notAfter) {
        for (char c : openingChars.toCharArray()) {
            opens[c] = true;
        }
        this.notAfter = notAfter;
    }

    /** Calls {@code each} with {@code m} after every match inside {@code [from, to)} of {@code f}, in text order. */
    void find(Matcher m, String f, int from, int to, Consumer<Matcher> each) {
        int i = from;
        while (i < to) {
            char c = f.charAt(i);
            if (c < opens.length && opens[c] && (i == 0 || canFollow(f.charAt(i - 1)))) {
                m.region(i, to);
                if (m.lookingAt()) {
                    each.accept(m);
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
    }

    private boolean canFollow(char before) {
        return !Character.isLetterOrDigit(before) && notAfter.indexOf(before) < 0;
    }
}
