package org.marsad.store.figures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.figures.FigureReport;
import org.marsad.store.ArticleStore;

/**
 * The read side of the figure tables: figures across articles, newest day first, each with the article that
 * reports it. Straight from the store (SQL only, no start-up cost).
 */
public final class Figures {
    /** A search with more matches than this is filtered while reading figures rather than in the SQL. */
    private static final int IN_LIST = 500;
    private static final int PAGE = 2_000;
    private static final String COLUMNS = "f.article_id, f.category, f.value, f.value_max, f.vague, f.comparator, "
            + "f.counted, f.unit, f.attribution, f.figure_day, f.since_day, f.figure_text, f.start_offset, "
            + "f.end_offset, a.title, a.source, a.url, a.published";
    private static final String ORDER = " ORDER BY CASE WHEN f.figure_day IS NULL THEN 1 ELSE 0 END, "
            + "f.figure_day DESC, a.seq DESC, f.ord";

    private final ArticleStore store;

    public Figures(ArticleStore store) {
        this.store = store;
    }

    /** The figures the query asks for, newest day first (undated last), then the most recently stored article. */
    public List<FigureReport> list(FigureQuery q) {
        if (q.limit() == 0) {
            return List.of();
        }
        if (q.articles() != null && q.articles().isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" WHERE a.hidden_at IS NULL");
        List<Object> args = new ArrayList<>();
        if (q.category() != null) {
            where.append(" AND f.category = ?");
            args.add(q.category().key());
        }
        if (q.from() != null) {
            where.append(" AND f.figure_day >= ?");
            args.add(q.from().toString());
        }
        if (q.to() != null) {
            where.append(" AND f.figure_day <= ?");
            args.add(q.to().toString());
        }
        if (!q.withVague()) {
            where.append(" AND f.vague = 0");
        }
        boolean inSql = q.articles() != null && q.articles().size() <= IN_LIST;
        if (inSql) {
            // Through the articles' id index: the figure rows are keyed by the article's number.
            where.append(" AND a.id IN (").append("?, ".repeat(q.articles().size() - 1)).append("?)");
            args.addAll(q.articles().stream().sorted().toList());
        }
        String sql = "SELECT " + COLUMNS + " FROM article_figures f JOIN articles a ON a.article_no = f.article_no" + where
                + ORDER + " LIMIT ? OFFSET ?";
        if (q.articles() == null || inSql) {
            List<Object> all = new ArrayList<>(args);
            all.add(q.limit());
            all.add(q.offset());
            return store.database().read(tx -> tx.query(sql, Figures::report, all.toArray()));
        }
        // Many matches: read in pages and keep those of the matching articles.
        List<FigureReport> out = new ArrayList<>();
        int skipped = 0;
        for (int page = 0; ; page++) {
            List<Object> all = new ArrayList<>(args);
            all.add(PAGE);
            all.add(page * PAGE);
            List<FigureReport> rows = store.database().read(tx -> tx.query(sql, Figures::report, all.toArray()));
            for (FigureReport r : rows) {
                if (!q.articles().contains(r.articleId())) {
                    continue;
                }
                if (skipped < q.offset()) {
                    skipped++;
                } else {
                    out.add(r);
                    if (out.size() == q.limit()) {
                        return out;
                    }
                }
            }
            if (rows.size() < PAGE) {
                return out;
            }
        }
    }

    private static FigureReport report(ResultSet rs) throws SQLException {
        String comparator = rs.getString(6);
        Figure f = new Figure(rs.getString(12), rs.getInt(13), rs.getInt(14), decimal(rs.getString(3)),
                decimal(rs.getString(4)), rs.getInt(5) != 0,
                comparator == null ? null : Comparison.valueOf(comparator.toUpperCase(java.util.Locale.ROOT)),
                rs.getString(7), Category.of(rs.getString(2)), rs.getString(8), rs.getString(9),
                day(rs.getString(10)), day(rs.getString(11)));
        return new FigureReport(f, rs.getString(1), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18));
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
