package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.figures.FigureReport;
import org.marsad.enrich.figures.FiguresJson;
import org.marsad.enrich.figures.StoryFigures;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryJson;
import org.marsad.model.Article;
import org.marsad.model.ArticleCsv;
import org.marsad.model.ArticleJson;
import org.marsad.search.ArticleIndexing;
import org.marsad.search.FacetSet;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResultsJson;
import org.marsad.store.Archive;
import org.marsad.store.NameCount;
import org.marsad.store.StoreStats;
import org.marsad.store.StoredArticle;
import org.marsad.store.figures.FigureQuery;
import org.marsad.store.stories.Stories;
import org.marsad.web.format.Csv;
import org.marsad.web.http.BadRequest;
import org.marsad.web.http.FigureRequest;
import org.marsad.web.http.Metrics;
import org.marsad.web.http.Params;

/** The JSON API described by {@code /api/openapi.json}. */
final class Api {
    static final String JSON = "application/json; charset=utf-8";
    private static final byte[] OPENAPI = readOpenApi();
    private static final ObjectNode INDEX = index(OPENAPI);

    private final Archive archive;

    Api(Archive archive) {
        this.archive = archive;
    }

    void articles(Context ctx) {
        Params p = new Params(ctx.queryParamMap());
        if (p.text("since", 20) != null) {
            follow(ctx, p);
            return;
        }
        String unit = p.text("date_unit", 8);
        if (unit != null && !unit.equals("day") && !unit.equals("month")) {
            throw new BadRequest("parameter 'date_unit' must be 'day' or 'month'",
                    "المعامل «date_unit» يقبل «day» أو «month»");
        }
        FacetSet facets = facets(p.text("facets", 100), unit != null);
        SearchRequest req = p.search(20);
        StoreLists.Listed listed = StoreLists.answer(archive, req, facets);
        if (listed.from() != null) {
            ctx.header(StoreLists.HEADER, listed.from());
        }
        SearchResults results = listed.results();
        ctx.contentType(JSON).result(SearchResultsJson.toBytes("month".equals(unit) ? byMonth(results) : results));
    }

    /**
     * The facets a search through the API counts: those the {@code facets} parameter names ({@code all}, or names
     * separated by commas), every facet when only {@code date_unit} is given (a chart client), else none — counting
     * is most of a search's cost on a cluster, and a client that does not ask does not read them.
     */
    static FacetSet facets(String asked, boolean dateUnit) {
        if (asked == null) {
            return dateUnit ? FacetSet.ALL : FacetSet.NONE;
        }
        if (asked.equals("all")) {
            return FacetSet.ALL;
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String n : asked.split(",")) {
            String name = n.strip();
            if (!ArticleIndexing.FACETS.contains(name)) {
                throw new BadRequest("parameter 'facets' must be 'all' or facet names separated by commas ("
                        + String.join(", ", ArticleIndexing.FACETS) + ")",
                        "المعامل «facets» يقبل «all» أو أسماء الأوجه مفصولة بفواصل");
            }
            names.add(name);
        }
        if (names.contains(ArticleIndexing.HOUR_FACET)) {
            names.add(ArticleIndexing.DATE_FACET); // hours are counted only for a short span of days
        }
        return new FacetSet(names);
    }

    /**
     * The results with the {@code date} facet added up by month ("YYYY-MM", every month with matches, oldest
     * first), for a client drawing a sparse long span; the hour facet is dropped (a month chart has no hours).
     */
    static SearchResults byMonth(SearchResults results) {
        java.util.TreeMap<String, Long> months = new java.util.TreeMap<>();
        for (SearchResults.FacetCount day : results.facets().getOrDefault("date", List.of())) {
            // days are YYYY-MM-DD: their first seven characters are the month
            months.merge(day.value().substring(0, 7), day.count(), Long::sum);
        }
        Map<String, List<SearchResults.FacetCount>> facets = new java.util.LinkedHashMap<>(results.facets());
        facets.put("date", months.entrySet().stream()
                .map(e -> new SearchResults.FacetCount(e.getKey(), e.getValue())).toList());
        if (facets.containsKey("hour")) {
            facets.put("hour", List.of());
        }
        return new SearchResults(results.total(), results.hits(), facets);
    }

