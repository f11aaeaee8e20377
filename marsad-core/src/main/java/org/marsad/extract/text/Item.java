package org.marsad.extract.text;

/**
 * What one line of a raw page is, before the page's structure is known. Some kinds are tentative: an
 * {@link OutletByline} is only a byline right under a headline, elsewhere it is text.
 */
sealed interface Item {
    /** A line of prose or a headline. */
    record Text(String text) implements Item {
    }

    /** A "read also" marker, with the headline when it is on the same line. */
    record ReadAlso(String inlineHeadline) implements Item {
    }

    /** "المصدر: X": the outlet credited. */
    record Source(String name) implements Item {
    }

    /** A tag line's value, not yet split. */
    record Tags(String raw) implements Item {
    }

    /** "كتب: X", "بقلم X". */
    record Author(String name) implements Item {
    }

    /** "زنقة20| علي التومي": outlet, then author; the outlet is null when the line names a place there (a dateline). */
    record OutletByline(String outlet, String author, String line) implements Item {
    }

    /**
     * A publication (or update) date line.
     *
     * @param text     the date as written, without its label
     * @param iso      the resolved {@code published} value, or null when it cannot be resolved
     * @param updated  true for "آخر تحديث" lines, which never give the publication date
     * @param labeled  true when a label says what the date is; an unlabeled date line is trusted only in a header
     */
    record DateLine(String text, String iso, boolean updated, boolean labeled) implements Item {
    }

    /** Page furniture that is not article text: share bars, "follow us", captions, ads, breadcrumbs. */
    record Noise(String line) implements Item {
    }

    /** A rule line ("-----", "***") or form feed that separates articles. */
    record Separator() implements Item {
    }
}
