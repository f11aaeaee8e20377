package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

/** Issue 19: the largest query the language accepts fits Lucene's clause limit, whatever its shape. */
class QueryBoundsTest {
    @Test
    void theLargestAcceptedQueriesFitTheClauseLimit() {
        List<String> shapes = new ArrayList<>();
        // Adjacent words (each also scored as a proximity phrase), hamza-less words that add a restored stem,
        // words that split into several tokens, phrases, alternatives.
        shapes.add(words("المفاوضات", QueryLanguage.MAX_TERMS, " "));
        shapes.add(words("العاب", QueryLanguage.MAX_TERMS, " "));
        shapes.add(words("كوفيد-19", QueryLanguage.MAX_TERMS, " "));
        shapes.add(words("\"وقف إطلاق النار في غزة\"", QueryLanguage.MAX_TERMS, " "));
        shapes.add(words("العاب", QueryLanguage.MAX_TERMS, " OR "));
        for (String q : shapes) {
            int clauses = LuceneQueries.clauses(LuceneQueries.of(SearchRequest.of(q)));

            assertThat(clauses).as(q.substring(0, 40)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        }
    }

    @Test
    void aWordThatAnalyzesIntoThousandsOfTokensIsRefusedBeforeSearching() {
        String q = String.join("-", java.util.Collections.nCopies(3_000, "غزة"));
        assertThatThrownBy(() -> LuceneQueries.of(SearchRequest.of(q))).isInstanceOf(QuerySyntaxException.class)
                .hasMessageStartingWith("bad query: too large");
    }

    private static String words(String w, int n, String sep) {
        return String.join(sep, java.util.Collections.nCopies(n, w));
    }
}
