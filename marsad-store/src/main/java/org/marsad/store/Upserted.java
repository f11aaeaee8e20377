package org.marsad.store;

/**
 * The outcome of storing one article.
 *
 * @param id     the stored article's id (an existing article's id when the incoming one matched it)
 * @param change what happened
 * @param seq    the store sequence number of this version of the article (unchanged articles keep theirs)
 * @param stored the article as stored (its id set, its URL canonical)
 */
public record Upserted(String id, Change change, long seq, org.marsad.model.Article stored) {

    /** What storing an article did. */
    public enum Change {
        /** Not seen before: added. */
        NEW,
        /** The same article (same URL, or same normalized text) with different content: replaced. */
        UPDATED,
        /** Already stored exactly so: nothing written. */
        UNCHANGED
    }
}
