package org.marsad.store.stories;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.store.ArticleRows;
import org.marsad.store.ArticleStore;
import org.marsad.store.Tx;

/**
 * The read side of stories and copies, straight from the store (no in-memory state, so a web server or a
 * listing command can use it at no start-up cost). Stories are the ones {@link StoryIndexer} recorded, as readers
 * see them: a story's article count, outlets and headline leave out its hidden articles (the table counts every
 * member, since hiding is reversible and decides nothing), and a story whose every article is hidden is none.
 */
public final class Stories {
    private static final String STORY_COLUMNS =
            "id, title, lead_id, articles, outlets, first_seen, last_seen";

    private final ArticleStore store;

    public Stories(ArticleStore store) {
        this.store = store;
    }

    /** How readers rank stories: most outlets first, then most articles, then the most recent. */
    private static final Comparator<Story> MOST_CARRIED = Comparator.comparingInt((Story s) -> -s.outlets().size())
            .thenComparingInt(s -> -s.articles())
            .thenComparing(Story::lastSeen, Comparator.reverseOrder())
            .thenComparing(Story::id);

    /** The most recent news first. */
    private static final Comparator<Story> MOST_RECENT =
            Comparator.comparing(Story::lastSeen, Comparator.reverseOrder()).thenComparing(Story::id);

    /**
     * The most carried stories: most outlets first, then most articles, then the most recent. With
     * {@code since} non-null, only stories with news at or after it (news readers see).
     */
    public List<Story> top(int limit, Instant since) {
        String where = since == null ? "" : " WHERE last_seen >= ?";
        return ranked("SELECT " + STORY_COLUMNS + " FROM stories" + where
                        + " ORDER BY outlet_count DESC, articles DESC, last_seen DESC, id LIMIT ?",
                since == null ? List.of() : List.of(since.toString()), MOST_CARRIED, since, limit, 0);
    }

    /** The stories with the most recent news first. */
    public List<Story> recent(int limit, int offset) {
        return ranked("SELECT " + STORY_COLUMNS + " FROM stories ORDER BY last_seen DESC, id LIMIT ?", List.of(),
                MOST_RECENT, null, limit, offset);
    }

    /**
     * A page of stories ranked as readers see them, exactly. Hiding an article only takes from its story (fewer
     * articles and outlets, an earlier last time, or no story at all), so a story with a hidden article can only
     * move down, and every other story keeps its stored rank. Reading the stored order {@code k} rows further than
     * the page, {@code k} the stories that hold a hidden article, therefore reads every story that belongs on the
     * page: at most {@code k} of the rows read can fall below it. Hidden articles are few, so {@code k} is small.
     *
     * @param sql   the stored ranking, ending in {@code LIMIT ?}, its other parameters in {@code args}
     * @param since with a value, leaves out the stories whose shown news is all older
     */
    private List<Story> ranked(String sql, List<Object> args, Comparator<Story> order, Instant since,
                               int limit, int offset) {
        long touched = touchedCount();
        List<Object> all = new ArrayList<>(args);
        all.add(Math.min(Integer.MAX_VALUE, (long) offset + limit + touched));
        List<Story> read = stories(sql, all.toArray());
        if (touched == 0) {
            return read.subList(Math.min(offset, read.size()), read.size());
        }
        return seen(read).stream()
                .filter(s -> since == null || !s.lastSeen().isBefore(since))
                .sorted(order).skip(offset).limit(limit).toList();
    }

    /** How many stories hold a hidden article (by the index on hidden_at). */
    private long touchedCount() {
        return store.database().read(conn -> conn.first(withHidden(false), rs -> rs.getLong(1)).orElse(0L));
    }

    /** Number of stories readers see: those with an article that is not hidden. */
    public long count() {
        return store.database().read(conn -> conn.first("SELECT COUNT(*) FROM stories", rs -> rs.getLong(1))
                .orElse(0L) - conn.first(withHidden(true), rs -> rs.getLong(1)).orElse(0L));
    }

    /**
     * The count of stories that hold a hidden article (few, found by the index on hidden_at); with {@code only},
     * of those whose every article is hidden (readers see none of them).
     */
    static String withHidden(boolean only) {
        // The hidden articles first, then their decision rows: joined freely, SQLite read every decision row by the
        // story index (for the DISTINCT's order) and looked up each one's article, on every page of stories.
        return "SELECT COUNT(DISTINCT e.story_id) FROM articles a CROSS JOIN article_enrichment e"
                + " WHERE e.article_id = a.id AND a.hidden_at IS NOT NULL" + (only ? " AND NOT EXISTS (SELECT 1 FROM article_enrichment o"
                + " JOIN articles b ON b.id = o.article_id WHERE o.story_id = e.story_id AND b.hidden_at IS NULL)"
                : "");
    }

