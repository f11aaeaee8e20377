package org.marsad.web.http;

import java.time.LocalDate;
import org.marsad.arabic.figures.Category;

/**
 * The parameters of a figures listing ({@code /api/figures}, the figures chart): {@code q, category, from, to,
 * vague, limit, offset, format}, read and bounded before anything runs.
 *
 * @param query    a search whose articles' figures are listed, or null for every article
 * @param category one category, or null
 * @param from     the earliest day a figure refers to, or null
 * @param to       the latest day, or null
 * @param vague    whether vague quantities (عشرات) are listed (default no)
 * @param limit    page size (default 100, at most {@link #MAX_LIMIT})
 * @param offset   figures to skip
 * @param csv      CSV instead of JSON
 */
public record FigureRequest(String query, Category category, LocalDate from, LocalDate to, boolean vague, int limit,
                            int offset, boolean csv) {
    /** Largest page of figures. */
    public static final int MAX_LIMIT = 5_000;

    /** @throws BadRequest when a parameter is malformed or out of range */
    public static FigureRequest of(Params p) {
        String q = p.text("q", Params.MAX_QUERY);
        String c = p.text("category", 20);
        Category category = Category.of(c);
        if (c != null && category == null) {
            throw new BadRequest("parameter 'category' must be one of killed, injured, displaced, detained, missing, "
                    + "evacuated, aid, money, percent, people, other", "فئة الأرقام «" + c + "» غير معروفة");
        }
        LocalDate from = p.day("from");
        LocalDate to = p.day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("'from' is after 'to'", "تاريخ البداية بعد تاريخ النهاية");
        }
        String vague = p.text("vague", 5);
        if (vague != null && !vague.equals("true") && !vague.equals("false")) {
            throw new BadRequest("parameter 'vague' must be true or false", "قيمة «vague» تكون true أو false");
        }
        int limit = p.integer("limit", 100, 1, MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Params.MAX_DEPTH * 10);
        String format = p.text("format", 10);
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new BadRequest("parameter 'format' must be json or csv", "الصيغة تكون json أو csv");
        }
        return new FigureRequest(q, category, from, to, "true".equals(vague), limit, offset, "csv".equals(format));
    }
}
