package org.marsad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchResults;

/**
 * Search results as JSON, the shape {@code marsad search --json} prints: {@code {total, results: [{id, title,
 * source, published, url, snippet, score}], facets: {name: [{value, count}]}}}, plus each result's
 * {@code highlights} (the snippet's matched ranges) so that API clients can mark matches as the pages do.
 */
final class SearchJson {
    private SearchJson() {
    }

    static ObjectNode toNode(SearchResults r) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("results");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("id", h.id());
            n.put("title", h.title());
            n.put("source", h.source());
            n.put("published", h.published());
            n.put("url", h.url());
            n.put("snippet", h.snippet());
            n.put("score", h.score());
            ArrayNode spans = n.putArray("highlights");
            for (SearchHit.Span s : h.highlights() == null ? List.<SearchHit.Span>of() : h.highlights()) {
                spans.addArray().add(s.start()).add(s.end());
            }
        }
        ObjectNode facets = o.putObject("facets");
        for (Map.Entry<String, List<SearchResults.FacetCount>> e : r.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey());
            for (SearchResults.FacetCount f : e.getValue()) {
                values.addObject().put("value", f.value()).put("count", f.count());
            }
        }
        return o;
    }
}
