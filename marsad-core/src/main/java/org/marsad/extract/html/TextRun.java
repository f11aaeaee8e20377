package org.marsad.extract.html;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * A stretch of running text that the page lays out as one block: the inline content of a paragraph, a heading, a
 * list item, or the loose text of a div between two of its block children.
 */
final class TextRun {
    final Element owner;
    /** The owner's place in the page's {@link BodySurvey}. */
    final int place;
    final int index;
    /**
     * The text collapsed as it is appended ({@link Texts#collapse} of everything appended so far): the raw text of a
     * page's markup is mostly indentation, and copying it whole to collapse it afterwards read every char twice more.
     */
    private char[] text = new char[32];
    private int length;
    /** Spaces were read since the last char kept: one space goes before the next one, unless a break does. */
    private boolean space;
    /** A line break was read since the last char kept: it goes before the next one. */
    private boolean newline;
    private int linkChars;
    private String cached;
    /** Non-space chars appended: collapsing keeps every one of them and adds only spaces and line breaks. */
    private int charCount;
    private String key;

    /** Set by the classifier: looks like a paragraph of prose. */
    boolean good;
    /** Set when the page's structured data (JSON-LD articleBody) contains this text. */
    boolean confirmed;

    TextRun(Element owner, int place, int index) {
        this.owner = owner;
        this.place = place;
        this.index = index;
    }

    void append(String s, boolean inLink) {
        // Line breaks in the markup's source are layout of the file, not of the text: only <br> breaks a line, so
        // they are spaces here. The same pass counts the visible chars, so the run's size needs no pass over its text.
        int n = s.length();
        if (text.length < length + 1 + n) {
            text = Arrays.copyOf(text, Math.max(length + 1 + n, text.length * 2));
        }
        // The chars are read from a copy one slot past the text's end, and collapsed in place: only the space or
        // break due before a kept char makes the text longer than what was read, and the slot left free, or the
        // spaces read, make room for it.
        char[] t = text;
        s.getChars(0, n, t, length + 1);
        int w = length;
        int visible = 0;
        boolean sp = space;
        boolean nl = newline;
        for (int r = length + 1, end = length + 1 + n; r < end; r++) {
            char c = t[r];
            if (Texts.isSpace(c)) {
                sp = true;
                continue;
            }
            if (w > 0 && (nl || sp)) {
                t[w++] = nl ? '\n' : ' ';
            }
            nl = false;
            sp = false;
            t[w++] = c;
            visible++;
        }
        length = w;
        space = sp;
        newline = nl;
        charCount += visible;
        if (inLink) {
            linkChars += visible;
        }
        cached = null;
        key = null;
    }

    void lineBreak() {
        newline = true;
        space = false;
    }

    /** The text with runs of spaces collapsed; line breaks kept. */
    String text() {
        if (cached == null) {
            cached = new String(text, 0, length);
        }
        return cached;
    }

    /** Number of non-space characters. */
    int chars() {
        return charCount;
    }

    /** The text's {@link Texts#key}, built once. */
    String key() {
        if (key == null) {
            key = Texts.key(text());
        }
        return key;
    }

    /** Whether the text's {@link Texts#key} is {@code k}, without building the key when the text is too long for it. */
    boolean hasKey(String k) {
        return key != null ? key.equals(k) : Texts.hasKey(text(), k);
    }

    double linkDensity() {
        int c = chars();
        return c == 0 ? 0 : Math.min(1.0, (double) linkChars / c);
    }

    String tag() {
        return owner.normalName();
    }

    @Override
    public String toString() {
        return tag() + "#" + index + (good ? "+" : "") + ": " + text();
    }
}
