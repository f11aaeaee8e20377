package org.marsad.web.view;

/**
 * The "add a source" form of {@code /sources} as it is shown: empty, or again with what the editor typed and why
 * the site could not be read.
 *
 * @param url          the site or feed address typed
 * @param name         the name typed
 * @param category     the category typed
 * @param allowPrivate whether a private or loopback address was allowed
 * @param error        why it failed, in Arabic; null for a fresh form
 */
public record SourceAddForm(String url, String name, String category, boolean allowPrivate, String error) {
    /** The form as a first visit shows it. */
    public static final SourceAddForm EMPTY = new SourceAddForm("", "", "", false, null);
}
