package org.marsad.ingest.feed;

import java.net.URI;

/**
 * Reads any feed Marsad supports — RSS 0.9x/2.0, RSS 1.0 (RDF), Atom, JSON Feed — from its bytes.
 * The format is told by the content, not the Content-Type, which servers often get wrong.
 */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * @param body        the document's bytes (transfer encoding already undone)
     * @param contentType the HTTP Content-Type, if known (its charset is used when the XML does not declare one)
     * @param base        the feed's URL, for relative links; may be null
     * @throws FeedFormatException when it is not a readable feed; the message is one line for a user
     */
    public static Feed parse(byte[] body, String contentType, URI base) throws FeedFormatException {
        int i = firstSignificant(body);
        if (i < 0) {
            throw new FeedFormatException("empty feed");
        }
        if (body[i] == '{') {
            return JsonFeeds.parse(body, base);
        }
        if (body[i] == '<' || body[i] == 0 || (body[i] & 0xff) >= 0xfe) {
            return XmlFeeds.parse(body, contentType, base);
        }
        throw new FeedFormatException("not a feed: neither XML nor JSON");
    }

    private static int firstSignificant(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            i = 3;
        }
        for (; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return i;
            }
        }
        return -1;
    }
}