    /**
     * {@code /api/articles?since=N}: the articles stored or changed after store sequence {@code N}, in store
     * order, as {@code {since, next, more, articles: [article]}}. The client passes {@code next} as the following
     * {@code since}; a changed article comes again with its new version. Unlike offsets, the cursor reaches the
     * whole archive and does not shift when articles arrive.
     */
    private void follow(Context ctx, Params p) {
        for (String other : List.of("q", "source", "tag", "from", "to", "sort", "offset", "date_unit", "facets")) {
            if (p.text(other, Params.MAX_QUERY) != null) {
                throw new BadRequest("parameter 'since' cannot be combined with '" + other + "'",
                        "لا يجتمع «since» مع «" + other + "»");
            }
        }
        long since = p.number("since", 0, 0, Long.MAX_VALUE);
        int limit = p.integer("limit", Params.MAX_LIMIT, 1, Params.MAX_LIMIT);
        List<StoredArticle> page = archive.store().since(since, limit + 1);
        boolean more = page.size() > limit;
        List<StoredArticle> shown = more ? page.subList(0, limit) : page;
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("since", since);
        o.put("next", shown.isEmpty() ? since : shown.get(shown.size() - 1).seq());
        o.put("more", more);
        ArrayNode list = o.putArray("articles");
        ArrayNode hidden = o.putArray("hidden");
        for (StoredArticle s : shown) {
            // A hidden article's change is told by id only, so that a follower can drop its copy.
            if (s.hidden()) {
                hidden.add(s.article().id());
            } else {
                list.add(ArticleJson.toNode(s.article()));
            }
        }
        json(ctx, o);
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article a = archive.store().get(id).orElseThrow(() -> new NotFound("no article with id " + id));
        json(ctx, ArticleJson.toNode(a));
    }

    /** Stories with the most recent news first: {@code {total, stories: [story]}}, as {@code marsad stories --json}. */
    void stories(Context ctx) {
        Params p = new Params(ctx.queryParamMap());
        int limit = p.integer("limit", 20, 1, Params.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Params.MAX_DEPTH - limit);
        Stories stories = archive.stories();
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("total", stories.count());
        ArrayNode list = o.putArray("stories");
        stories.recent(limit, offset).forEach(s -> list.add(StoryJson.toNode(s)));
        json(ctx, o);
    }

    /** One story with its members (earliest first), each saying which article it copies, if any. */
    void story(Context ctx) {
        String id = ctx.pathParam("id");
        Stories stories = archive.stories();
        Story s = stories.story(id).orElseThrow(() -> new NotFound("no story with id " + id));
        ObjectNode o = StoryJson.toNode(s);
        ArrayNode members = o.putArray("members");
        for (Article a : stories.members(id)) {
            members.addObject().put("id", a.id()).put("title", a.title()).put("source", a.source())
                    .put("published", a.published()).put("url", a.url()).put("duplicate_of", a.duplicateOf());
        }
        json(ctx, o);
    }

    /** A story's figures: per category, headlines (latest value per attribution), conflicts and the timeline. */
    void storyFigures(Context ctx) {
        String id = ctx.pathParam("id");
        Stories stories = archive.stories();
        stories.story(id).orElseThrow(() -> new NotFound("no story with id " + id));
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("story", id);
        o.setAll(FiguresJson.story(StoryFigures.of(stories.members(id))));
        json(ctx, o);
    }

    /** The CSV columns of {@code /api/figures?format=csv}. */
    static final List<String> FIGURE_CSV_COLUMNS = List.of("date", "category", "value", "value_max", "vague",
            "comparator", "counted", "unit", "attribution", "since", "text", "source", "published", "article_id",
            "title", "url");

