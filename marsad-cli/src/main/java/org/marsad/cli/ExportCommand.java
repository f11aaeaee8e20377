package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.Article;
import org.marsad.model.ArticleCsv;
import org.marsad.model.ArticleJson;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad export --data DIR --format jsonl|csv [QUERY]}: every stored article (oldest change first), or those
 * matching the query (newest first), to standard output; articles an editor hid are left out. JSON Lines are the article JSON of DESIGN.md, one per line, and ingest back
 * unchanged. CSV is {@link ArticleCsv}'s (a UTF-8 byte-order mark for Excel, then one row per article with its
 * story and original), the same as the web's {@code /export.csv}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Print stored articles as JSON Lines or CSV: all of them, oldest change first, or those "
                + "matching QUERY, newest first. Articles an editor hid are left out. JSON Lines ingest back "
                + "unchanged (marsad ingest)."},
        footer = {"", "Exit status: 0 ok, 1 no data, 2 usage error (a bad query too)."})
final class ExportCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { jsonl, csv }

    static final List<String> CSV_COLUMNS = ArticleCsv.COLUMNS;

    @Mixin
    DataDir data;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl",
            description = "jsonl (default) or csv.")
    Format format;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only articles matching this query.")
    List<String> query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            out.print(ArticleCsv.start());
        }
        try (Archive archive = data.reading(spec.commandLine().getErr())) {
            if (query == null || query.isEmpty()) {
                archive.store().forEach(a -> write(out, a));
            } else {
                SearchRequest r = new SearchRequest(String.join(" ", query), null, null, null, null,
                        SearchRequest.Sort.DATE, 1, 0);
                for (String id : archive.index().matchingIds(r)) {
                    archive.store().get(id).ifPresent(a -> write(out, a));
                }
            }
        } catch (QuerySyntaxException e) {
            throw UserException.usage(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private void write(PrintWriter out, Article a) {
        if (format == Format.jsonl) {
            out.println(ArticleJson.toLine(a));
        } else {
            out.print(ArticleCsv.row(a));
        }
    }

    /** One CSV record, CRLF-terminated; fields quoted when they hold a comma, quote or line break. */
    static String csvRow(List<String> fields) {
        return ArticleCsv.record(fields);
    }
}
