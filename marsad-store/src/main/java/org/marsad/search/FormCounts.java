package org.marsad.search;

/**
 * The archive's counts that decide which other forms of a word search takes ({@code OtherForms}): in how many
 * articles a stemmed term stands, in the title or the body, each article counted once. Saved searches (watches)
 * take the same forms as search by asking the archive's index for these counts (see
 * {@link SearchIndex#formCounts()}), since the one article they match has none.
 */
public interface FormCounts {
    /** No counts: a word takes no other forms (an index that cannot count). */
    FormCounts NONE = (stem, enough) -> 0;

    /**
     * How many live articles hold {@code stem} (a term of the stemmed fields) in their title or body, each once;
     * counting may stop at {@code enough} (the answer is then {@code enough} or more).
     */
    long articles(String stem, long enough);

    /** At least as many as {@link #articles} could answer, found cheaply when it can be. */
    default long atMost(String stem) {
        return articles(stem, Long.MAX_VALUE);
    }

    /** At most as many as {@link #articles} could answer, found cheaply when it can be. */
    default long atLeast(String stem) {
        return articles(stem, Long.MAX_VALUE);
    }

    /**
     * Runs {@code work} with counts of one view of the archive (one index reader for all its questions, where each
     * call would otherwise find the current one anew).
     */
    default <T> T within(java.util.function.Function<FormCounts, T> work) {
        return work.apply(this);
    }
}
