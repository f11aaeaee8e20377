package org.marsad.enrich.dedup;

import java.util.List;

/**
 * What the near-duplicate stage decided for one article.
 *
 * @param duplicateOf the id of the earliest known original, or null when the article is itself an original
 * @param similarity  estimated Jaccard similarity of the article's text to that original; null for an original
 * @param repointed   articles that were copies of a later original and now point at this (earlier) article
 *                    instead; the store must update them too. Empty in the usual, in-order case.
 */
public record DuplicateVerdict(String duplicateOf, Double similarity, List<Repoint> repointed) {
    public DuplicateVerdict {
        repointed = List.copyOf(repointed);
    }

    /** One stored article whose original changed. */
    public record Repoint(String id, String duplicateOf, double similarity) {
    }

    public static DuplicateVerdict original() {
        return new DuplicateVerdict(null, null, List.of());
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
