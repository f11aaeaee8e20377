package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * An index opened read-only (a search on a data directory this process cannot write, beside the server that writes
 * it) keeps its reader from search to search while no commit is made, and sees the writer's next commit.
 */
class ReadOnlyReaderTest {
    @TempDir
    Path dir;

    private static Article article(String id, String body) {
        return Article.builder().id(id).url("https://example.org/" + id).title("خبر " + id).body(List.of(body))
                .source("مصدر").published("2024-05-12").language("ar").build();
    }

    @Test
    void aReadOnlyIndexReadsTheCommitAgainOnlyWhenAnotherWasMade() {
        try (LuceneIndex writer = LuceneIndex.open(dir)) {
            writer.put(article("a1", "استؤنفت المفاوضات في القاهرة."));
            writer.commit("store", 1);
            try (LuceneIndex reader = LuceneIndex.openReadOnly(dir)) {
                for (int i = 0; i < 10; i++) {
                    assertThat(reader.search(SearchRequest.of("المفاوضات"), FacetSet.NONE).total()).isEqualTo(1);
                }
                // Before: the commit and every segment's info were read before each of the ten searches.
                assertThat(reader.commitReads()).isEqualTo(1);

                writer.put(article("a2", "تواصلت المفاوضات في الدوحة."));
                // Not committed: a reader of another process cannot see it, and need not look.
                assertThat(reader.search(SearchRequest.of("المفاوضات"), FacetSet.NONE).total()).isEqualTo(1);
                writer.commit("store", 2);
                assertThat(reader.search(SearchRequest.of("المفاوضات"), FacetSet.NONE).total()).isEqualTo(2);
                assertThat(reader.search(SearchRequest.of("الدوحة"), FacetSet.NONE).total()).isEqualTo(1);
                assertThat(reader.commitReads()).isEqualTo(2);
            }
        }
    }
}
