package org.marsad.web.view;

/** A hidden article as the editors' pages show it: who hid it and when (UTC, to the minute). */
public record HiddenItem(String id, String title, String source, String href, String hiddenAt, String hiddenBy) {
    /**
     * Who hid it, as the sentence after «أخفاه» or its passive: the editor's name, or «من سطر الأوامر» for
     * {@code marsad hide} (stored as {@link org.marsad.store.Archive#HIDDEN_BY_COMMAND_LINE}, a word no reader
     * should have to decode).
     */
    public boolean byCommandLine() {
        return org.marsad.store.Archive.HIDDEN_BY_COMMAND_LINE.equals(hiddenBy);
    }
}
