package org.marsad.ingest.feed;

import java.net.URI;

/** Resolving the links feeds give, which are sometimes relative and sometimes padded with spaces. */
final class Links {
    private Links() {
    }

    /** The link made absolute against the feed's URL; null when blank or unparseable. */
    static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip().replace(" ", "%20");
        try {
            URI u = base == null ? URI.create(l) : base.resolve(l);
            return u.isAbsolute() ? u.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
