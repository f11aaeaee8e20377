package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.bench.data.Corpus;
import org.marsad.model.Article;

/** The mark the ingest part uses to measure the second half of Lucene's indexing apart from the first. */
class LuceneBaselineTest {
    @TempDir
    Path tmp;

    @Test
    void theMarkRunsOnceBeforeTheMarkedArticleAndEveryArticleIsIndexed() throws IOException {
        List<Article> in = Corpus.synthesize(Corpus.bundled().articles(), 10, 5L);
        try (LuceneBaseline lucene = new LuceneBaseline(tmp.resolve("idx"))) {
            List<Long> calls = new ArrayList<>();
            lucene.index(in, 4, () -> calls.add(1L));
            assertThat(calls).hasSize(1);
            // Every article is findable by its own headline words afterwards, the marked one included.
            // (the baseline stores an article without an id under its position)
            assertThat(lucene.search(in.get(4).title(), 10)).contains(in.get(4).id() != null ? in.get(4).id() : "4");
        }
    }

    @Test
    void aMarkOutsideTheListNeverRuns() throws IOException {
        List<Article> in = Corpus.synthesize(Corpus.bundled().articles(), 3, 6L);
        try (LuceneBaseline lucene = new LuceneBaseline(tmp.resolve("idx"))) {
            List<Long> calls = new ArrayList<>();
            lucene.index(in, -1, () -> calls.add(1L));
            lucene.index(in, 3, () -> calls.add(1L));
            assertThat(calls).isEmpty();
        }
    }
}
