package org.marsad.ingest.poll;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.source.PollNotes;

/**
 * What one poll of one source did.
 *
 * @param source      the source's name
 * @param listings    feeds and sitemaps fetched with a body
 * @param notModified feeds and sitemaps answered 304 Not Modified
 * @param found       article URLs listed
 * @param fresh       of those, URLs not dealt with before
 * @param stored      articles stored (new or updated)
 * @param fromFeed    of those, articles made from the feed's own text (page not fetchable or not extractable)
 * @param errors      one line per problem
 * @param success     whether the source's listings could be read (drives health and backoff)
 * @param movedFeeds  feeds that answered with a permanent redirect (301, 308): old address to new
 * @param notes       what the poll worked around (a repaired feed, items that stored nothing), kept with the
 *                    source's health when it succeeded
 * @param indexDown   why the search index refused this poll's articles (its nodes unreachable), which stopped the
 *                    poll early, or null: the index's fault, not the source's, so it leaves {@code success} alone;
 *                    what was stored is counted in {@code stored} and indexed once the index is back
 */
public record PollReport(String source, int listings, int notModified, int found, int fresh, int stored,
                         int fromFeed, List<String> errors, boolean success, Map<URI, URI> movedFeeds,
                         PollNotes notes, String indexDown) {
    public PollReport {
        errors = List.copyOf(errors);
        movedFeeds = Collections.unmodifiableMap(new LinkedHashMap<>(movedFeeds));
        notes = notes == null ? PollNotes.NONE : notes;
    }

    /** A poll the index did not stop. */
    public PollReport(String source, int listings, int notModified, int found, int fresh, int stored,
                      int fromFeed, List<String> errors, boolean success, Map<URI, URI> movedFeeds,
                      PollNotes notes) {
        this(source, listings, notModified, found, fresh, stored, fromFeed, errors, success, movedFeeds, notes,
                null);
    }

    /** A poll that noted nothing. */
    public PollReport(String source, int listings, int notModified, int found, int fresh, int stored,
                      int fromFeed, List<String> errors, boolean success, Map<URI, URI> movedFeeds) {
        this(source, listings, notModified, found, fresh, stored, fromFeed, errors, success, movedFeeds,
                PollNotes.NONE);
    }

    /** A poll during which no feed moved. */
    public PollReport(String source, int listings, int notModified, int found, int fresh, int stored,
                      int fromFeed, List<String> errors, boolean success) {
        this(source, listings, notModified, found, fresh, stored, fromFeed, errors, success, Map.of());
    }

    /** One line for a log. */
    public String summary() {
        return "%s: %s, %d listed, %d new, %d stored (%d from feed text)%s%s".formatted(source,
                success ? "ok" : "FAILED", found, fresh, stored, fromFeed,
                errors.isEmpty() ? "" : ", " + errors.size() + " error(s): " + errors.get(0)
                        + (errors.size() > 1 ? " …" : ""),
                indexDown == null ? "" : "; stopped early: the search index cannot be reached (" + indexDown
                        + "): the rest is fetched at the next poll, what is stored is indexed once the index is back");
    }
}
