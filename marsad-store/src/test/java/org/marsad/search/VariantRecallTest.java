package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.store.Archive;

/** A query in one inflected form finds the article written with another, and only the right words. */
class VariantRecallTest {
    private static final String[][] PAIRS = {
            {"المفاوضات", "مفاوضات"}, {"المفاوضات", "بالمفاوضات"}, {"المفاوضات", "والمفاوضات"},
            {"ألعاب", "الألعاب"}, {"إيران", "لإيران"}, {"إيران", "وإيران"}, {"آلاف", "الآلاف"},
            {"لبنان", "للبنان"}, {"ألمانيا", "بألمانيا"}, {"إلغاء", "الإلغاء"}
    };

    @TempDir
    static Path dir;
    private static Archive archive;

    @BeforeAll
    static void index() {
        archive = Archive.open(dir, null);
        Set<String> forms = new LinkedHashSet<>();
        for (String[] p : PAIRS) {
            forms.add(p[0]);
            forms.add(p[1]);
        }
        forms.add("اللبن");
        int i = 0;
        for (String form : forms) {
            archive.save(doc(form, i++), null);
        }
        archive.commit();
    }

    private static Article doc(String form, int i) {
        return Corpus.article("https://example.org/" + i, "خبر رقم " + i,
                "قال مسؤولون إن " + form + " كانت محور الحديث في اجتماع اليوم.");
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> titlesFor(String query) {
        SearchRequest r = new SearchRequest(query, null, null, null, null, SearchRequest.Sort.RELEVANCE, 100, 0);
        List<String> bodies = new ArrayList<>();
        for (SearchHit h : archive.search(r).hits()) {
            bodies.add(h.snippet());
        }
        return bodies;
    }

    @ParameterizedTest
    @CsvSource({
            "المفاوضات, مفاوضات", "المفاوضات, بالمفاوضات", "المفاوضات, والمفاوضات", "ألعاب, الألعاب",
            "إيران, لإيران", "إيران, وإيران", "آلاف, الآلاف", "لبنان, للبنان", "ألمانيا, بألمانيا",
            "إلغاء, الإلغاء"
    })
    void eachFormFindsTheOther(String a, String b) {
        assertThat(titlesFor(b)).anyMatch(s -> s.contains(" " + a + " "));
        assertThat(titlesFor(a)).anyMatch(s -> s.contains(" " + b + " "));
    }

    @Test
    void lebanonDoesNotFindYoghurt() {
        assertThat(titlesFor("لبنان")).noneMatch(s -> s.contains("اللبن "));
        assertThat(titlesFor("اللبن")).noneMatch(s -> s.contains("لبنان"));
    }

    @Test
    void aQueryWithoutTheHamzaStillFindsHamzaWords() {
        assertThat(titlesFor("العاب")).anyMatch(s -> s.contains(" الألعاب ")).anyMatch(s -> s.contains(" ألعاب "));
        assertThat(titlesFor("الاف")).anyMatch(s -> s.contains(" الآلاف ")).anyMatch(s -> s.contains(" آلاف "));
    }
}
