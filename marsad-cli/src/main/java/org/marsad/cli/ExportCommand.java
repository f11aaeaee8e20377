package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.enrich.figures.FigureTable;
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
 * {@code marsad export --data DIR --format jsonl|csv|figures|figures-jsonl [QUERY]}: every stored article (oldest
 * change first), or those matching the query (newest first), to standard output; articles an editor hid are left out.
 * JSON Lines are the article JSON of DESIGN.md, one per line, and ingest back unchanged. CSV is {@link ArticleCsv}'s
 * (a UTF-8 byte-order mark for Excel, then one row per article with its story and original), the same as the web's
 * {@code /export.csv}. {@code figures} and {@code figures-jsonl} write one row per reported figure instead
 * ({@link FigureTable}), for researchers who count across articles. Articles are read one page at a time, so memory
 * does not grow with the archive (a query holds its matches' ids).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Print stored articles as JSON Lines or CSV, or their reported figures one per row: all of "
                + "them, oldest change first, or those matching QUERY, newest first. Articles an editor hid are left "
                + "out. JSON Lines ingest back unchanged (marsad ingest)."},
        footer = {"", "--format figures writes CSV (UTF-8 with a byte-order mark, as csv) with one row per figure, "
                + "figures-jsonl the same as one JSON object per line; an article with no figures gives no row.",
                // each line under picocli's unwrapped width (1,000 columns), which would cut a longer one mid-sentence
                "Columns: article_id; published_utc (the article's moment in UTC, or its day when the time or its "
                + "offset is unknown); source (the outlet); story; category (killed injured displaced detained "
                + "missing evacuated aid money percent people other); value and value_max (a range's bounds; empty "
                + "for a vague quantity such as عشرات); comparator (more_than, less_than, about, at_least); vague; "
                + "unit (a currency); counted (the counted noun as written); group (who the value counts: all, "
                + "journalists, children, women, security, fighters, members, medics, civilians, students, or part: "
                + "some of the count just named, «بينهم 4 إيرانيين»);",
                "attribution (who reports it, as written; empty when the text credits no one); date and since (the "
                + "day the figure refers to and the start of the period it covers); place (where the happening the "
                + "headline reports took place, when it says); text (the figure as written); start and end (its "
                + "offsets in the headline, a blank line, then the paragraphs separated by blank lines); title; url.",
                "", "Exit status: 0 ok, 1 no data, 2 usage error (a bad query too)."})
final class ExportCommand implements Callable<Integer> {
    /** Output formats: articles as JSON Lines or CSV, or their figures one per row as CSV or JSON Lines. */
    enum Format {
        jsonl, csv, figures, figures_jsonl;

        /** The name as written on the command line ("figures-jsonl"). */
        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    static final List<String> CSV_COLUMNS = ArticleCsv.COLUMNS;

    @Mixin
    DataDir data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = FormatName.class,
            description = "jsonl (default) or csv: one article a row; figures (CSV) or figures-jsonl: one reported "
                    + "figure a row (columns below).")
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
        } else if (format == Format.figures) {
            out.print(FigureTable.csvStart());
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
        switch (format) {
            case jsonl -> out.println(ArticleJson.toLine(a));
            case csv -> out.print(ArticleCsv.row(a));
            case figures -> out.print(FigureTable.csv(a));
            case figures_jsonl -> out.print(FigureTable.jsonLines(a));
        }
    }

    /** Reads "figures-jsonl" as written in the help (an enum constant cannot hold a hyphen). */
    static final class FormatName implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.toString().equals(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected one of jsonl, csv, figures, figures-jsonl"
                    + " but was '" + value + "'");
        }
    }

    /** One CSV record, CRLF-terminated; fields quoted when they hold a comma, quote or line break. */
    static String csvRow(List<String> fields) {
        return ArticleCsv.record(fields);
    }
}
