package org.marsad.ingest.feed;

/**
 * Drops from an XML text the characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
 * lone surrogates, U+FFFE and U+FFFF), whether written as they are or as character references such as
 * {@code &#x7;}. One such character in one item makes a strict parser refuse the whole feed; dropped, the feed's
 * other items can be read. Nothing else is touched: a real structure error stays one. A reference inside a CDATA
 * section is only text there and is kept.
 */
final class ForbiddenCharacters {
    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String CDATA_CLOSE = "]]>";

    /**
     * What was dropped.
     *
     * @param xml       the text without them
     * @param dropped   how many were dropped
     * @param first     the first one, as written (a reference as it was, a raw character as {@code U+0007})
     * @param firstLine its line in the original text, from 1
     */
    record Dropped(String xml, int dropped, String first, int firstLine) {
        /** One line for a user, naming what was dropped and where. */
        String describe() {
            return "not well-formed XML: dropped " + dropped + (dropped == 1 ? " character" : " characters")
                    + " XML forbids (first: " + first + " at line " + firstLine + ") to read the rest";
        }
    }

    private ForbiddenCharacters() {
    }

    /** The text without the characters XML forbids; {@code dropped} is 0 when it had none. */
    static Dropped drop(String xml) {
        StringBuilder out = null;
        int dropped = 0;
        String first = null;
        int firstLine = 0;
        int line = 1;
        int copiedUpTo = 0;
        boolean inCdata = false;
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            int skip = 0;
            int step = 1;
            String written = null;
            if (!inCdata && c == '<' && xml.startsWith(CDATA_OPEN, i)) {
                inCdata = true;
                i += CDATA_OPEN.length();
                continue;
            }
            if (inCdata && c == ']' && xml.startsWith(CDATA_CLOSE, i)) {
                inCdata = false;
                i += CDATA_CLOSE.length();
                continue;
            }
            if (!inCdata && c == '&' && i + 1 < xml.length() && xml.charAt(i + 1) == '#') {
                int end = referenceEnd(xml, i);
                if (end > 0 && !allowed(referenceValue(xml, i, end))) {
                    skip = end + 1 - i;
                    written = xml.substring(i, end + 1);
                }
            } else {
                int cp = xml.codePointAt(i);
                step = Character.charCount(cp);
                if (!allowed(cp)) {
                    skip = Character.charCount(cp);
                    written = "U+%04X".formatted(cp);
                }
            }
            if (skip == 0) {
                if (c == '\n') {
                    line++;
                }
                i += step;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(xml.length());
                first = written;
                firstLine = line;
            }
            out.append(xml, copiedUpTo, i);
            i += skip;
            copiedUpTo = i;
            dropped++;
        }
        if (out == null) {
            return new Dropped(xml, 0, null, 0);
        }
        out.append(xml, copiedUpTo, xml.length());
        return new Dropped(out.toString(), dropped, first, firstLine);
    }

    /** The index of the {@code ;} ending a well-formed character reference starting at {@code at}, or -1. */
    private static int referenceEnd(String xml, int at) {
        int i = at + 2;
        boolean hex = i < xml.length() && xml.charAt(i) == 'x';
        if (hex) {
            i++;
        }
        int digitsFrom = i;
        while (i < xml.length() && (hex ? Character.digit(xml.charAt(i), 16) >= 0
                : xml.charAt(i) >= '0' && xml.charAt(i) <= '9')) {
            i++;
        }
        return i > digitsFrom && i < xml.length() && xml.charAt(i) == ';' ? i : -1;
    }

    /** The code point a reference names; -1 (forbidden) when it is past anything Unicode has. */
    private static int referenceValue(String xml, int at, int end) {
        boolean hex = xml.charAt(at + 2) == 'x';
        String digits = xml.substring(at + (hex ? 3 : 2), end).replaceFirst("^0+(?=.)", "");
        if (digits.length() > 7) {
            return -1;
        }
        long v = Long.parseLong(digits, hex ? 16 : 10);
        return v > Character.MAX_CODE_POINT ? -1 : (int) v;
    }

    /** XML 1.0's Char production. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
