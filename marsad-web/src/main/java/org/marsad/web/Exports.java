package org.marsad.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.model.ArticleCsv;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.web.http.Params;

/**
 * {@code /export.csv} and {@code /export.jsonl}: the articles of a search (same parameters as {@code /search}),
 * whole, as a download: CSV as {@code marsad export --format csv} writes it, JSON Lines that {@code marsad ingest}
 * reads back. At most {@link #MAX_ARTICLES}, newest first unless {@code sort=relevance}; the full archive is for
 * {@code marsad export} or {@code /api/articles?since=}.
 */
final class Exports {
    /** The most articles one download carries. */
    static final int MAX_ARTICLES = Params.MAX_DEPTH;

    private final Archive archive;

    Exports(Archive archive) {
        this.archive = archive;
    }

    void csv(Context ctx) throws IOException {
        write(ctx, true);
    }

    void jsonl(Context ctx) throws IOException {
        write(ctx, false);
    }

    private void write(Context ctx, boolean csv) throws IOException {
        Params p = new Params(ctx.queryParamMap());
        SearchRequest asked = p.search(Params.MAX_LIMIT);
        SearchRequest req = new SearchRequest(asked.query(), asked.source(), asked.tag(), asked.from(), asked.to(),
                p.text("sort", 20) == null ? SearchRequest.Sort.DATE : asked.sort(), 1, 0);
        // Searched before the first byte goes out, so a bad query is still a clean 400.
        archive.checkSearchable();
        List<String> ids = archive.index().matchingIds(req);
        List<String> shown = ids.size() > MAX_ARTICLES ? ids.subList(0, MAX_ARTICLES) : ids;
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-export." + (csv ? "csv" : "jsonl") + "\"");
        ctx.header("X-Marsad-Total", Integer.toString(ids.size()));
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        if (ctx.method().name().equals("HEAD")) {
            return;
        }
        // Streamed: memory does not grow with the export.
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        if (csv) {
            out.write(ArticleCsv.start());
        }
        for (String id : shown) {
            Optional<Article> a = archive.store().get(id);
            if (a.isPresent()) {
                out.write(csv ? ArticleCsv.row(a.get()) : ArticleJson.toLine(a.get()) + "\n");
            }
        }
        out.flush();
    }
}
