package org.marsad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.marsad.model.Article;
import org.marsad.search.SearchRequest;

/** Made-up negotiation reports for the tests that watch the index's segments merge, and what they read back. */
final class TalksArchive {
    private TalksArchive() {
    }

    /** Reports {@code from} to {@code from + n - 1}, each on its own URL, every one naming «المفاوضات». */
    static List<ArticleStore.Incoming> talks(int from, int n) {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/talks/" + i)
                    .title("جولة مفاوضات رقم " + i).published("2024-03-" + String.format("%02d", 1 + i % 28))
                    .body(List.of("استؤنفت المفاوضات في القاهرة، الجولة " + i + ".")).build(), null));
        }
        return batch;
    }

    /** How many reports a search finds: each stored report once, whatever parts the index is in. */
    static long total(Archive a) {
        return a.search(new SearchRequest("المفاوضات", null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0))
                .total();
    }

    /** The segments of the last commit of the data directory's index. */
    static int segments(Path dataDir) throws Exception {
        try (FSDirectory d = FSDirectory.open(dataDir.resolve(Archive.INDEX_DIR))) {
            return SegmentInfos.readLatestCommit(d).size();
        }
    }
}
