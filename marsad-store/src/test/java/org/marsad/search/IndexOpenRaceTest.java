package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes opening a fresh data directory at once: the one that loses the index's write lock before the
 * winner's first commit must wait for that commit and open the index for reading, not fail (two `marsad ingest`
 * on a new directory did, on a loaded machine).
 */
class IndexOpenRaceTest {
    @TempDir
    Path dir;

    @Test
    void theLoserOfTheWriteLockWaitsForTheWinnersFirstCommitAndReads() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        Thread winner = new Thread(() -> {
            try (Directory d = FSDirectory.open(dir);
                 IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
                locked.countDown();
                Thread.sleep(500); // holds the lock with no commit yet
                w.commit();
                Thread.sleep(500);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        winner.start();
        locked.await();
        try (LuceneIndex loser = LuceneIndex.open(dir)) {
            assertThat(loser.writable()).isFalse();
            assertThat(loser.count()).isZero();
        }
        winner.join();
    }
}
