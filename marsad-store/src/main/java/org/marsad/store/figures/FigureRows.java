package org.marsad.store.figures;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.store.Tx;

/**
 * The write side of the figure tables: the rows of one article's figures, replaced whenever the store writes a
 * version of the article (inside that write's transaction, so the rows never disagree with the article JSON).
 */
public final class FigureRows {
    private FigureRows() {
    }

    /**
     * Replaces the figure rows of an article and records the rules version that found them.
     *
     * @param articleNo the article's number ({@code articles.article_no}), which keys its rows
     */
    public static void replace(Tx tx, long articleNo, String articleId, List<Figure> figures) throws SQLException {
        forget(tx, articleNo, articleId);
        add(tx, articleNo, articleId, figures);
    }

    /**
     * Writes the figure rows of an article stored for the first time, and the rules version that found them: a new
     * number has no rows to replace (numbers are never given twice), so the two deletes of {@link #replace} are not
     * run for each new article of a batch.
     */
    public static void add(Tx tx, long articleNo, String articleId, List<Figure> figures) throws SQLException {
        // Kept by the transaction: a batch write replaces the rows of every article in it.
        PreparedStatement ps = tx.kept("INSERT INTO article_figures (article_id, ord, category, "
                + "value, value_num, value_max, vague, comparator, counted, unit, attribution, figure_day, since_day, "
                + "figure_text, start_offset, end_offset, article_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)");
        int ord = 0;
        for (Figure f : figures) {
            ps.setLong(17, articleNo);
            ps.setString(1, articleId);
            ps.setInt(2, ord++);
            ps.setString(3, f.category().key());
            ps.setString(4, plain(f.value()));
            if (f.value() == null) {
                ps.setNull(5, Types.DOUBLE);
            } else {
                ps.setDouble(5, f.value().doubleValue());
            }
            ps.setString(6, plain(f.valueMax()));
            ps.setInt(7, f.vague() ? 1 : 0);
            ps.setString(8, f.comparator() == null ? null : f.comparator().key());
            ps.setString(9, f.counted());
            ps.setString(10, f.unit());
            ps.setString(11, f.attribution());
            ps.setString(12, f.date() == null ? null : f.date().toString());
            ps.setString(13, f.since() == null ? null : f.since().toString());
            ps.setString(14, f.text());
            ps.setInt(15, f.start());
            ps.setInt(16, f.end());
            ps.addBatch();
        }
        if (ord > 0) {
            ps.executeBatch();
        }
        PreparedStatement version = tx.kept(
                "INSERT INTO article_figure_versions (article_id, version) VALUES (?, ?)");
        version.setString(1, articleId);
        version.setInt(2, ArticleFigures.VERSION);
        version.executeUpdate();
    }

    /**
     * Removes the figure rows of an article, within the caller's write transaction: when a new version replaces
     * them, and when the article is deleted (else the figures pages would keep rows of an article that is gone).
     */
    public static void forget(Tx tx, long articleNo, String articleId) throws SQLException {
        tx.update("DELETE FROM article_figures WHERE article_no = ?", articleNo);
        tx.update("DELETE FROM article_figure_versions WHERE article_id = ?", articleId);
    }

    static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
