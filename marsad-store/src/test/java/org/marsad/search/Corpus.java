package org.marsad.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.marsad.model.Article;

/** Small articles for search tests, written for them. */
final class Corpus {
    private Corpus() {
    }

    static Article article(String url, String title, String body, String source, String published,
                           List<String> tags) {
        return Article.builder().url(url).title(title).body(List.of(body)).source(source).published(published)
                .tags(tags).language("ar").build();
    }

    static Article article(String url, String title, String body) {
        return article(url, title, body, "مصدر", "2023-12-24", List.of());
    }

    /** {@code n} words drawn from {@code vocabulary}, separated by spaces. */
    static String words(Random rnd, String[] vocabulary, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(vocabulary[rnd.nextInt(vocabulary.length)]);
        }
        return b.toString();
    }

    /** The segments of the index in {@code dir} as last committed. */
    static int segments(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return SegmentInfos.readLatestCommit(d).size();
        }
    }
}
