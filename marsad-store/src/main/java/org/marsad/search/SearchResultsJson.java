package org.marsad.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.marsad.model.ArticleJson;

/**
 * Search results as JSON, one shape for {@code marsad search --json} and the web API's {@code /api/articles}:
 * <pre>{@code
 * {"total": n,
 *  "results": [{"id", "title", "source", "published", "url", "story", "duplicate_of", "snippet", "score",
 *               "highlights": [[start, end], ...]}],
 *  "facets": {"source"|"tag"|"month"|"person"|"place"|"org"|"date"|"hour": [{"value", "count"}]}}
 * }</pre>
 * {@code highlights} are the snippet's matched ranges as [start, end) character offsets, so that a client can mark
 * the matches as the web pages do. {@code story} and {@code duplicate_of} are the store's decisions (null when the
 * article has none yet), so that a client can group results by story and fold copies under their original.
 */
public final class SearchResultsJson {
    private SearchResultsJson() {
    }

    public static ObjectNode toNode(SearchResults results) {
        ObjectNode root = ArticleJson.mapper().createObjectNode();
        root.put("total", results.total());
        ArrayNode hits = root.putArray("results");
        for (SearchHit h : results.hits()) {
            ObjectNode o = hits.addObject();
            o.put("id", h.id());
            o.put("title", h.title());
            o.put("source", h.source());
            o.put("published", h.published());
            o.put("url", h.url());
            o.put("story", h.story());
            o.put("duplicate_of", h.duplicateOf());
            o.put("snippet", h.snippet());
            o.put("score", h.score());
            ArrayNode spans = o.putArray("highlights");
            for (SearchHit.Span s : h.highlights() == null ? List.<SearchHit.Span>of() : h.highlights()) {
                spans.addArray().add(s.start()).add(s.end());
            }
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, List<SearchResults.FacetCount>> e : results.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey());
            for (SearchResults.FacetCount c : e.getValue()) {
                values.addObject().put("value", c.value()).put("count", c.count());
            }
        }
        return root;
    }

    /**
     * The same document as {@link #toNode}, written as UTF-8 bytes straight from the results: the web API answers
     * every search with it, and building the tree first was most of its serialization cost.
     */
    public static byte[] toBytes(SearchResults results) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(4096);
             JsonGenerator g = ArticleJson.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("total", results.total());
            g.writeArrayFieldStart("results");
            for (SearchHit h : results.hits()) {
                g.writeStartObject();
                g.writeStringField("id", h.id());
                g.writeStringField("title", h.title());
                g.writeStringField("source", h.source());
                g.writeStringField("published", h.published());
                g.writeStringField("url", h.url());
                g.writeStringField("story", h.story());
                g.writeStringField("duplicate_of", h.duplicateOf());
                g.writeStringField("snippet", h.snippet());
                g.writeNumberField("score", h.score());
                g.writeArrayFieldStart("highlights");
                for (SearchHit.Span s : h.highlights() == null ? List.<SearchHit.Span>of() : h.highlights()) {
                    g.writeStartArray();
                    g.writeNumber(s.start());
                    g.writeNumber(s.end());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, List<SearchResults.FacetCount>> e : results.facets().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (SearchResults.FacetCount c : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("value", c.value());
                    g.writeNumberField("count", c.count());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
