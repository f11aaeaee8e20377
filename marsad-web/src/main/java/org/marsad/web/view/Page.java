package org.marsad.web.view;

/**
 * What the layout needs from every page.
 *
 * @param title  the document title (before " — مرصد")
 * @param query  the text to keep in the header's search box, or ""
 * @param feed   an Atom feed to advertise in the head, or null
 * @param viewer who is looking (filled in by the renderer from the request: pages create a Page without one)
 */
public record Page(String title, String query, String feed, Viewer viewer) {
    public Page(String title, String query, String feed) {
        this(title, query, feed, Viewer.anonymous(false));
    }

    public static Page titled(String title) {
        return new Page(title, "", null);
    }

    /** This page as seen by {@code v}. */
    public Page withViewer(Viewer v) {
        return new Page(title, query, feed, v);
    }
}
