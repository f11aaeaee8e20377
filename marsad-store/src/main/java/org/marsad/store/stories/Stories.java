package org.marsad.store.stories;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.store.ArticleRows;
import org.marsad.store.ArticleStore;
import org.marsad.store.Tx;

/**
 * The read side of stories and copies, straight from the store (no in-memory state, so a web server or a
 * listing command can use it at no start-up cost). Stories are the ones {@link StoryIndexer} recorded.
 */
public final class Stories {
    private static final String STORY_COLUMNS =
            "id, title, lead_id, articles, outlets, first_seen, last_seen";

    private final ArticleStore store;

    public Stories(ArticleStore store) {
        this.store = store;
    }

    /**
     * The most carried stories: most outlets first, then most articles, then the most recent. With
     * {@code since} non-null, only stories with news at or after it.
     */
    public List<Story> top(int limit, Instant since) {
        String where = since == null ? "" : " WHERE last_seen >= ?";
        return stories("SELECT " + STORY_COLUMNS + " FROM stories" + where
                + " ORDER BY outlet_count DESC, articles DESC, last_seen DESC, id LIMIT ?",
                since == null ? new Object[] {limit} : new Object[] {since.toString(), limit});
    }

    /** The stories with the most recent news first. */
    public List<Story> recent(int limit, int offset) {
        return stories("SELECT " + STORY_COLUMNS + " FROM stories ORDER BY last_seen DESC, id LIMIT ? OFFSET ?",
                limit, offset);
    }

    /** Number of stories readers see (one whose every article is hidden is none). */
    public long count() {
        return store.database().read(conn -> {
            long all = conn.number("SELECT COUNT(*) FROM stories");
            for (String id : storiesWithHidden(conn)) {
                if (conn.number("SELECT COUNT(*) FROM article_enrichment e JOIN articles a ON a.id = e.article_id"
                        + " WHERE e.story_id = ? AND a.hidden_at IS NULL", id) == 0) {
                    all--;
                }
            }
            return all;
        });
    }

