package org.marsad.extract.html;

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
    private final StringBuilder text = new StringBuilder();
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
        // Line breaks in the markup's source are layout of the file, not of the text: only <br> breaks a line.
        // Copied in stretches between them, not through two replaced copies of the whole text.
        // The same pass counts the visible chars, so the run's size needs no pass over its collapsed text.
        int from = 0;
        int visible = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                text.append(s, from, i).append(' ');
                from = i + 1;
            } else if (!Texts.isSpace(c)) {
                visible++;
            }
        }
        text.append(s, from, s.length());
        charCount += visible;
        if (inLink) {
            linkChars += visible;
        }
        cached = null;
        key = null;
    }

    void lineBreak() {
        text.append('\n');
        cached = null;
        key = null;
    }

    /** The text with runs of spaces collapsed; line breaks kept. */
    String text() {
        if (cached == null) {
            cached = Texts.collapse(text);
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
