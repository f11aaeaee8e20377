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

/** Issue 17: "غز*" returned nothing, silently. A prefix search finds the words that start with its letters. */
class PrefixSearchTest {
    @TempDir
    static Path dir;
    private static Archive archive;

    @BeforeAll
    static void index() {
        archive = Archive.open(dir, null);
        archive.save(Corpus.article("https://example.org/1", "قصف على غزة", "استهدف القصف أحياء في المدينة."), null);
        archive.save(Corpus.article("https://example.org/2", "مساعدات", "وصلت المساعدات إلى المعبر وغزة تعاني نقصاً في الوقود."), null);
        archive.save(Corpus.article("https://example.org/3", "فيضانات في البصرة", "غمرت الفيضانات الشوارع."), null);
        archive.save(Corpus.article("https://example.org/4", "مغزى الزيارة", "تحدث الوزير عن معنى الزيارة."), null);
        archive.save(Corpus.article("https://example.org/5", "Trump meets leaders", "The president met them."), null);
        archive.commit();
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> titles(String query) {
        return archive.search(new SearchRequest(query, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0))
                .hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aPrefixFindsTheWordsThatStartWithIt() {
        assertThat(titles("غز*")).containsExactlyInAnyOrder("قصف على غزة", "مساعدات");
        assertThat(titles("فيض*")).containsExactly("فيضانات في البصرة");
        assertThat(titles("الفيض*")).containsExactly("فيضانات في البصرة");
        assertThat(titles("trum*")).containsExactly("Trump meets leaders");
        assertThat(titles("غز* مساعدات")).containsExactly("مساعدات");
        assertThat(titles("غز* OR فيض*")).hasSize(3);
    }

    /** The words a search marks in each hit's snippet, by title. */
    private static java.util.Map<String, List<String>> marked(String query) {
        java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
        for (SearchHit h : archive.search(new SearchRequest(query, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 10, 0)).hits()) {
            out.put(h.title(), h.highlights().stream().map(s -> h.snippet().substring(s.start(), s.end())).toList());
        }
        return out;
    }

    @Test
    void theSnippetMarksTheWordsThePrefixMatchedAsAWordQueryMarksItsForms() {
        assertThat(marked("غز*")).containsEntry("مساعدات", List.of("وغزة"));
        assertThat(marked("فيض*")).containsEntry("فيضانات في البصرة", List.of("الفيضانات"));
        assertThat(marked("غز* مساعدات")).containsEntry("مساعدات", List.of("المساعدات", "وغزة"));
        // A prefix under NOT marks nothing, as a word under NOT does not.
        assertThat(marked("مساعدات NOT فيض*")).containsEntry("مساعدات", List.of("المساعدات"));
    }

    @Test
    void aOneLetterPrefixOrAStarInsideAWordIsAClearError() {
        assertThatThrownBy(() -> titles("غ*")).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("bad query: a prefix search needs at least 2 letters before '*' (such as غز*): 'غ*'");
        assertThatThrownBy(() -> titles("*")).isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> titles("غ*ز")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("'*' may only end a word");
    }
}
