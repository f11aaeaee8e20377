package org.marsad.enrich.entities;

import java.util.List;
import org.marsad.model.Article;

/**
 * What entity enrichment decided for one article.
 *
 * @param article  the article with its {@code entities} and {@code auto_tags} set
 * @param mentions every mention with the archive entity it was resolved to, in text order
 */
public record EntityEnrichment(Article article, List<ResolvedMention> mentions) {
    public EntityEnrichment {
        mentions = List.copyOf(mentions);
    }

    /** One mention and its entity. */
    public record ResolvedMention(Mention mention, long entityId) {
    }
}
