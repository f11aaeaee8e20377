package org.marsad.web.view;

/**
 * A link to show.
 *
 * @param label  visible text (escaped by the template)
 * @param href   a site-relative path built by {@link Urls}, or a checked http(s) URL; null shows the label alone
 * @param count  a count to show beside the label, or -1
 * @param active whether the link is the current choice
 */
public record Link(String label, String href, long count, boolean active) {
    public static Link of(String label, String href) {
        return new Link(label, href, -1, false);
    }

    public boolean hasCount() {
        return count >= 0;
    }
}
