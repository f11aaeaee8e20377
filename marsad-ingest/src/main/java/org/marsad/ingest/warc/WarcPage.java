package org.marsad.ingest.warc;

import java.net.URI;
import java.time.Instant;

/**
 * An HTML page captured in a WARC response record.
 *
 * @param pointer     where the record is
 * @param uri         the captured URL (WARC-Target-URI)
 * @param capturedAt  the capture time (WARC-Date)
 * @param status      the HTTP status of the capture
 * @param contentType the HTTP Content-Type of the capture
 * @param body        the HTTP payload, with chunked/gzip transfer coding undone
 */
public record WarcPage(WarcPointer pointer, URI uri, Instant capturedAt, int status, String contentType,
                       byte[] body) {
}
