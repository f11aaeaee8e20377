package org.marsad.store.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.Article;
import org.marsad.store.ArticleRows;
import org.marsad.store.ArticleStore;
import org.marsad.store.NameCount;

/**
 * The read side of entities, straight from the store (no in-memory state): an entity with its spellings, the most
 * mentioned entities (over the whole archive or a period), and the articles that mention one.
 */
public final class Entities {
    private final ArticleStore store;

    public Entities(ArticleStore store) {
        this.store = store;
    }

    /**
     * An entity and its counts.
     *
     * @param mentions mentions in the archive (or in the period asked for)
     * @param articles articles that mention it (or in the period asked for)
     */
    public record Summary(String id, String type, String name, long mentions, long articles) {
    }

    /** A spelling of an entity and how often the archive writes it so. */
    public record Spelling(String text, long mentions) {
    }

    /** An entity with its spellings, most used first. */
    public record Detail(Summary entity, List<Spelling> spellings) {
    }

    /** The entity with this id. */
    public Optional<Detail> get(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return store.database().read(tx -> {
            Optional<Summary> s = tx.first("SELECT id, type, name, mentions, articles FROM entities WHERE id = ?",
                    Entities::summary, key);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            List<Spelling> spellings = tx.query("SELECT spelling, mentions FROM entity_spellings WHERE entity_id = ?"
                    + " ORDER BY mentions DESC, spelling", rs -> new Spelling(rs.getString(1), rs.getLong(2)), key);
            // The stored counts are the resolver's and include hidden articles (it still knows their names); a
            // reader sees what the visible articles say. Hidden articles are few: their rows are found by the index
            // on hidden_at and taken off.
            Summary all = s.get();
            long[] hidden = tx.first(HIDDEN_COUNTS, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, key)
                    .orElse(new long[2]);
            if (hidden[1] == 0) {
                return Optional.of(new Detail(all, spellings));
            }
            Map<String, Long> hiddenSpellings = new java.util.HashMap<>();
            tx.query(HIDDEN_SPELLINGS, rs -> {
                hiddenSpellings.put(rs.getString(1), rs.getLong(2));
                return null;
            }, key);
            List<Spelling> visible = new ArrayList<>();
            for (Spelling sp : spellings) {
                long left = sp.mentions() - hiddenSpellings.getOrDefault(sp.text(), 0L);
                if (left > 0 || !hiddenSpellings.containsKey(sp.text())) {
                    visible.add(new Spelling(sp.text(), Math.max(0, left)));
                }
            }
            visible.sort(java.util.Comparator.comparingLong(Spelling::mentions).reversed()
                    .thenComparing(Spelling::text));
            return Optional.of(new Detail(new Summary(all.id(), all.type(), all.name(),
                    Math.max(0, all.mentions() - hidden[0]), Math.max(0, all.articles() - hidden[1])),
                    List.copyOf(visible)));
        });
    }

    /** The condition, on articles aliased {@code a}, that an article is hidden from readers. */
    private static final String HIDDEN = "a.hidden_at IS NOT NULL";
    // The hidden articles first (CROSS JOIN: SQLite keeps the order), then their rows by the key. Joined freely,
    // SQLite read every article of the entity for the counts, and every mention of the archive (none is indexed by
    // entity) for the spellings.

    /** What an entity's hidden articles add to its stored counts: mentions and articles. */
    static final String HIDDEN_COUNTS = "SELECT COALESCE(SUM(ae.mentions), 0), COUNT(*) FROM articles a CROSS JOIN"
            + " article_entities ae WHERE ae.article_no = a.article_no AND ae.entity_id = ? AND " + HIDDEN;
    /** The spellings of an entity's mentions in hidden articles, with how many each. */
    static final String HIDDEN_SPELLINGS = "SELECT m.spelling, COUNT(*) FROM articles a CROSS JOIN entity_mentions m"
            + " WHERE m.article_no = a.article_no AND m.entity_id = ? AND " + HIDDEN + " GROUP BY m.spelling";

    /**
     * The condition, on a row with an {@code article_no}, that its article is visible to readers (by the number: in
     * the indexes of the rows keyed by it, V92).
     */
    private static final String VISIBLE_ARTICLE = "article_no NOT IN (SELECT article_no FROM articles WHERE hidden_at"
            + " IS NOT NULL)";

