package org.marsad.ingest.fetch;

/**
 * The validators a server gave for a URL, sent back on the next request so that an unchanged resource costs a
 * 304 instead of a download. Both may be null.
 *
 * @param etag         the ETag header, as sent (quotes and W/ prefix kept)
 * @param lastModified the Last-Modified header, as sent
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
