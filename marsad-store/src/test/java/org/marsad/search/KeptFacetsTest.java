package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * A search's facet counts are kept while the index's reader serves: the same words and filters asked again, at
 * another page or in another order, are not counted again and get the same counts; an article added and committed
 * shows in the next counts.
 */
class KeptFacetsTest {
    @TempDir
    Path dir;

    private static Article article(String id, String source, String published, String word) {
        return Article.builder().id(id).url("https://example.org/" + id).title("خبر " + id).published(published)
                .source(source).language("ar").body(List.of("نص الخبر عن " + word)).build();
    }

    @Test
    void theSameSearchAtAnotherPageOrOrderTakesTheKeptCountsUntilTheNextCommit() {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            Random rnd = new Random(20261207L);
            LocalDate first = LocalDate.of(2024, 5, 1);
            String[] words = {"الأمطار", "الفيضانات", "الانتخابات"};
            for (int i = 0; i < 120; i++) {
                index.put(article("a" + i, "مصدر " + rnd.nextInt(5), first.plusDays(rnd.nextInt(30)).toString(),
                        words[rnd.nextInt(words.length)]));
            }
            index.refresh();
            SearchRequest rains = new SearchRequest("الأمطار", null, null, null, null, SearchRequest.Sort.RELEVANCE,
                    20, 0);
            SearchResults once = index.search(rains, FacetSet.ALL);
            assertThat(index.keptFacetSearches()).isEqualTo(1);
            for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                SearchRequest again = new SearchRequest("الأمطار", null, null, null, null, sort, 10, 10);
                SearchResults r = index.search(again, FacetSet.ALL);
                assertThat(r.facets()).as(sort.name()).isEqualTo(once.facets());
                assertThat(r.total()).isEqualTo(once.total());
            }
            assertThat(index.keptFacetSearches()).as("counted once for every page and order").isEqualTo(1);
            // another facet set, another filter: counted apart
            index.search(rains, FacetSet.of("source"));
            index.search(new SearchRequest("الأمطار", "مصدر 1", null, null, null, SearchRequest.Sort.DATE, 20, 0),
                    FacetSet.ALL);
            assertThat(index.keptFacetSearches()).isEqualTo(3);

            index.put(article("new", "مصدر جديد", "2024-07-01", "الأمطار"));
            index.refresh();
            SearchResults after = index.search(rains, FacetSet.ALL);
            assertThat(after.total()).isEqualTo(once.total() + 1);
            assertThat(after.facets().get("source")).contains(new SearchResults.FacetCount("مصدر جديد", 1));
            assertThat(after.facets().get("date")).contains(new SearchResults.FacetCount("2024-07-01", 1));
            assertThat(index.keptFacetSearches()).as("the new reader's").isEqualTo(1);
        }
    }

    @Test
    void pastTheBoundTheKeeperStartsAgainAndASearchAloneOverItIsNotKept() {
        KeptFacets k = new KeptFacets(null, 10);
        Map<String, List<SearchResults.FacetCount>> four = Map.of("date", List.of(
                new SearchResults.FacetCount("2024-05-01", 1), new SearchResults.FacetCount("2024-05-02", 2),
                new SearchResults.FacetCount("2024-05-03", 3), new SearchResults.FacetCount("2024-05-04", 4)));
        for (int i = 0; i < 2; i++) {
            k.keep(new TermQuery(new Term("body", "w" + i)), FacetSet.ALL, new KeptFacets.Counted(10, four));
        }
        assertThat(k.size()).isEqualTo(2);
        k.keep(new TermQuery(new Term("body", "w2")), FacetSet.ALL, new KeptFacets.Counted(10, four));
        assertThat(k.size()).as("12 values past 10: started again").isEqualTo(1);
        assertThat(k.get(new TermQuery(new Term("body", "w2")), FacetSet.ALL).total()).isEqualTo(10);
        assertThat(k.get(new TermQuery(new Term("body", "w0")), FacetSet.ALL)).isNull();
        Map<String, List<SearchResults.FacetCount>> many = Map.of("date", java.util.Collections.nCopies(11,
                new SearchResults.FacetCount("2024-05-01", 1)));
        k.keep(new TermQuery(new Term("body", "w3")), FacetSet.ALL, new KeptFacets.Counted(11, many));
        assertThat(k.get(new TermQuery(new Term("body", "w3")), FacetSet.ALL)).isNull();
        assertThat(k.size()).isEqualTo(1);
    }
}
