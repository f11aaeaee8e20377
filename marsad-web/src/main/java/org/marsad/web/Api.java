package org.marsad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.web.http.Params;

/** The JSON API described by {@code /api/openapi.json}. */
final class Api {
    static final String JSON = "application/json; charset=utf-8";
    private static final byte[] OPENAPI = readOpenApi();

    private final Archive archive;

    Api(Archive archive) {
        this.archive = archive;
    }

    void articles(Context ctx) {
        SearchRequest req = new Params(ctx.queryParamMap()).search(20);
        json(ctx, SearchJson.toNode(archive.search(req)));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = archive.article(id).orElseThrow(() -> new NotFound("no article with id " + id));
        json(ctx, ArticleJson.toNode(a));
    }

    /** Every outlet with its article count, most articles first. */
    void sources(Context ctx) {
        ArrayNode out = ArticleJson.mapper().createArrayNode();
        for (SearchResults.FacetCount f : everything().facets().getOrDefault("source", List.of())) {
            ObjectNode o = out.addObject();
            o.put("name", f.value());
            o.put("articles", f.count());
        }
        json(ctx, out);
    }

    void stats(Context ctx) {
        SearchResults all = everything();
        Map<String, List<SearchResults.FacetCount>> facets = all.facets();
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("articles", all.total());
        o.put("sources", facets.getOrDefault("source", List.of()).size());
        o.put("tags", facets.getOrDefault("tag", List.of()).size());
        ObjectNode months = o.putObject("articles_by_month");
        facets.getOrDefault("month", List.of()).stream()
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(f -> months.put(f.value(), f.count()));
        json(ctx, o);
    }

    void health(Context ctx) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("status", "ok");
        o.put("articles", articleCount());
        json(ctx, o);
    }

    void openapi(Context ctx) {
        ctx.contentType(JSON).result(OPENAPI);
    }

    long articleCount() {
        return archive.search(new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE, 1, 0)).total();
    }

    private SearchResults everything() {
        return archive.search(new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE, 1, 0));
    }

    static void json(Context ctx, Object node) {
        try {
            ctx.contentType(JSON).result(ArticleJson.mapper().writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("error", message);
        o.put("status", status);
        ctx.status(status);
        json(ctx, o);
    }

    private static byte[] readOpenApi() {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource openapi.json");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
