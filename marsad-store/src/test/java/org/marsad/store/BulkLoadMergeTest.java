package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchRequest;

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

    private static List<ArticleStore.Incoming> talks(int from, int n) {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/talks/" + i)
                    .title("جولة مفاوضات رقم " + i).published("2024-03-" + String.format("%02d", 1 + i % 28))
                    .body(List.of("استؤنفت المفاوضات في القاهرة، الجولة " + i + ".")).build(), null));
        }
        return batch;
    }

    private static long total(Archive a) {
        return a.search(new SearchRequest("المفاوضات", null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0))
                .total();
    }

    private int segments() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve(Archive.INDEX_DIR))) {
            return SegmentInfos.readLatestCommit(d).size();
        }
    }
}
