package org.marsad.ingest.fetch;

import java.io.IOException;

/** A fetch attempt that failed in a way the fetcher understands; becomes a {@link FetchResult.Failed}. */
final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    enum Kind { TOO_LARGE, BOMB, TIMEOUT, REDIRECTS, BAD_ENCODING }

    private final Kind kind;

    FetchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
