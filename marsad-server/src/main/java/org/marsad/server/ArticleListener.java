package org.marsad.server;

import java.util.List;
import org.marsad.store.StoredArticle;

/**
 * The hook for what follows storing in the running server (watches, entities, figures…): told about articles once
 * they are stored, enriched (near-duplicates, story: the {@code duplicate_of} and {@code story} fields are set) and
 * searchable, whichever process stored them.
 *
 * <p>Called on the server's one catch-up thread, in store order (by sequence number), in batches; an article
 * changed again later comes again with its new version. Articles the server indexed while opening (stored while no
 * server ran, or left by a stop in the middle of a catch-up) or rebuilt are not replayed. A listener that throws is logged and skipped for that batch; the
 * server and the other listeners go on. Keep it quick, or hand the work to your own thread: the next batch waits.
 */
@FunctionalInterface
public interface ArticleListener {
    /** Articles that have just become searchable, oldest change first. */
    void onArticles(List<StoredArticle> articles);
}
