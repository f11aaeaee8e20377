package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Archive;

/** Exact forms and phrases rank above stemmed and scattered matches. */
class RankingTest {
    @TempDir
    static Path dir;
    private static Archive archive;

    @BeforeAll
    static void index() {
        archive = Archive.open(dir, null);
        // Same length and shape, so only the matched form differs.
        archive.save(Corpus.article("https://example.org/exact", "تقرير أول",
                "استؤنفت المفاوضات بين الطرفين صباح اليوم في العاصمة"), null);
        archive.save(Corpus.article("https://example.org/clitic", "تقرير ثان",
                "استؤنفت بالمفاوضات بين الطرفين صباح اليوم في العاصمة"), null);
        archive.save(Corpus.article("https://example.org/phrase", "تقرير ثالث",
                "أعلن الطرفان وقف إطلاق النار في المدينة بعد يوم طويل"), null);
        archive.save(Corpus.article("https://example.org/scattered", "تقرير رابع",
                "أعلن وقف العمل بعد إطلاق سراح رهائن واشتعال النار في المدينة"), null);
        archive.commit();
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> urls(String query) {
        return archive.search(SearchRequest.of(query)).hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void theExactFormRanksFirst() {
        assertThat(urls("المفاوضات")).containsExactly("https://example.org/exact", "https://example.org/clitic");
        assertThat(urls("بالمفاوضات")).containsExactly("https://example.org/clitic", "https://example.org/exact");
    }

    @Test
    void wordsStandingTogetherRankFirst() {
        assertThat(urls("وقف إطلاق النار")).containsExactly("https://example.org/phrase",
                "https://example.org/scattered");
        assertThat(urls("\"وقف إطلاق النار\"")).containsExactly("https://example.org/phrase");
    }
}