    /** The story as readers see it; empty when unknown or when every article of it is hidden. */
    public Optional<Story> story(String id) {
        List<Story> s = seen(stories("SELECT " + STORY_COLUMNS + " FROM stories WHERE id = ?", id));
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /**
     * These stories by id, in one query per 500 ids (a page of search hits names a few dozen): what a list of hits
     * needs to say how many outlets carried each hit's story. Unknown ids are absent.
     */
    public java.util.Map<String, Story> byId(java.util.Collection<String> storyIds) {
        List<Story> found = new ArrayList<>();
        inParts(storyIds, (marks, part) -> found.addAll(stories("SELECT " + STORY_COLUMNS
                + " FROM stories WHERE id IN (" + marks + ")", part.toArray())));
        java.util.Map<String, Story> out = new java.util.HashMap<>();
        seen(found).forEach(s -> out.put(s.id(), s));
        return out;
    }

    /**
     * These stories as readers see them, in the same order: a story with hidden articles counts only the others,
     * names only their outlets, spans only their times and, when its headline's article is hidden, takes the
     * earliest shown article's; a story with no other article is left out. Hidden articles are few: one query finds which of these stories have
     * any (by the index on hidden_at), and only those stories' shown articles are read.
     */
    private List<Story> seen(List<Story> stories) {
        if (stories.isEmpty()) {
            return stories;
        }
        java.util.Set<String> touched = new java.util.HashSet<>();
        inParts(stories.stream().map(Story::id).toList(), (marks, part) -> touched.addAll(store.database().read(
                conn -> conn.query("SELECT DISTINCT e.story_id FROM articles a JOIN article_enrichment e"
                        + " ON e.article_id = a.id WHERE a.hidden_at IS NOT NULL AND e.story_id IN (" + marks + ")",
                        rs -> rs.getString(1), part.toArray()))));
        if (touched.isEmpty()) {
            return stories;
        }
        java.util.Map<String, List<String[]>> shown = new java.util.HashMap<>();
        inParts(touched, (marks, part) -> store.database().read(conn -> conn.query(shownQuery(marks),
                rs -> shown.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)}),
                part.toArray())));
        List<Story> out = new ArrayList<>();
        for (Story s : stories) {
            if (!touched.contains(s.id())) {
                out.add(s);
                continue;
            }
            List<String[]> members = shown.getOrDefault(s.id(), List.of());
            if (members.isEmpty()) {
                continue;
            }
            java.util.Set<String> sources = new java.util.HashSet<>();
            members.forEach(m -> sources.add(m[2]));
            String[] lead = members.stream().filter(m -> m[0].equals(s.leadId())).findFirst().orElse(members.get(0));
            // members come earliest first: the first and last times a reader can see
            out.add(new Story(s.id(), lead[1], lead[0], members.size(),
                    s.outlets().stream().filter(sources::contains).toList(),
                    Instant.ofEpochSecond(Long.parseLong(members.get(0)[3])),
                    Instant.ofEpochSecond(Long.parseLong(members.get(members.size() - 1)[3]))));
        }
        return out;
    }

    /**
     * {@link #seen}'s read of the shown articles of stories, earliest first, for one part of story ids: by the story
     * index and each article's id (with the index on hidden_at over every article, SQLite read every shown article
     * through it instead, V95).
     */
    static String shownQuery(String marks) {
        return "SELECT e.story_id, a.id, a.title, a.source, e.time_sec FROM article_enrichment e JOIN articles a"
                + " ON a.id = e.article_id WHERE a.hidden_at IS NULL AND e.story_id IN (" + marks + ")"
                + " ORDER BY e.time_sec, a.id";
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
     * The shown versions of each of these reports, by the report's id: the report itself (when shown) and its shown
     * copies, earliest first. A list of search hits folds each report's versions into one item by this. One query
     * per 500 ids; an id with no shown version is absent. The enrichment rows are found first, by the ids (the copy
     * index and the primary key), then their articles: joined the other way round SQLite's planner went through
     * every shown article by the {@code hidden_at} index, about 35 ms a search page at 20,000 articles.
     */
    public java.util.Map<String, List<String>> versions(java.util.Collection<String> originals) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        inParts(originals, (marks, part) -> {
            List<Object> args = new ArrayList<>(part);
            args.addAll(part);
            store.database().read(conn -> conn.query(versionsQuery(marks),
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)),
                    args.toArray()));
        });
        return out;
    }

    /** {@link #versions}' query for one part, its ids bound twice: copies of them, then those that are originals. */
    static String versionsQuery(String marks) {
        return "SELECT COALESCE(e.duplicate_of, e.article_id), e.article_id"
                + " FROM article_enrichment e CROSS JOIN articles a WHERE a.id = e.article_id"
                + " AND a.hidden_at IS NULL AND (e.duplicate_of IN (" + marks + ")"
                + " OR (e.article_id IN (" + marks + ") AND e.duplicate_of IS NULL))"
                + " ORDER BY e.time_sec, e.article_id";
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
            return out;
        });
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