    public Optional<Story> story(String id) {
        List<Story> s = stories("SELECT " + STORY_COLUMNS + " FROM stories WHERE id = ?", id);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /**
     * These stories by id, in one query per 500 ids (a page of search hits names a few dozen): what a list of hits
     * needs to say how many outlets carried each hit's story. Unknown ids are absent.
     */
    public java.util.Map<String, Story> byId(java.util.Collection<String> storyIds) {
        java.util.Map<String, Story> out = new java.util.HashMap<>();
        inParts(storyIds, (marks, part) -> stories("SELECT " + STORY_COLUMNS + " FROM stories WHERE id IN ("
                + marks + ")", part.toArray()).forEach(s -> out.put(s.id(), s)));
        return out;
    }

    /** The articles of a story, earliest first (copies included; each says which original it copies). */
    public List<Article> members(String storyId) {
        return articles(MEMBERS
                + " WHERE e.story_id = ? AND a.hidden_at IS NULL ORDER BY e.time_sec, e.article_id", storyId);
    }

    /**
     * Whether the story's latest shown article has no published date, so that the story's time is when Marsad
     * collected it (a page must then not present it as a publication time). False for an unknown story.
     */
    public boolean latestUndated(String storyId) {
        List<Article> last = articles(MEMBERS
                + " WHERE e.story_id = ? AND a.hidden_at IS NULL ORDER BY e.time_sec DESC, e.article_id DESC LIMIT 1",
                storyId);
        return !last.isEmpty() && last.get(0).published() == null;
    }

    /**
     * The other known versions of an article: its copies when it is an original; its original and the original's
     * other copies when it is a copy. Earliest first.
     */
    public List<Article> copies(String articleId) {
        String original = store.database().read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT duplicate_of FROM article_enrichment WHERE article_id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? rs.getString(1) : articleId;
                }
            }
        });
        return articles(MEMBERS
                + " WHERE (e.duplicate_of = ? OR e.article_id = ?) AND e.article_id <> ? AND a.hidden_at IS NULL"
                + " ORDER BY e.time_sec, e.article_id", original, original, articleId);
    }

    /**
     * Related articles ("اقرأ أيضاً") for an article: from candidates similar to it (ids, best first, e.g. the
     * search index's more-like-this), keeps at most one article per other story, skipping the article's own story
     * and its copies; the best {@code n}, most recent first.
     */
    public List<Article> related(String articleId, List<String> similarIds, int n) {
        return store.database().read(conn -> {
            String own = storyOf(conn, articleId);
            java.util.Set<String> taken = new java.util.HashSet<>();
            if (own != null) {
                taken.add(own);
            }
            List<Object[]> picked = new ArrayList<>();
            for (String id : similarIds) {
                if (picked.size() == n) {
                    break;
                }
                if (id.equals(articleId)) {
                    continue;
                }
                try (PreparedStatement ps = conn.prepareStatement("SELECT e.story_id, e.time_sec, "
                        + ArticleRows.COLUMNS + " FROM article_enrichment e JOIN articles a ON a.id = e.article_id"
                        + " WHERE e.article_id = ?"
                        + " AND a.hidden_at IS NULL")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && taken.add(rs.getString(1))) {
                            picked.add(new Object[] {rs.getLong(2), ArticleRows.article(rs, 3)});
                        }
                    }
                }
            }
            picked.sort((x, y) -> Long.compare((Long) y[0], (Long) x[0]));
            return picked.stream().map(x -> (Article) x[1]).toList();
        });
    }

    /**
     * The story and copy decision of each of these articles that has one, by article id (ids without a decision
     * are absent). One query per 500 ids.
     */
    public java.util.Map<String, Membership> memberships(java.util.Collection<String> articleIds) {
        java.util.Map<String, Membership> out = new java.util.HashMap<>();
        inParts(articleIds, (marks, part) -> store.database().read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT article_id, story_id, duplicate_of FROM"
                    + " article_enrichment WHERE article_id IN (" + marks + ")")) {
                bind(ps, part.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Membership(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return null;
        }));
        return out;
    }

    /**
     * Runs {@code query} once per 500 distinct ids, with the part's "?, ?, …" placeholders, so that a long list
     * stays inside the database's limit on bound parameters.
     */
    private static void inParts(java.util.Collection<String> ids,
                                java.util.function.BiConsumer<String, List<String>> query) {
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + 500));
            query.accept(String.join(", ", java.util.Collections.nCopies(part.size(), "?")), part);
        }
    }

    /**
     * Where an article stands: its story and the article it copies.
     *
     * @param story       the story id
     * @param duplicateOf the original's id, or null when the article is not a copy
     */
    public record Membership(String story, String duplicateOf) {
    }

    /** The story of an article, or null when it has not been enriched. */
    public String storyOf(String articleId) {
        return store.database().read(conn -> storyOf(conn, articleId));
    }

    private static String storyOf(Tx conn, String articleId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT story_id FROM article_enrichment WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private List<Story> stories(String sql, Object... args) {
        return store.database().read(conn -> {
            List<Story> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String outlets = rs.getString(5);
                        out.add(new Story(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                outlets.isEmpty() ? List.of() : Arrays.asList(outlets.split("\n")),
                                Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7))));
                    }
                }
            }
            return asReadersSeeThem(conn, out);
        });
    }

    /**
     * The stories as readers see them: a story row counts every member the clusterer placed, hidden ones included
     * (they keep their decisions, to come back on un-hiding), so a story holding a hidden article is told again from
     * its shown members — how many, which outlets, and a shown headline when the one it was named by is hidden
     * (a hidden article's headline must not reach readers as a story's title). A story whose members are all
     * hidden is left out. Hidden articles are few: one look-up by the hidden-at index finds their stories, and
     * only those are read again.
     */
    private static List<Story> asReadersSeeThem(Tx conn, List<Story> read) throws SQLException {
        if (read.isEmpty()) {
            return read;
        }
        Set<String> touched = storiesWithHidden(conn);
        if (touched.isEmpty()) {
            return read;
        }
        List<Story> out = new ArrayList<>(read.size());
        for (Story s : read) {
            if (!touched.contains(s.id())) {
                out.add(s);
                continue;
            }
            List<String[]> shown = conn.query("SELECT a.id, a.title, a.source FROM article_enrichment e"
                    + " JOIN articles a ON a.id = e.article_id WHERE e.story_id = ? AND a.hidden_at IS NULL"
                    + " ORDER BY e.time_sec, a.id", rs -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3)}, s.id());
            if (shown.isEmpty()) {
                continue;
            }
            Set<String> sources = new HashSet<>();
            String[] lead = shown.get(0);
            for (String[] m : shown) {
                sources.add(m[2]);
                if (m[0].equals(s.leadId())) {
                    lead = m;
                }
            }
            List<String> outlets = s.outlets().stream().filter(sources::contains).toList();
            String title = lead[0].equals(s.leadId()) ? s.title() : lead[1];
            out.add(new Story(s.id(), title, lead[0], shown.size(), outlets, s.firstSeen(), s.lastSeen()));
        }
        return out;
    }

    /** The stories that hold a hidden article. */
    private static Set<String> storiesWithHidden(Tx conn) throws SQLException {
        return new HashSet<>(conn.query("SELECT DISTINCT e.story_id FROM articles a JOIN article_enrichment e"
                + " ON e.article_id = a.id WHERE a.hidden_at IS NOT NULL AND e.story_id IS NOT NULL",
                rs -> rs.getString(1)));
    }

    // Articles with their decisions (ArticleRows: the JSON does not carry them), through their decision rows.
    private static final String MEMBERS = "SELECT " + ArticleRows.COLUMNS
            + " FROM article_enrichment e JOIN articles a ON a.id = e.article_id";

    private List<Article> articles(String sql, Object... args) {
        return store.database().read(conn -> {
            List<Article> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ArticleRows.article(rs, 1));
                    }
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
