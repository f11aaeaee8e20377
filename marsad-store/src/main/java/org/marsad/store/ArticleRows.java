package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/**
 * Reading a stored article as readers see it. The near-duplicate and story decision of an article is kept only in
 * its {@code article_enrichment} row, not in the JSON of {@code articles}: a decision (and a copy taking an older
 * original) then changes one small row instead of rewriting the whole article. Every read that hands an article to
 * a reader joins that row, so the article JSON (DESIGN.md's contract) is the same at the API and export edges.
 *
 * <p>Usage: {@code "SELECT " + ArticleRows.COLUMNS + ArticleRows.FROM + " WHERE a.id = ?"}, each row read with
 * {@link #article}. In the query, {@code a} is {@code articles} and {@code e} its decision row, if any.
 */
public final class ArticleRows {
    /** The columns {@link #article} reads, from the first one on: the JSON, then the decision. */
    public static final String COLUMNS = "a.json, e.duplicate_of, e.story_id";
    /** The stored articles with their decisions (an article not decided yet has none). */
    public static final String FROM = " FROM articles a LEFT JOIN article_enrichment e ON e.article_id = a.id";
    /**
     * The number of the article whose id is the statement's parameter here ({@code articles.article_no}, null when it
     * is not stored): the key of its rows in the tables of several rows per article (tags, figures, entities and
     * mentions, V92), for statements that have the id in hand.
     */
    public static final String NUMBER_OF_ID = "(SELECT article_no FROM articles WHERE id = ?)";

    private ArticleRows() {
    }

    /**
     * The article whose {@link #COLUMNS} start at column {@code first} of the current row. An article not decided
     * yet reads as stored (an exported article ingested here keeps the values it came with until it is decided).
     */
    public static Article article(ResultSet rs, int first) throws SQLException {
        Article stored = ArticleJson.parse(rs.getString(first));
        // story_id is never null in a decision row: null means there is no row.
        String story = rs.getString(first + 2);
        return story == null ? stored : stored.withEnrichment(rs.getString(first + 1), story);
    }
}