    /**
     * The entities mentioned in the most articles, of a type (null: any) and published in a period (null bounds:
     * open), most articles first.
     */
    public List<Summary> top(String type, LocalDate from, LocalDate to, int limit, int offset) {
        return top(type, from, to, null, limit, offset);
    }

    /**
     * As {@link #top(String, LocalDate, LocalDate, int, int)}, among these entity ids only (null: all; empty:
     * none), so a name search ranks its matches the same way.
     */
    public List<Summary> top(String type, LocalDate from, LocalDate to, Set<String> ids, int limit, int offset) {
        List<Long> keys = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                keyOf(id).ifPresent(keys::add);
            }
            if (keys.isEmpty()) {
                return List.of();
            }
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (from == null && to == null && !anyHidden()) {
            sql.append("SELECT id, type, name, mentions, articles FROM entities WHERE articles > 0");
            if (type != null) {
                sql.append(" AND type = ?");
                args.add(type);
            }
            if (ids != null) {
                sql.append(" AND id IN (").append(placeholders(keys.size())).append(')');
                args.addAll(keys);
            }
            sql.append(" ORDER BY articles DESC, mentions DESC, id LIMIT ? OFFSET ?");
        } else if (from == null && to == null) {
            // The stored counts less what hidden articles add (few rows, by the index on hidden_at).
            sql.append("SELECT e.id, e.type, e.name, e.mentions - COALESCE(h.m, 0), e.articles - COALESCE(h.n, 0)"
                    + " FROM entities e LEFT JOIN (SELECT ae.entity_id AS entity_id, SUM(ae.mentions) AS m, COUNT(*)"
                    + " AS n FROM articles a CROSS JOIN article_entities ae WHERE ae.article_no = a.article_no AND "
                    + HIDDEN + " GROUP BY ae.entity_id) h ON h.entity_id = e.id WHERE e.articles - COALESCE(h.n, 0) > 0");
            if (type != null) {
                sql.append(" AND e.type = ?");
                args.add(type);
            }
            if (ids != null) {
                sql.append(" AND e.id IN (").append(placeholders(keys.size())).append(')');
                args.addAll(keys);
            }
            sql.append(" ORDER BY e.articles - COALESCE(h.n, 0) DESC, e.mentions - COALESCE(h.m, 0) DESC, e.id"
                    + " LIMIT ? OFFSET ?");
        } else {
            sql.append("SELECT e.id, e.type, e.name, SUM(ae.mentions), COUNT(*) FROM article_entities ae JOIN entities"
                    + " e ON e.id = ae.entity_id WHERE ae.day IS NOT NULL AND ae." + VISIBLE_ARTICLE);
            if (from != null) {
                sql.append(" AND ae.day >= ?");
                args.add(from.toString());
            }
            if (to != null) {
                sql.append(" AND ae.day <= ?");
                args.add(to.toString());
            }
            if (type != null) {
                sql.append(" AND e.type = ?");
                args.add(type);
            }
            if (ids != null) {
                sql.append(" AND e.id IN (").append(placeholders(keys.size())).append(')');
                args.addAll(keys);
            }
            sql.append(" GROUP BY e.id, e.type, e.name ORDER BY COUNT(*) DESC, SUM(ae.mentions) DESC, e.id"
                    + " LIMIT ? OFFSET ?");
        }
        args.add(limit);
        args.add(offset);
        return store.database().read(tx -> tx.query(sql.toString(), Entities::summary, args.toArray()));
    }

    /** Whether any article is hidden from readers (the index on hidden_at answers). */
    private boolean anyHidden() {
        return store.database().read(tx -> tx.first("SELECT 1 FROM articles WHERE hidden_at IS NOT NULL LIMIT 1",
                rs -> 1)).isPresent();
    }

    /** The articles that mention an entity, newest first. */
    public List<Article> articles(String id, int limit, int offset) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return List.of();
        }
        return store.database().read(tx -> tx.query("SELECT " + ArticleRows.COLUMNS + " FROM article_entities ae"
                + " JOIN articles a ON a.article_no = ae.article_no LEFT JOIN article_enrichment e ON e.article_id = a.id WHERE ae.entity_id = ? AND a.hidden_at IS NULL ORDER BY CASE WHEN a.published_day IS NULL THEN 1"
                + " ELSE 0 END, a.published_day DESC, a.published DESC, a.seq DESC LIMIT ? OFFSET ?",
                rs -> ArticleRows.article(rs, 1), key, limit, offset));
    }

    /**
     * Mentions of an entity per publication day in the articles readers see (hidden ones and those without a day
     * are left out), oldest first.
     */
    public Map<LocalDate, Long> mentionsPerDay(String id) {
        Optional<Long> key = keyOf(id);
        if (key.isEmpty()) {
            return Map.of();
        }
        Map<LocalDate, Long> out = new TreeMap<>();
        store.database().read(tx -> tx.query("SELECT day, SUM(mentions) FROM article_entities WHERE entity_id = ?"
                + " AND day IS NOT NULL AND " + VISIBLE_ARTICLE + " GROUP BY day", rs -> {
                    try {
                        out.put(LocalDate.parse(rs.getString(1)), rs.getLong(2));
                    } catch (DateTimeException ignored) {
                        // a malformed day says nothing about time
                    }
                    return null;
                }, key.get()));
        return out;
    }

    /** The outlets whose articles mention an entity, with how many of their articles do, most first. */
    public List<NameCount> outlets(String id, int limit) {
        Optional<Long> key = keyOf(id);
        if (key.isEmpty()) {
            return List.of();
        }
        return store.database().read(tx -> tx.query("SELECT a.source, COUNT(*) FROM article_entities ae JOIN articles"
                + " a ON a.article_no = ae.article_no WHERE ae.entity_id = ? AND a.source IS NOT NULL AND a.hidden_at IS NULL"
                + " GROUP BY a.source"
                + " ORDER BY COUNT(*) DESC, a.source LIMIT ?",
                rs -> new NameCount(rs.getString(1), rs.getLong(2)), key.get(), limit));
    }

    /**
     * The entities mentioned in the same visible articles as this one, those sharing the most articles first; their
     * {@link Summary#articles()} counts the shared articles and {@link Summary#mentions()} their mentions there.
     */
    public List<Summary> together(String id, int limit) {
        Optional<Long> key = keyOf(id);
        if (key.isEmpty()) {
            return List.of();
        }
        return store.database().read(tx -> tx.query("SELECT e.id, e.type, e.name, SUM(o.mentions), COUNT(*) FROM"
                + " article_entities ae JOIN article_entities o ON o.article_no = ae.article_no AND o.entity_id <>"
                + " ae.entity_id JOIN entities e ON e.id = o.entity_id WHERE ae.entity_id = ? AND ae."
                + VISIBLE_ARTICLE + " GROUP BY e.id, e.type, e.name ORDER BY COUNT(*) DESC, SUM(o.mentions) DESC,"
                + " e.id LIMIT ?",
                Entities::summary, key.get(), limit));
    }

    /** The ids of the stories whose visible articles mention an entity, the story with the latest such article first. */
    public List<String> storyIds(String id, int limit) {
        Optional<Long> key = keyOf(id);
        if (key.isEmpty()) {
            return List.of();
        }
        return store.database().read(tx -> tx.query("SELECT en.story_id FROM article_entities ae JOIN"
                + " article_enrichment en ON en.article_id = ae.article_id WHERE ae.entity_id = ? AND ae."
                + VISIBLE_ARTICLE + " GROUP BY en.story_id ORDER BY MAX(en.time_sec) DESC, en.story_id LIMIT ?",
                rs -> rs.getString(1), key.get(), limit));
    }

    private static Optional<Long> keyOf(String id) {
        if (id == null || id.isEmpty() || id.length() > 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Number of entities mentioned by at least one article. */
    public long count() {
        return store.database().read(tx -> tx.number("SELECT COUNT(*) FROM entities WHERE articles > 0"));
    }

    /** Grows with every change to entities; a reader reloads what it derived from them when it changes. */
    public long version() {
        return store.database().read(tx -> tx.number("SELECT value FROM entity_state WHERE name = 'version'"));
    }

    /** One spelling of one entity and how often articles name the entity by it, for name lookups. */
    record NameRow(long entityId, String type, String spelling, long mentions) {
    }

    /** Every spelling of every entity an article mentions. */
    List<NameRow> names() {
        return store.database().read(tx -> tx.query("SELECT s.entity_id, e.type, s.spelling, s.mentions FROM entity_spellings s"
                + " JOIN entities e ON e.id = s.entity_id WHERE e.articles > 0",
                rs -> new NameRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
    }

    private static Summary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Summary(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getLong(5));
    }
}
