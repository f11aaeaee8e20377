package org.marsad.bench.e2e;

import java.util.List;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * Saves batches through an archive as {@code marsad ingest} does ({@code FileIngest.into}): each batch is staged
 * ({@link Archive#stage}: cleaning, figures and entity tagging start on the enrichment workers), then the batch
 * before it is saved, so that on a second core the pure work of one batch runs while the saving thread stores and
 * indexes the other. Call {@link #finish} at the end.
 */
final class StagedSaves {
    private final Archive archive;
    private Archive.Staged pending;

    StagedSaves(Archive archive) {
        this.archive = archive;
    }

    /** Stages {@code batch} and saves the one staged before it. */
    void save(List<ArticleStore.Incoming> batch) {
        Archive.Staged next = archive.stage(batch);
        Archive.Staged previous = pending;
        pending = next;
        if (previous != null) {
            archive.save(previous);
        }
    }

    /** Saves the last staged batch. */
    void finish() {
        if (pending != null) {
            Archive.Staged last = pending;
            pending = null;
            archive.save(last);
        }
    }
}
