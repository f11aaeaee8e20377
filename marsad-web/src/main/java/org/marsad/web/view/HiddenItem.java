package org.marsad.web.view;

/**
 * A hidden article as the editors' pages show it: who hid it and when, written as the other pages write a time
 * (review27: it was "2026-12-07 13:33 UTC" among Arabic dates).
 *
 * @param hiddenIso  when it was hidden, ISO-8601 (the {@code <time>} element's machine value)
 * @param hiddenDay  that day in Arabic in the server's zone ("الاثنين 7 ديسمبر 2026")
 * @param hiddenHour the time of day with the zone ("13:33 UTC")
 */
public record HiddenItem(String id, String title, String source, String href, String hiddenIso, String hiddenDay,
                         String hiddenHour, String hiddenBy) {
    /**
     * Who hid it, as the sentence after «أخفاه» or its passive: the editor's name, or «من سطر الأوامر» for
     * {@code marsad hide} (stored as {@link org.marsad.store.Archive#HIDDEN_BY_COMMAND_LINE}, a word no reader
     * should have to decode).
     */
    public boolean byCommandLine() {
        return org.marsad.store.Archive.HIDDEN_BY_COMMAND_LINE.equals(hiddenBy);
    }
}
