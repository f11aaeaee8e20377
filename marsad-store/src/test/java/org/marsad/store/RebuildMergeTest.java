package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.IndexException;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;

/**
 * The merge that ends a rebuild (one segment: {@link SearchIndex#compact}) takes minutes and up to twice the index's
 * disk space at a million articles. The rebuilt index is committed before it, so that a merge cut short — a full
 * disk, a stop — costs the merge and not the rebuild.
 */
class RebuildMergeTest {
    private static final int ARTICLES = 40;

    @TempDir
    Path dir;

    @Test
    void aMergeThatFailsAfterARebuildOnOpenLeavesTheRebuiltIndexCommitted() {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/talks/" + i)
                    .title("جولة مفاوضات رقم " + i).published("2024-03-" + String.format("%02d", 1 + i % 28))
                    .body(List.of("استؤنفت المفاوضات في القاهرة، الجولة " + i + ".")).build(), null));
        }
        try (Archive a = Archive.open(dir, null)) {
            a.save(batch);
        }
        // The index is labelled as another store's (a directory restored beside another index): the next command
        // rebuilds it on open, and the rebuild's merge fails as on a full disk.
        try (LuceneIndex index = LuceneIndex.open(dir.resolve(Archive.INDEX_DIR))) {
            index.commit("another store", index.state().storeSeq());
        }
        assertThatThrownBy(() -> Archive.open(dir, null, mergeFailing(dir.resolve(Archive.INDEX_DIR))).close())
                .isInstanceOf(IndexException.class).hasMessageContaining("No space left on device");

        // The command after it finds the rebuilt index whole: it neither rebuilds it again (hours at a million
        // articles, and the same merge failing at its end) nor misses an article.
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).as("rebuilt again on the next open").isFalse();
            assertThat(a.search(new SearchRequest("المفاوضات", null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 10, 0)).total()).isEqualTo(ARTICLES);
        }
    }

    /** The embedded index at {@code path}, whose merge into one segment fails as a full disk makes it. */
    private static SearchIndex mergeFailing(Path path) {
        return IndexStandIn.over(LuceneIndex.open(path), (method, args) -> {
            if (method.equals("compact")) {
                throw new IndexException("cannot merge the index: No space left on device", null);
            }
            return IndexStandIn.PASS;
        });
    }
}
