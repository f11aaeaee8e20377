package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.TalksArchive.talks;
import static org.marsad.store.TalksArchive.total;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;
import org.marsad.search.SlowMerges;

/**
 * A served index grown by small commits, merged into one segment when the service is quiet
 * ({@link Archive#compactWhenQuiet}): every article is still found; an article stored while the merge runs is
 * committed and kept, in a part of its own (the merged part is not written a second time for it); a stop during the
 * merge leaves the index in its parts with every article, and no marker that would have the next start merge at once.
 * Made-up articles.
 */
class QuietCompactionTest {
    @TempDir
    Path dir;

    @Test
    void anIndexGrownBySeveralCommitsIsMergedIntoOneAndFindsEveryArticle() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            grow(a);
            int before = a.indexSegments();
            assertThat(before).as("the policy keeps several parts").isGreaterThan(1);
            AtomicInteger told = new AtomicInteger();

            assertThat(a.compactWhenQuiet(1, told::set)).isTrue();

            assertThat(told.get()).isEqualTo(before);
            assertThat(a.indexSegments()).as("what searches read").isEqualTo(1);
            assertThat(total(a)).isEqualTo(240);
            assertThat(a.compactWhenQuiet(1, told::set)).as("one part: nothing to do").isFalse();
        }
        assertThat(TalksArchive.segments(dir)).as("committed").isEqualTo(1);
        assertThat(dir.resolve(Archive.MERGE_MARKER)).doesNotExist();
    }

    @Test
    void fewPartsAreLeftAlone() {
        try (Archive a = Archive.open(dir, null)) {
            grow(a);
            int before = a.indexSegments();
            assertThat(a.compactWhenQuiet(before, n -> { })).isFalse();
            assertThat(a.indexSegments()).isEqualTo(before);
        }
    }

    @Test
    void anArticleStoredDuringTheMergeIsCommittedAndKeptInAPartOfItsOwn() throws Exception {
        SearchIndex index = LuceneIndex.open(dir.resolve(Archive.INDEX_DIR));
        try (Archive a = Archive.open(dir, null, index)) {
            grow(a);
            SlowMerges.throttle(index, 0.001); // a kilobyte a second: still merging when the article comes
            Thread merge = mergeInBackground(a, new AtomicBoolean(), new AtomicReference<>());
            awaitMerging(index, merge);

            a.save(talks(240, 1));
            a.commit();
            assertThat(total(a)).as("found while the merge runs").isEqualTo(241);
            SlowMerges.throttle(index, Double.POSITIVE_INFINITY);
            merge.join(120_000);

            assertThat(merge.isAlive()).isFalse();
            assertThat(total(a)).isEqualTo(241);
            // the merged part and the late article's: the merge did not start over to take it in
            assertThat(a.indexSegments()).isEqualTo(2);
        }
        assertThat(TalksArchive.segments(dir)).isEqualTo(2);
        try (Archive a = Archive.open(dir, null)) {
            assertThat(total(a)).isEqualTo(241);
        }
    }

    @Test
    void aStopDuringTheMergeKeepsEveryArticleInItsPartsAndLeavesNoMarker() throws Exception {
        int before;
        SearchIndex index = LuceneIndex.open(dir.resolve(Archive.INDEX_DIR));
        try (Archive a = Archive.open(dir, null, index)) {
            grow(a);
            before = a.indexSegments();
            SlowMerges.throttle(index, 0.001); // hours for this index, whatever the machine's load
            AtomicBoolean merged = new AtomicBoolean(true);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread merge = mergeInBackground(a, merged, failed);
            awaitMerging(index, merge);

            a.stopCompacting(); // the server stops
            merge.join(120_000); // a bound against a hang only
            assertThat(merge.isAlive()).as("the merge is not waited for").isFalse();
            assertThat(failed.get()).isNull();
            assertThat(merged.get()).as("cut short").isFalse();
            a.save(talks(240, 1)); // stored after, committed by the close
        }
        assertThat(TalksArchive.segments(dir)).as("the merge was dropped").isGreaterThanOrEqualTo(before);
        assertThat(dir.resolve(Archive.MERGE_MARKER)).as("the next start does not merge at once").doesNotExist();
        try (Archive a = Archive.open(dir, null)) {
            assertThat(total(a)).isEqualTo(241);
            // (the merge policy may merge the small parts meanwhile, as always: not the compaction's business)
        }
    }

    /** Six commits of 40 reports: six parts, or fewer when the policy merged some. */
    private static void grow(Archive a) {
        for (int batch = 0; batch < 6; batch++) {
            a.save(talks(batch * 40, 40));
            a.commit();
        }
    }

    private static Thread mergeInBackground(Archive a, AtomicBoolean merged, AtomicReference<Throwable> failed) {
        Thread t = new Thread(() -> {
            try {
                merged.set(a.compactWhenQuiet(1, n -> { }));
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        t.start();
        return t;
    }

    private static void awaitMerging(SearchIndex index, Thread merge) throws InterruptedException {
        while (!SlowMerges.merging(index) && merge.isAlive()) {
            Thread.sleep(5);
        }
        assertThat(SlowMerges.merging(index)).as("the merge started").isTrue();
    }
}
