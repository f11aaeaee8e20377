package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchResultsJsonTest {
    @Test
    void resultsCarryTheirFieldsHighlightsAndFacets() {
        SearchHit hit = new SearchHit("a1", "مجلس الأمن يجتمع", "الجزيرة", "2024-03-01", "https://example.org/a1",
                "اجتمع مجلس الأمن اليوم", List.of(new SearchHit.Span(6, 10), new SearchHit.Span(11, 16)), 1.5f)
                .withEnrichment("s9", "a0");
        SearchHit bare = new SearchHit("a2", null, null, null, null, "", null, 0.5f);
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        facets.put("source", List.of(new SearchResults.FacetCount("الجزيرة", 7)));
        facets.put("month", List.of(new SearchResults.FacetCount("2024-03", 7)));

        JsonNode root = SearchResultsJson.toNode(new SearchResults(7, List.of(hit, bare), facets));

        assertThat(root.get("total").asLong()).isEqualTo(7);
        JsonNode first = root.get("results").get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "source", "published", "url", "story", "duplicate_of",
                "snippet", "score", "highlights");
        assertThat(first.get("story").asText()).isEqualTo("s9");
        assertThat(first.get("duplicate_of").asText()).isEqualTo("a0");
        String snippet = first.get("snippet").asText();
        JsonNode span = first.get("highlights").get(1);
        assertThat(snippet.substring(span.get(0).asInt(), span.get(1).asInt())).isEqualTo("الأمن");
        JsonNode second = root.get("results").get(1);
        assertThat(second.get("title").isNull()).isTrue();
        assertThat(second.get("highlights")).isEmpty();
        assertThat(second.get("story").isNull()).isTrue();
        assertThat(second.get("duplicate_of").isNull()).isTrue();
        assertThat(root.get("facets").fieldNames()).toIterable().containsExactly("source", "month");
        assertThat(root.at("/facets/source/0/count").asLong()).isEqualTo(7);
    }
}
