package org.marsad.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** What came of one fetch. Exactly one of four things: a body, "not modified", a refusal, or a failure. */
public sealed interface FetchResult {

    /** The URL that was asked for. */
    URI uri();

    /**
     * A 2xx response.
     *
     * @param uri         the URL asked for
     * @param finalUri    the URL the body came from, after redirects
     * @param status      the HTTP status
     * @param contentType the Content-Type header, or null
     * @param body        the body, already gzip/deflate-decoded (not charset-decoded)
     * @param validators  the validators to send next time
     * @param fetchedAt   when the response arrived
     * @param movedTo     the new address when every redirect on the way was permanent (301, 308), else null
     */
    record Fetched(URI uri, URI finalUri, int status, String contentType, byte[] body, Validators validators,
                   Instant fetchedAt, URI movedTo) implements FetchResult {
        /** A response that no permanent redirect led to. */
        public Fetched(URI uri, URI finalUri, int status, String contentType, byte[] body, Validators validators,
                       Instant fetchedAt) {
            this(uri, finalUri, status, contentType, body, validators, fetchedAt, null);
        }

        /** The charset named by the Content-Type header, if any (the page itself may say otherwise). */
        public Optional<String> declaredCharset() {
            return MediaTypes.charset(contentType);
        }
    }

    /**
     * A 304: the resource is unchanged since the validators were issued.
     *
     * @param movedTo the new address when every redirect on the way was permanent (301, 308), else null
     */
    record NotModified(URI uri, Validators validators, URI movedTo) implements FetchResult {
        /** A 304 that no permanent redirect led to. */
        public NotModified(URI uri, Validators validators) {
            this(uri, validators, null);
        }
    }

    /** Not fetched on purpose: robots.txt said no, or the address is not one Marsad may connect to. */
    record Refused(URI uri, Refusal reason, String message) implements FetchResult {
    }

    /**
     * Tried and failed (after the allowed retries).
     *
     * @param status the last HTTP status, or 0 when no response came (timeout, refused connection, limit exceeded)
     */
    record Failed(URI uri, int status, String message) implements FetchResult {
    }

    /** Why a fetch was refused. */
    enum Refusal {
        /** the host's robots.txt disallows the path for Marsad */
        ROBOTS,
        /** the host resolves to a loopback, private, link-local, multicast or unspecified address */
        PRIVATE_ADDRESS,
        /** not an http or https URL */
        SCHEME
    }
}
