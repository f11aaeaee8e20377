package org.marsad.cli;

import org.marsad.model.UntrustedText;

/**
 * Stored text on its way to a terminal (or a file a terminal may show): control characters, which could carry
 * escape sequences that clear the screen or retitle the terminal, are shown as visible {@code \xHH} escapes. Text
 * stored by this version has none (see {@link UntrustedText}); older archives and JSON imports may.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** The text with every control character but tab and newline written as {@code \xHH}; null as "". */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (UntrustedText.isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append("\\x").append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
