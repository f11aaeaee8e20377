package org.marsad.web;

import gg.jte.TemplateOutput;
import java.util.Arrays;

/**
 * A rendered page as the UTF-8 bytes sent, written into one growing array. jte's {@code Utf8ByteOutput} makes a new
 * array for every piece it is given, and its escaper hands it a piece between every two escaped characters: an
 * href of a search page (percent-encoded Arabic joined by {@code &}) became a dozen arrays, and the page's attribute
 * escaping a eighth of its CPU. Here a piece is encoded in place. The bytes are those of {@code String.getBytes} in
 * UTF-8, a lone surrogate written as {@code ?} as it writes it.
 */
final class PageBytes implements TemplateOutput {
    private byte[] bytes;
    private int length;

    PageBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        // At most three bytes a char: a pair of surrogates (two chars) is four.
        room(3 * (endIndex - beginIndex));
        byte[] b = bytes;
        int n = length;
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < endIndex
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[n++] = '?';
            }
        }
        length = n;
    }

    /**
     * Writes {@code value} escaped as jte's {@code Escape.htmlAttribute} (attribute: {@code ' " & <}) or {@code
     * Escape.htmlContent} (text: {@code & < >}) would write it, in one pass: same bytes, without a piece handed over
     * between every two escaped characters.
     */
    void writeEscaped(String value, boolean attribute) {
        int end = value.length();
        int from = 0;
        for (int i = 0; i < end; i++) {
            String entity = entity(value.charAt(i), attribute);
            if (entity != null) {
                writeContent(value, from, i);
                writeAscii(entity);
                from = i + 1;
            }
        }
        writeContent(value, from, end);
    }

    private static String entity(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> attribute ? null : "&gt;";
            case '"' -> attribute ? "&#34;" : null;
            case '\'' -> attribute ? "&#39;" : null;
            default -> null;
        };
    }

    private void writeAscii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    /** The page's bytes. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
