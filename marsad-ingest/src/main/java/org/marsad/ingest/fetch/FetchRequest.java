package org.marsad.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One thing to fetch.
 *
 * @param uri          the URL
 * @param allowPrivate whether the source was added with {@code --allow-private} (see {@link AddressGuard})
 * @param validators   validators from the previous fetch of this URL, for a conditional GET
 * @param accept       the Accept header
 */
public record FetchRequest(URI uri, boolean allowPrivate, Validators validators, String accept) {
    static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        validators = validators == null ? Validators.NONE : validators;
    }

    /** A feed or sitemap, conditionally on the validators of its last fetch. */
    public static FetchRequest feed(URI uri, boolean allowPrivate, Validators validators) {
        return new FetchRequest(uri, allowPrivate, validators, ACCEPT_FEED);
    }

    /** An article page. */
    public static FetchRequest page(URI uri, boolean allowPrivate) {
        return new FetchRequest(uri, allowPrivate, Validators.NONE, ACCEPT_PAGE);
    }
}
