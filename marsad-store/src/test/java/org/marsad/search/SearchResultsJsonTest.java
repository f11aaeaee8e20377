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

    @Test
    void theStreamedBytesAreTheTreesBytes() throws Exception {
        // seeded random results: Arabic and escaped characters, missing fields, empty and long highlight lists,
        // facets or none; the API's streamed answer must be byte for byte the tree the CLI prints
        java.util.Random rnd = new java.util.Random(16L);
        String[] words = {"مجلس", "الأمن", "\"قال\"", "a\\b", "سطر\nجديد", "\u0001", "😀", "", "https://x.org/?a=1&b=<2>"};
        for (int round = 0; round < 200; round++) {
            List<SearchHit> hits = new ArrayList<>();
            for (int i = rnd.nextInt(21); i > 0; i--) {
                List<SearchHit.Span> spans = rnd.nextInt(4) == 0 ? null : new ArrayList<>();
                for (int k = spans == null ? 0 : rnd.nextInt(5); k > 0; k--) {
                    int a = rnd.nextInt(300);
                    spans.add(new SearchHit.Span(a, a + 1 + rnd.nextInt(9)));
                }
                SearchHit h = new SearchHit(text(rnd, words), maybe(rnd, words), maybe(rnd, words),
                        maybe(rnd, words), maybe(rnd, words), text(rnd, words), spans,
                        rnd.nextInt(5) == 0 ? 0f : rnd.nextFloat() * 40f);
                hits.add(rnd.nextBoolean() ? h.withEnrichment(maybe(rnd, words), maybe(rnd, words)) : h);
            }
            Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
            for (String f : List.of("source", "tag", "date", "hour")) {
                if (rnd.nextBoolean()) {
                    List<SearchResults.FacetCount> counts = new ArrayList<>();
                    for (int k = rnd.nextInt(4); k > 0; k--) {
                        counts.add(new SearchResults.FacetCount(text(rnd, words), rnd.nextInt(1_000_000)));
                    }
                    facets.put(f, counts);
                }
            }
            SearchResults r = new SearchResults(rnd.nextLong() & Long.MAX_VALUE, hits, facets);
            byte[] tree = org.marsad.model.ArticleJson.mapper().writeValueAsBytes(SearchResultsJson.toNode(r));
            assertThat(new String(SearchResultsJson.toBytes(r), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(tree, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String text(java.util.Random rnd, String[] words) {
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(4); i >= 0; i--) {
            b.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        return b.toString();
    }

    private static String maybe(java.util.Random rnd, String[] words) {
        return rnd.nextInt(3) == 0 ? null : text(rnd, words);
    }
}
