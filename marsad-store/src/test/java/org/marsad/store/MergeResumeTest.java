package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.TalksArchive.talks;
import static org.marsad.store.TalksArchive.total;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;

/**
 * The merge into one segment that ends a bulk load, cut short by a stop, is done again in the background by the
 * next process that runs {@link Archive#rebuildStep} (a server does, every round), so that the index does not stay
 * in its many parts until the next rebuild. Made-up articles.
 */
class MergeResumeTest {
    @TempDir
    Path dir;

    @Test
    void aMergeCutShortByAStopIsDoneByTheNextServersBackgroundStep() throws Exception {
        try (Archive a = Archive.open(dir, null, stoppedMerges(dir.resolve(Archive.INDEX_DIR)))) {
            for (int batch = 0; batch < 6; batch++) {
                a.save(talks(batch * 40, 40));
                a.commit(); // a segment per commit, as an ingest's batches leave them
            }
            a.stopCompacting(); // the user stops the ingest as its merge begins
            a.compactAfterLoad(240, 100, () -> { });
        }
        int parts = segments();
        assertThat(parts).isGreaterThan(1);
        assertThat(dir.resolve(Archive.MERGE_MARKER)).exists();

        try (Archive a = Archive.open(dir, null)) {
            assertThat(segments()).as("opening alone does not wait for the merge").isEqualTo(parts);
            assertThat(a.rebuildStep()).isFalse(); // the server's round: no rebuild, the merge left over
            assertThat(segments()).isEqualTo(1);
            assertThat(total(a)).isEqualTo(240);
        }
        assertThat(dir.resolve(Archive.MERGE_MARKER)).doesNotExist();

        // Whole now: the next open has nothing left to merge, and a new load's segments stay as the policy leaves them.
        try (Archive a = Archive.open(dir, null)) {
            a.save(talks(240, 20));
            a.commit();
            assertThat(a.rebuildStep()).isFalse();
            // Two parts, or three when a reader refreshed between the new load's documents (timing): never one.
            assertThat(segments()).as("a new load's parts are left to the merge policy").isGreaterThan(1);
        }
    }

    private int segments() throws Exception {
        return TalksArchive.segments(dir);
    }

    /** The embedded index at {@code path}, whose merges a stop cuts short before they write anything. */
    private static SearchIndex stoppedMerges(Path path) {
        boolean[] stopped = {false};
        return IndexStandIn.over(LuceneIndex.open(path), (method, args) -> {
            if (method.equals("stopCompacting")) {
                stopped[0] = true;
            }
            return method.equals("compact") && stopped[0] ? null : IndexStandIn.PASS;
        });
    }
}
