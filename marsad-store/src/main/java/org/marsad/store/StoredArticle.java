package org.marsad.store;

import org.marsad.model.Article;

/**
 * An article with its place in the store's change order.
 *
 * @param seq the store sequence number of this version (higher is newer)
 */
public record StoredArticle(Article article, long seq) {
}
