package org.marsad.store;

import org.marsad.model.Article;

/**
 * An article with its place in the store's change order.
 *
 * @param seq the store sequence number of this version (higher is newer)
 * @param hidden whether an editor hid it from readers (it stays stored; the index leaves it out)
 */
public record StoredArticle(Article article, long seq, boolean hidden) {
    /** A visible article. */
    public StoredArticle(Article article, long seq) {
        this(article, seq, false);
    }
}
