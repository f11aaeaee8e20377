package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/**
 * kill -9 during ingest: every article the store acknowledged survives intact, and the next open repairs the
 * index so that search agrees with the store.
 */
class CrashSafetyTest {
    private static final int BATCHES_BEFORE_KILL = 6;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNothingCommittedAndTheIndexCatchesUp() throws Exception {
        Process child = KilledChild.start(CrashIngestMain.class, dir.toString());
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (int seen = 0; seen < BATCHES_BEFORE_KILL; seen++) {
                String line = out.readLine();
                assertThat(line).as("the child died before it was killed").isNotNull();
                acknowledged = Integer.parseInt(line.strip());
            }
            // SIGKILL on Unix: no shutdown hooks, no index commit, possibly in the middle of the next batch.
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }

        try (Archive archive = Archive.open(dir, null)) {
            ArticleStore store = archive.store();
            long stored = store.count();
            assertThat(stored).isGreaterThanOrEqualTo(acknowledged);
            // Batches are all-or-nothing: no half batch.
            assertThat(stored % CrashIngestMain.BATCH).isZero();
            for (int i = 0; i < stored; i++) {
                Article expected = CrashIngestMain.article(i);
                Article got = store.get(ArticleIds.of(expected))
                        .orElseThrow(() -> new AssertionError("article " + expected.url() + " is missing"));
                // What was ingested comes back as it was; enrichment (story, duplicate_of, entities) may have been
                // added.
                assertThat(got.withId(null).withEnrichment(null, null).withEntities(List.of(), List.of()))
                        .isEqualTo(expected);
            }
            // The child never reached an index commit (they come every few thousand articles), so opening had to
            // index everything the store holds.
            assertThat(archive.repair().indexed()).isEqualTo(stored);
            assertThat(archive.index().count()).isEqualTo(stored);
            Random random = new Random(99);
            for (int k = 0; k < 20; k++) {
                int i = random.nextInt((int) stored);
                List<SearchHit> hits = archive.search(SearchRequest.of("marker" + i)).hits();
                assertThat(hits).extracting(SearchHit::url).containsExactly("https://crash.example/" + i);
            }
            assertThat(archive.search(SearchRequest.of("المفاوضات")).total()).isEqualTo(stored);
        }
    }

}
