package org.marsad.web.view;

/**
 * What the layout needs from every page.
 *
 * @param title  the document title (before " — مرصد")
 * @param query  the text to keep in the header's search box, or ""
 * @param feed   an Atom feed to advertise in the head, or null
 */
public record Page(String title, String query, String feed) {
    public static Page titled(String title) {
        return new Page(title, "", null);
    }
}