    /**
     * Figures across articles, newest day first: {@code q} (a search: only its articles' figures), {@code
     * category}, {@code from}/{@code to} (the day a figure refers to), {@code limit}, {@code offset}, {@code
     * format=json|csv}.
     */
    void figures(Context ctx) {
        FigureRequest r = FigureRequest.of(new Params(ctx.queryParamMap()));
        if (r.query() != null) {
            archive.checkSearchable();
        }
        Set<String> articles = r.query() == null ? null : new HashSet<>(archive.index().matchingIds(
                new SearchRequest(r.query(), null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 0)));
        List<FigureReport> found = archive.figures().list(new FigureQuery(articles, r.category(), r.from(), r.to(),
                r.vague(), r.limit(), r.offset()));
        if (r.csv()) {
            // The byte-order mark of the article exports: without it Excel reads the file as the system's code page
            // and shows every Arabic attribution, outlet and title as mojibake.
            StringBuilder sb = new StringBuilder(ArticleCsv.BOM).append(Csv.row(FIGURE_CSV_COLUMNS));
            for (FigureReport f : found) {
                Figure g = f.figure();
                sb.append(Csv.row(java.util.Arrays.asList(day(g.date()), g.category().key(), plain(g.value()),
                        plain(g.valueMax()), String.valueOf(g.vague()),
                        g.comparator() == null ? null : g.comparator().key(), g.counted(), g.unit(), g.attribution(),
                        day(g.since()), g.text(), f.outlet(), f.published(), f.articleId(), f.title(), f.url())));
            }
            ctx.header("Content-Disposition", "attachment; filename=\"figures.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(sb.toString());
            return;
        }
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("limit", r.limit());
        o.put("offset", r.offset());
        ArrayNode list = o.putArray("figures");
        found.forEach(f -> list.add(FiguresJson.report(f)));
        json(ctx, o);
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /** Every outlet credited by stored articles, with its article count, most articles first. */
    void outlets(Context ctx) {
        ArrayNode out = ArticleJson.mapper().createArrayNode();
        for (NameCount n : archive.store().sources()) {
            out.addObject().put("name", n.name()).put("articles", n.articles());
        }
        json(ctx, out);
    }

    void stats(Context ctx) {
        StoreStats s = archive.store().stats();
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("articles", s.articles());
        o.put("sources", s.sources());
        o.put("tags", s.tags());
        o.put("earliest_published", s.earliestPublished());
        o.put("latest_published", s.latestPublished());
        o.put("last_updated", s.lastUpdated());
        o.put("indexed", archive.index().count());
        ArrayNode tags = o.putArray("top_tags");
        for (NameCount n : archive.store().tags(10)) {
            tags.addObject().put("name", n.name()).put("articles", n.articles());
        }
        json(ctx, o);
    }

    /**
     * Up when the store answers a query; the article count shows that it is the expected data. The running
     * service adds its own members ({@code index}, {@code poller}).
     */
    void health(Context ctx, Map<String, Object> extra) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("status", "ok");
        o.put("articles", archive.store().count());
        java.util.Optional<java.time.Instant> down = archive.index().unreachableSince();
        o.put("index_reachable", down.isEmpty());
        o.put("index_unreachable_since", down.map(java.time.Instant::toString).orElse(null));
        extra.forEach((k, v) -> o.set(k, ArticleJson.mapper().valueToTree(v)));
        json(ctx, o);
    }

    /** The archive's numbers for /metrics. */
    List<Metrics.Sample> samples() {
        StoreStats s = archive.store().stats();
        java.util.Optional<java.time.Instant> down = archive.index().unreachableSince();
        List<Metrics.Sample> out = new java.util.ArrayList<>();
        if (down.isEmpty()) {
            try {
                out.add(new Metrics.Sample("marsad_indexed_articles", "Articles in the search index.", "gauge",
                        archive.index().count()));
            } catch (org.marsad.search.IndexUnavailable e) {
                // Not known while the index cannot be reached; the rest of the scrape still answers.
                down = archive.index().unreachableSince();
            }
        }
        out.add(new Metrics.Sample("marsad_index_reachable", "1 while the search index answers, 0 while it has been "
                + "unreachable (a shared index's nodes down or hung).", "gauge", down.isEmpty() ? 1 : 0));
        out.add(new Metrics.Sample("marsad_index_unreachable_since_seconds", "When the search index was found "
                + "unreachable, in seconds since 1970 (0 while it answers).", "gauge",
                down.map(java.time.Instant::getEpochSecond).orElse(0L)));
        out.add(new Metrics.Sample("marsad_index_retries_total", "Requests to the shared index sent once more "
                + "because a node could not pass them on to a peer (a restarting node).", "counter",
                archive.index().retriedRequests()));
        out.addAll(List.of(
                new Metrics.Sample("marsad_articles", "Articles in the store.", "gauge", s.articles()),
                new Metrics.Sample("marsad_sources", "Distinct outlets in the store.", "gauge", s.sources()),
                new Metrics.Sample("marsad_tags", "Distinct tags in the store.", "gauge", s.tags()),
                new Metrics.Sample("marsad_store_writes_total",
                        "Article versions written to the store (new or changed articles ingested), ever.",
                        "counter", archive.store().lastSeq())));
        return out;
    }

    void openapi(Context ctx) {
        ctx.contentType(JSON).result(OPENAPI);
    }

    /**
     * {@code GET /api}: where a person or client typing the API's root lands. A small index (the OpenAPI
     * description's address and each documented route with its methods and summary), read from the OpenAPI
     * document itself so it cannot list a route the server does not have.
     */
    void index(Context ctx) {
        json(ctx, INDEX);
    }

    private static ObjectNode index(byte[] openapi) {
        JsonNode doc;
        try {
            doc = ArticleJson.mapper().readTree(openapi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("name", doc.path("info").path("title").asText("Marsad API"));
        o.put("version", doc.path("info").path("version").asText(""));
        o.put("openapi", "/api/openapi.json");
        ArrayNode routes = o.putArray("routes");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            ObjectNode route = routes.addObject();
            route.put("path", path.getKey());
            ArrayNode methods = route.putArray("methods");
            String summary = null;
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                methods.add(op.getKey().toUpperCase(Locale.ROOT));
                if (summary == null && op.getValue().hasNonNull("summary")) {
                    summary = op.getValue().get("summary").asText();
                }
            }
            if (summary != null) {
                route.put("summary", summary);
            }
        }
        return o;
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
