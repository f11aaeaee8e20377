package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;

/**
 * A bulk ingest (batches staged ahead, as {@code marsad ingest} saves them) does not wait for the index commit due
 * every few thousand articles: the commit runs on its own thread while the next batches are saved, and the archive
 * closes with everything committed. Made-up articles.
 */
class CommitBesideTest {
    private static final int BATCH = 20;

    @TempDir
    Path dir;

    private static ArticleStore.Incoming article(int i) {
        return new ArticleStore.Incoming(Article.builder().url("https://example.org/beside/" + i)
                .title("اجتماع رقم " + i + " في القاهرة").language("ar").source("الجزيرة")
                .body(List.of("قال الوزير إن الاجتماع رقم " + i + " ناقش خطة النقل الجديدة marker" + i + "."))
                .published("2024-03-0" + (1 + i % 9)).build(), null);
    }

    private static List<ArticleStore.Incoming> batch(int b) {
        List<ArticleStore.Incoming> out = new ArrayList<>();
        for (int i = b * BATCH; i < (b + 1) * BATCH; i++) {
            out.add(article(i));
        }
        return out;
    }

    @Test
    void theNextBatchesAreSavedWhileTheIndexCommits() throws Exception {
        Path indexDir = dir.resolve(Archive.INDEX_DIR);
        HeldCommits index = new HeldCommits(LuceneIndex.open(indexDir));
        int batches = 8;
        try (Archive archive = Archive.open(dir, null, index)) {
            archive.enrichmentWorkers(1);
            archive.commitEvery(2 * BATCH);
            index.holdNext();
            // as FileIngest does: stage a batch, then save the one before it
            Archive.Staged before = archive.stage(batch(0));
            for (int b = 1; b < batches; b++) {
                Archive.Staged next = archive.stage(batch(b));
                archive.save(before);
                if (index.commitStarted.getCount() == 0) {
                    // The held commit is under way: this thread goes on saving (it would wait here if it committed).
                    index.savedMeanwhile.countDown();
                }
                before = next;
            }
            archive.save(before);
            assertThat(index.savedWhileHeld).as("a batch saved while the commit ran").isTrue();
            assertThat(index.heldOn).isNotEqualTo(Thread.currentThread());
        }
        // Closing waited for the commit beside and committed the rest: the next open has nothing to catch up.
        try (Archive again = Archive.open(dir, null)) {
            assertThat(again.repair().indexed()).isZero();
            assertThat(again.index().count()).isEqualTo(batches * BATCH);
            assertThat(again.index().state().storeSeq()).isEqualTo(again.store().lastSeq());
            for (int i = 0; i < batches * BATCH; i += 37) {
                assertThat(again.search(SearchRequest.of("marker" + i)).total()).isEqualTo(1);
            }
        }
    }

    /** The archive's index, whose next commit waits until a batch has been saved meanwhile (5 seconds at most). */
    private static final class HeldCommits extends ForwardingIndex {
        final CountDownLatch commitStarted = new CountDownLatch(1);
        final CountDownLatch savedMeanwhile = new CountDownLatch(1);
        private volatile boolean hold;
        volatile boolean savedWhileHeld;
        volatile Thread heldOn;

        HeldCommits(SearchIndex to) {
            super(to);
        }

        void holdNext() {
            hold = true;
        }

        @Override
        public void commit(String storeId, long storeSeq) {
            if (hold) {
                hold = false;
                heldOn = Thread.currentThread();
                commitStarted.countDown();
                try {
                    savedWhileHeld = savedMeanwhile.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            to.commit(storeId, storeSeq);
        }

        // The archive asks these of its index; the wrapper answers as the index it holds.
        @Override
        public int analysisVersion() {
            return to.analysisVersion();
        }

        @Override
        public long readerVersion() {
            return to.readerVersion();
        }

        @Override
        public boolean concurrentWrites() {
            return to.concurrentWrites();
        }
    }
}
