package org.marsad.model;

import java.util.Objects;

/**
 * A "read also" (اقرأ أيضاً) item of a page: the headline it shows, and its link when the page gives one.
 *
 * @param title headline of the linked article, never null
 * @param url   absolute URL, or null when the page shows only the headline
 */
public record RelatedLink(String title, String url) {
    public RelatedLink {
        Objects.requireNonNull(title, "title");
    }

    public static RelatedLink titled(String title) {
        return new RelatedLink(title, null);
    }
}
