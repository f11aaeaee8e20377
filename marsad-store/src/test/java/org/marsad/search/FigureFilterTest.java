package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Archive;

/**
 * {@code figure:killed>100}: articles are found by the figures they report (extracted at ingest, indexed as numbers
 * per category), with the figure's own "more than" / "less than" and ranges taken into account.
 */
class FigureFilterTest {
    @TempDir
    static Path dir;
    private static Archive archive;

    @BeforeAll
    static void index() {
        archive = Archive.open(dir, null);
        save("k150", "ارتفعت حصيلة الشهداء في غزة إلى 150 شهيدا بحسب وزارة الصحة");
        save("k100", "استشهد 100 فلسطيني في القصف على المخيم");
        save("kmore100", "استشهد أكثر من 100 فلسطيني في القصف على المدينة");
        save("k20", "قتل 20 شخصا في هجوم على السوق");
        save("kvague", "قتل عشرات الأشخاص في هجوم على القرية");
        save("d100", "اعتقلت القوات 100 شخص في الضفة الغربية");
        save("disp", "نزح بين 30 و40 ألف شخص من الشمال");
        save("none", "اجتمع الوزراء في 2024 لبحث القرار رقم 2722");
        archive.commit();
    }

    private static void save(String name, String body) {
        archive.save(Corpus.article("https://example.org/" + name, "خبر", body), null);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> found(String query) {
        return archive.search(SearchRequest.of(query)).hits().stream()
                .map(h -> h.url().substring("https://example.org/".length())).sorted().toList();
    }

    @Test
    void aBoundFindsTheArticlesWhoseFigureOfThatCategoryMeetsIt() {
        assertThat(found("figure:killed>100")).containsExactly("k150", "kmore100");
        assertThat(found("figure:killed>=100")).containsExactly("k100", "k150", "kmore100");
        assertThat(found("figure:killed<100")).containsExactly("k20");
        assertThat(found("figure:killed<=100")).containsExactly("k100", "k20");
        assertThat(found("figure:killed=150")).containsExactly("k150");
        assertThat(found("figure:killed>1000")).isEmpty();
    }

    @Test
    void anotherCategoryWithTheSameNumberIsNotMatched() {
        assertThat(found("figure:detained>=100")).containsExactly("d100");
        assertThat(found("figure:injured>0")).isEmpty();
    }

    @Test
    void aRangeMeetsABoundEitherEndMeets() {
        assertThat(found("figure:displaced>35000")).containsExactly("disp");
        assertThat(found("figure:displaced<35000")).containsExactly("disp");
        assertThat(found("figure:displaced>40000")).isEmpty();
    }

    @Test
    void itCombinesWithWordsOrAndNegation() {
        assertThat(found("القصف figure:killed>=100")).containsExactly("k100", "kmore100");
        assertThat(found("figure:killed>100 OR figure:detained>50")).containsExactly("d100", "k150", "kmore100");
        assertThat(found("هجوم -figure:killed>10")).containsExactly("kvague");
        assertThat(found("figure:killed>=100 from:2000-01-01")).hasSize(3);
    }

    @Test
    void aReindexKeepsTheFigures() {
        archive.reindex();
        assertThat(found("figure:killed>100")).containsExactly("k150", "kmore100");
    }

    @Test
    void badBoundsAreOneLineErrors() {
        assertThatThrownBy(() -> found("figure:dead>100")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("unknown figure category 'dead'").hasMessageContaining("killed injured");
        assertThatThrownBy(() -> found("figure:killed")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("figure:killed>100");
        assertThatThrownBy(() -> found("figure:killed>many")).isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> found("figure:")).isInstanceOf(QuerySyntaxException.class);
    }
}
