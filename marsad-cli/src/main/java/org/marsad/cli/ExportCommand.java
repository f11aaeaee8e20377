package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.model.RelatedLink;
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
 * {@code marsad export --data DIR --format jsonl|csv [QUERY]}: every stored article, or those matching the query
 * (newest first), to standard output. JSON Lines are the article JSON of DESIGN.md, one per line, and ingest back
 * unchanged. CSV (RFC 4180, UTF-8) has one row per article: list fields are joined with " | ", body paragraphs with
 * a blank line, related items as "title &lt;url&gt;"; control characters (other than tab and newline) are written as
 * visible {@code \xHH} escapes, so that a terminal showing the file runs no escape sequence from a page.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print stored articles (all, or those matching QUERY) as JSON Lines or CSV.",
        footer = {"", "Exit status: 0 ok, 1 bad query or no data, 2 usage error."})
final class ExportCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { jsonl, csv }

    static final List<String> CSV_COLUMNS = List.of("id", "url", "title", "published", "published_text", "source",
            "author", "language", "tags", "body", "related", "fetched_at");

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
            out.print(csvRow(CSV_COLUMNS));
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
            throw new UserException(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private void write(PrintWriter out, Article a) {
        if (format == Format.jsonl) {
            out.println(ArticleJson.toLine(a));
        } else {
            out.print(csvRow(List.of(nz(a.id()), nz(a.url()), nz(a.title()), nz(a.published()),
                    nz(a.publishedText()), nz(a.source()), nz(a.author()), nz(a.language()),
                    String.join(" | ", a.tags()), String.join("\n\n", a.body()),
                    a.related().stream().map(ExportCommand::related).collect(Collectors.joining(" | ")),
                    nz(a.fetchedAt()))));
        }
    }

    private static String related(RelatedLink r) {
        return r.url() == null ? r.title() : r.title() + " <" + r.url() + ">";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One CSV record, CRLF-terminated; fields quoted when they hold a comma, quote or line break. */
    static String csvRow(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = TerminalText.escape(fields.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }
}
