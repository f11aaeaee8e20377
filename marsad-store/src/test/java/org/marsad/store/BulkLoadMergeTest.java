package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.TalksArchive.talks;
import static org.marsad.store.TalksArchive.total;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest that is most of the archive (a first load) ends with the index in one segment, searched as before; a
 * small ingest into a larger archive is left to the merge policy.
 */
class BulkLoadMergeTest {
    @TempDir
    Path dir;

    @Test
    void aLoadThatIsMostOfTheIndexIsMergedIntoOneSegmentAndASmallOneIsNot() throws Exception {
        AtomicInteger notices = new AtomicInteger();
        try (Archive a = Archive.open(dir, null)) {
            for (int batch = 0; batch < 8; batch++) {
                a.save(talks(batch * 50, 50));
                a.commit(); // a segment per commit, as an ingest's batches leave them
            }
            assertThat(segments()).isGreaterThan(1);
            long before = total(a);

            assertThat(a.compactAfterLoad(400, 100, notices::incrementAndGet)).isTrue();
            assertThat(notices).hasValue(1);
            assertThat(segments()).isEqualTo(1);
            assertThat(total(a)).isEqualTo(before).isEqualTo(400);

            a.save(talks(400, 20));
            a.commit();
            int parts = segments();
            // Fewer than asked for; then enough, but under a quarter of the 420 indexed articles.
            assertThat(a.compactAfterLoad(20, 100, notices::incrementAndGet)).isFalse();
            assertThat(a.compactAfterLoad(100, 100, notices::incrementAndGet)).isFalse();
            assertThat(notices).hasValue(1);
            assertThat(segments()).isEqualTo(parts).isGreaterThan(1);
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).isFalse();
            assertThat(total(a)).isEqualTo(420);
        }
    }

    private int segments() throws Exception {
        return TalksArchive.segments(dir);
    }
}
