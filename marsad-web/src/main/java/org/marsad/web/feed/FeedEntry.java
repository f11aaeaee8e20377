package org.marsad.web.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One item of an outgoing feed.
 *
 * @param id        the entry's permanent id ({@link #idOf}): the same whatever host or scheme the feed was
 *                  fetched through, so a reader never sees an article twice
 * @param title     headline
 * @param link      absolute URL the entry points to: the original article when known, else its Marsad page
 * @param page      absolute URL of the article's Marsad page, given as a related link when it differs from
 *                  {@code link}; or null
 * @param published ISO-8601 date or date-time as stored, or null
 * @param fetched   ISO-8601 instant Marsad collected the article: fetched or read, else first stored (the stable
 *                  date of an undated entry), or null
 * @param source    outlet name, or null
 * @param summary   plain-text summary, or null
 * @param tags      categories
 * @param body      the article's paragraphs when the full text is asked for, else empty
 */
public record FeedEntry(String id, String title, String link, String page, String published, String fetched,
                        String source, String summary, List<String> tags, List<String> body) {
    public FeedEntry {
        tags = tags == null ? List.of() : List.copyOf(tags);
        body = body == null ? List.of() : List.copyOf(body);
    }

    /**
     * The permanent entry id of the article with this store id: a name-based UUID URN (RFC 4122), which depends on
     * nothing but the article.
     */
    public static String idOf(String articleId) {
        return urn("marsad:article:" + articleId);
    }

    /** A permanent id for anything else a feed names (the feed itself), from a stable name. */
    public static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
