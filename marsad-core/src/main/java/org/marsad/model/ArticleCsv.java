package org.marsad.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Articles as CSV (RFC 4180, UTF-8, CRLF), one shape for {@code marsad export --format csv} and the web's
 * {@code /export.csv}: a UTF-8 byte-order mark first, so that Excel reads the Arabic as UTF-8; then a header row and
 * one row per article. List fields are joined with " | ", body paragraphs with a blank line, related items as
 * "title &lt;url&gt;". The entities the article names come last, one column per kind (people, places,
 * organisations: canonical names, most mentioned first), so that a spreadsheet user can filter on them, then the
 * figures it reports (each as written in the text). Control characters (other than tab and newline) are written as visible {@code \xHH}
 * escapes, so a terminal showing the file runs no escape sequence from a page; a field that a spreadsheet would
 * take for a formula (starting with {@code = + - @}) gets a leading apostrophe, so opening an export runs nothing.
 */
public final class ArticleCsv {
    /** The byte-order mark that opens the file. */
    public static final String BOM = "\uFEFF";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "url", "title", "published", "published_text",
            "source", "author", "language", "tags", "body", "related", "fetched_at", "story", "duplicate_of",
            "people", "places", "organisations", "figures");

    private ArticleCsv() {
    }

    /** The byte-order mark and the header row. */
    public static String start() {
        return BOM + record(COLUMNS);
    }

    /** One article's row. */
    public static String row(Article a) {
        return record(List.of(nz(a.id()), nz(a.url()), nz(a.title()), nz(a.published()), nz(a.publishedText()),
                nz(a.source()), nz(a.author()), nz(a.language()), String.join(" | ", a.tags()),
                String.join("\n\n", a.body()),
                a.related().stream().map(ArticleCsv::related).collect(Collectors.joining(" | ")),
                nz(a.fetchedAt()), nz(a.story()), nz(a.duplicateOf()),
                names(a, "PER"), names(a, "LOC"), names(a, "ORG"),
                a.figures().stream().map(f -> f.text()).collect(Collectors.joining(" | "))));
    }

    private static String names(Article a, String type) {
        return a.entities().stream().filter(e -> type.equals(e.type())).map(ArticleEntity::name)
                .collect(Collectors.joining(" | "));
    }

    /** One CSV record, CRLF-terminated; fields quoted when they hold a comma, quote or line break. */
    public static String record(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = inert(visible(fields.get(i)));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }

    private static String related(RelatedLink r) {
        return r.url() == null ? r.title() : r.title() + " <" + r.url() + ">";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Control characters but tab and newline as {@code \xHH}. */
    private static String visible(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (UntrustedText.isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append("\\x").append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    // Spreadsheets evaluate a cell starting with one of these as a formula (CSV injection).
    private static String inert(String f) {
        if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
            return "'" + f;
        }
        return f;
    }
}
