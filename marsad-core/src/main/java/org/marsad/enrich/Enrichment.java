package org.marsad.enrich;

import java.util.List;
import org.marsad.enrich.dedup.DuplicateVerdict;

/**
 * What enrichment decided for one article; the store persists these three values per article.
 *
 * @param id          the article
 * @param duplicateOf its earliest known original, or null when it is an original
 * @param similarity  estimated similarity to that original (0..1), or null for an original
 * @param story       the story it belongs to (a lone article is a story of its own, with the article's id)
 * @param repointed   other stored articles whose {@code duplicate_of} now points at this article (rare: only
 *                    when an article older than a known original arrives late)
 */
public record Enrichment(String id, String duplicateOf, Double similarity, String story,
                         List<DuplicateVerdict.Repoint> repointed) {
    public Enrichment {
        repointed = List.copyOf(repointed);
    }
}
