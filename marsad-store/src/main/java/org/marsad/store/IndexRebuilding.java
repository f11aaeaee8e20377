package org.marsad.store;

/**
 * Thrown by a search while the index is being rebuilt in the background and no older index of the same store can
 * answer meanwhile (see {@link Archive#openServing}): the caller says so and asks to come back later.
 */
public final class IndexRebuilding extends RuntimeException {
    private final transient Archive.RebuildProgress progress;

    public IndexRebuilding(Archive.RebuildProgress progress) {
        super("the search index is being rebuilt (" + progress.indexed() + " of " + progress.total()
                + " articles): search again in a moment");
        this.progress = progress;
    }

    /** How far the rebuild is. */
    public Archive.RebuildProgress progress() {
        return progress;
    }
}
