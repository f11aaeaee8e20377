package org.marsad.enrich.dedup;

/**
 * When two texts count as copies of each other.
 *
 * @param jaccard        estimated Jaccard similarity of shingle sets at or above which two texts are copies
 * @param containment    share of the shorter text's shingles found in the longer one at or above which the
 *                       shorter is a copy (an excerpt, or a copy with an added paragraph) ...
 * @param lengthRatio    ... provided the shorter has at least this fraction of the longer's shingles, so that a
 *                       long report quoting a short cable is not called its copy
 * @param minShingles    texts shorter than this many shingles are copies only when (nearly) identical
 * @param bands          LSH bands; {@code bands * rows} must equal the MinHash signature size
 * @param rows           signature positions per band
 * @param maxChain       at most this many most recent articles are looked at per LSH bucket, which bounds the
 *                       cost of adding the thousandth copy of a wire story
 */
public record DedupRules(double jaccard, double containment, double lengthRatio, int minShingles, int bands,
                         int rows, int maxChain) {
    public static final DedupRules DEFAULT = new DedupRules(0.5, 0.8, 0.3, 8, 20, 3, 64);

    public DedupRules {
        if (bands <= 0 || rows <= 0) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
    }
}
