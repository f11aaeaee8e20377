package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.ArticleJson;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResultsJson;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad search --data DIR [--limit N] [--offset N] [--sort relevance|date] [--json] QUERY}: ranked results with title,
 * source, date and a snippet; {@code --json} prints {@code {"total", "results": [{id, title, source, published, url,
 * snippet, score}], "facets": {"source"|"tag"|"month"|"person"|"place"|"org"|"date"|"hour": [{value, count}]}}}
 * (see {@link org.marsad.search.SearchResults} for what each facet holds).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored articles. Arabic words match in any inflected form.",
                "Query: words, \"phrases\", AND OR NOT (or -word), ( ), source: tag: author: lang: category: "
                        + "person: place: org: figure:killed>100, from:YYYY-MM-DD to:YYYY-MM-DD (a year from 1300 to "
                        + "1600 is Hijri: from:1445-05-28 is 2023-12-12)."},
        footer = {"", "Exit status: 0 ok (also when nothing matched), 1 no data, 2 usage error (a bad query too)."})
final class SearchCommand implements Callable<Integer> {
    /** Result orders. */
    enum SortOrder { relevance, date, oldest }

    @Mixin
    DataDir data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Results to show (default 10, at most 1000). 'marsad export QUERY' writes every match, "
                    + "with no limit.")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Results to skip first (default 0), to page: --offset 1000 --limit 1000 shows 1001-2000. "
                    + "Offset + limit at most " + SearchRequest.MAX_DEPTH + ", as in the API.")
    int offset;

    @Option(names = "--sort", paramLabel = "relevance|date|oldest", defaultValue = "relevance",
            description = "Order: relevance (default), date (newest first) or oldest (oldest first; undated last).")
    SortOrder sort;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw UserException.usage("--limit must be between 1 and 1000");
        }
        if (offset < 0) {
            throw UserException.usage("--offset must be 0 or more");
        }
        if ((long) offset + limit > SearchRequest.MAX_DEPTH) {
            throw UserException.usage("--offset + --limit must be at most " + SearchRequest.MAX_DEPTH
                    + " (a search pages no deeper); 'marsad export QUERY' writes every match");
        }
        SearchRequest request = new SearchRequest(String.join(" ", query), null, null, null, null,
                switch (sort) {
                    case date -> SearchRequest.Sort.DATE;
                    case oldest -> SearchRequest.Sort.OLDEST;
                    case relevance -> SearchRequest.Sort.RELEVANCE;
                }, limit, offset);
        SearchResults results;
        try (Archive archive = data.reading(spec.commandLine().getErr())) {
            results = archive.search(request);
        } catch (QuerySyntaxException e) {
            throw UserException.usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ArticleJson.pretty(SearchResultsJson.toNode(results)));
        } else {
            printText(out, results, offset, System.console() != null);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, SearchResults results, int offset, boolean terminal) {
        if (results.total() == 0) {
            out.println("no results");
            return;
        }
        if (results.hits().isEmpty()) {
            out.println("no results past " + offset + " (" + results.total() + " in all)");
            return;
        }
        int i = offset;
        for (SearchHit h : results.hits()) {
            i++;
            out.println(i + ". " + (h.title() == null || h.title().isBlank() ? "(untitled)" : TerminalText.escape(h.title())));
            StringBuilder meta = new StringBuilder("   ");
            appendPart(meta, h.source());
            appendPart(meta, h.published());
            appendPart(meta, h.url());
            appendPart(meta, "id " + h.id());
            out.println(meta);
            if (!h.snippet().isBlank()) {
                out.println("   " + (terminal ? bold(h) : TerminalText.escape(h.snippet())));
            }
        }
        int shown = results.hits().size();
        if (offset > 0) {
            out.println("showing " + (offset + 1) + "-" + (offset + shown) + " of " + results.total() + " results");
        } else {
            out.println(shown < results.total() ? "showing " + shown + " of " + results.total() + " results"
                    : results.total() + (results.total() == 1 ? " result" : " results"));
        }
    }

    // Matched words in bold, for a person reading a terminal.
    private static String bold(SearchHit h) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (SearchHit.Span s : h.highlights()) {
            sb.append(TerminalText.escape(h.snippet().substring(at, s.start()))).append("\u001b[1m")
                    .append(TerminalText.escape(h.snippet().substring(s.start(), s.end()))).append("\u001b[0m");
            at = s.end();
        }
        return sb.append(TerminalText.escape(h.snippet().substring(at))).toString();
    }

    private static void appendPart(StringBuilder sb, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (sb.length() > 3) {
            sb.append(" · ");
        }
        sb.append(TerminalText.escape(part));
    }
}
