package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.model.ArticleJson;
import org.marsad.model.UntrustedText;

/**
 * The system of record: articles, their tags and their raw sources, in SQLite (the default, one file in WAL mode) or
 * PostgreSQL, through the same JDBC code and the same SQL. The schema is created and upgraded by Flyway migrations
 * in {@code db/migration} on the classpath.
 *
 * <p>Identity: an article with a URL is the same article as any stored one with that URL (after trimming and
 * dropping a {@code #fragment}); an article without a URL is the same as a stored one whose title and body are equal
 * after the Arabic search folding of {@link ArabicNormalizer#search} (so copies differing only in diacritics, hamza
 * seats or tatweel are one article). A re-stored article keeps its first id. New ids are the article's own id when
 * it has one, else {@link ArticleIds#of}.
 *
 * <p>Every insert or change takes the next value of a store-wide sequence ({@link #lastSeq()}); the search index
 * records the highest value it holds, which is how it catches up after a crash.
 *
 * <p>Thread safety: one connection, used by one thread at a time (methods are synchronized). Each upsert call is
 * one transaction, committed before it returns.
 */
public final class ArticleStore implements AutoCloseable {
    private static final String COLUMNS = "id, json, seq";

    private final Connection conn;
    private final String url;
    private final String storeId;

    private ArticleStore(Connection conn, String url) throws SQLException {
        this.conn = conn;
        this.url = url;
        this.storeId = ensureStoreId();
    }

    /** Opens (creating if needed) the SQLite store in {@code file}. */
    public static ArticleStore openSqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create directory for " + file + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=U&password=P}),
     * bringing its schema up to date.
     */
    public static ArticleStore open(String jdbcUrl) {
        migrate(jdbcUrl);
        try {
            Connection c = DriverManager.getConnection(jdbcUrl);
            if (isSqlite(jdbcUrl)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    // NORMAL in WAL mode loses nothing when the process dies (kill -9), only on power loss.
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA busy_timeout=10000");
                }
            }
            c.setAutoCommit(false);
            return new ArticleStore(c, jdbcUrl);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(String jdbcUrl) {
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, null, null)
                    .locations("classpath:db/migration")
                    // Modules own version ranges (store V1-V9, sources V10-V19, stories V20-V29) and land in any
                    // order, so a lower version may arrive after a higher one was applied.
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the store at " + redact(jdbcUrl) + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static boolean isSqlite(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }

    /** The JDBC URL this store was opened with. */
    public String jdbcUrl() {
        return url;
    }

    /** A random identity made when the store was created; an index built from another store is rebuilt. */
    public String storeId() {
        return storeId;
    }

    /** Stores one article (see the class comment for identity); one transaction. */
    public synchronized Upserted upsert(Article article, RawSource raw) {
        return upsertAll(List.of(new Incoming(article, raw))).get(0);
    }

    /** An article to store with its raw source (which may be null). */
    public record Incoming(Article article, RawSource raw) {
    }

    /**
     * Stores a batch in one transaction: all of it or, on failure, none of it. Outcomes are in input order; two
     * items of the batch that are the same article count as NEW then UPDATED (or UNCHANGED).
     */
    public synchronized List<Upserted> upsertAll(List<Incoming> batch) {
        List<Upserted> out = new ArrayList<>(batch.size());
        try {
            for (Incoming in : batch) {
                // Untrusted text is cleaned of controls and unpaired bidi overrides here, where every writer passes.
                out.add(upsertOne(UntrustedText.clean(in.article()), in.raw()));
            }
            conn.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof RuntimeException r && !(e instanceof StoreException)) {
                throw r;
            }
            throw e instanceof StoreException s ? s : new StoreException("cannot store articles: " + e.getMessage(), e);
        }
    }

    private Upserted upsertOne(Article incoming, RawSource raw) throws SQLException {
        String canonicalUrl = canonicalUrl(incoming.url());
        Article a = incoming.withUrl(canonicalUrl);
        String contentKey = canonicalUrl == null ? contentKey(a) : null;
        Existing existing = canonicalUrl != null
                ? findExisting("SELECT id, content_hash, seq FROM articles WHERE url = ?", canonicalUrl)
                : findExisting("SELECT id, content_hash, seq FROM articles WHERE content_key = ? ORDER BY seq LIMIT 1",
                contentKey);
        if (existing == null && incoming.id() != null) {
            existing = findExisting("SELECT id, content_hash, seq FROM articles WHERE id = ?", incoming.id());
        }
        String id = existing != null ? existing.id
                : incoming.id() != null && !incoming.id().isBlank() ? incoming.id() : ArticleIds.of(a);
        a = a.withId(id);
        String hash = contentHash(a);
        if (existing != null && existing.hash.equals(hash)) {
            return new Upserted(id, Upserted.Change.UNCHANGED, existing.seq, a);
        }
        long seq = nextSeq();
        String now = Instant.now().toString();
        String json = ArticleJson.toLine(a);
        String day = a.publishedDay().map(Object::toString).orElse(null);
        if (existing == null) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles (id, url, content_key, title, "
                    + "published, published_day, source, author, language, json, content_hash, seq, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, id, canonicalUrl, contentKey, a.title(), a.published(), day, a.source(), a.author(),
                        a.language(), json, hash);
                ps.setLong(12, seq);
                ps.setString(13, now);
                ps.setString(14, now);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE articles SET id = ?, url = ?, content_key = ?, "
                    + "title = ?, published = ?, published_day = ?, source = ?, author = ?, language = ?, json = ?, "
                    + "content_hash = ?, seq = ?, updated_at = ? WHERE id = ?")) {
                bind(ps, id, canonicalUrl, contentKey, a.title(), a.published(), day, a.source(), a.author(),
                        a.language(), json, hash);
                ps.setLong(12, seq);
                ps.setString(13, now);
                ps.setString(14, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM article_tags WHERE article_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO article_tags (article_id, tag) VALUES (?, ?)")) {
            for (String tag : new LinkedHashSet<>(a.tags())) {
                ps.setString(1, id);
                ps.setString(2, tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (raw != null) {
            saveRaw(id, raw);
        }
        return new Upserted(id, existing == null ? Upserted.Change.NEW : Upserted.Change.UPDATED, seq, a);
    }

    private static void bind(PreparedStatement ps, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 1, values[i]);
        }
    }

    private void saveRaw(String id, RawSource raw) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM raw_sources WHERE article_id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO raw_sources (article_id, kind, location, byte_offset, content) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, raw.kind());
            ps.setString(3, raw.location());
            if (raw.offset() == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, raw.offset());
            }
            if (raw.content() == null) {
                ps.setNull(5, Types.BINARY);
            } else {
                ps.setBytes(5, raw.content());
            }
            ps.executeUpdate();
        }
    }

    private record Existing(String id, String hash, long seq) {
    }

    private Existing findExisting(String sql, String key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Existing(rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
            }
        }
    }

    private long nextSeq() throws SQLException {
        // The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) first, so concurrent writers queue.
        try (Statement s = conn.createStatement()) {
            s.executeUpdate("UPDATE store_counters SET value = value + 1 WHERE name = 'seq'");
            try (ResultSet rs = s.executeQuery("SELECT value FROM store_counters WHERE name = 'seq'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The URL an article is identified by: trimmed, without a fragment; null when blank. */
    static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        int hash = u.indexOf('#');
        return hash >= 0 ? u.substring(0, hash) : u;
    }

    /** The identity of an article without a URL: its title and body after Arabic search folding. */
    static String contentKey(Article a) {
        String key = fold(a.title()) + "\n" + fold(a.bodyText());
        return sha256(key).substring(0, 32);
    }

    private static String fold(String s) {
        return s == null ? "" : ArabicNormalizer.search(s).replaceAll("\\s+", " ").strip();
    }

    private static String contentHash(Article a) {
        // fetched_at changes on every fetch, and duplicate_of/story are derived by enrichment after storing: none of
        // them makes the article different (so an exported article ingests back as unchanged).
        return sha256(ArticleJson.toLine(a.withFetchedAt(null).withEnrichment(null, null)));
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The article with this id. */
    public synchronized Optional<Article> get(String id) {
        List<Article> found = query("SELECT json FROM articles WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** What the article was extracted from, when it was kept. */
    public synchronized Optional<RawSource> raw(String id) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT kind, location, byte_offset, content FROM raw_sources WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long off = rs.getLong(3);
                Long offset = rs.wasNull() ? null : off;
                return Optional.of(new RawSource(rs.getString(1), rs.getString(2), offset, rs.getBytes(4)));
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endRead();
        }
    }

    private static final String NEWEST_FIRST =
            " ORDER BY CASE WHEN published_day IS NULL THEN 1 ELSE 0 END, published_day DESC, published DESC, seq DESC";

    /** The newest articles by publication day (undated ones last, then most recently stored first). */
    public synchronized List<Article> latest(int limit, int offset) {
        return query("SELECT json FROM articles" + NEWEST_FIRST + " LIMIT ? OFFSET ?", limit, offset);
    }

    /** The newest articles credited to {@code source} (exact name). */
    public synchronized List<Article> bySource(String source, int limit, int offset) {
        return query("SELECT json FROM articles WHERE source = ?" + NEWEST_FIRST + " LIMIT ? OFFSET ?",
                source, limit, offset);
    }

    /** The newest articles carrying {@code tag} (exact tag). */
    public synchronized List<Article> byTag(String tag, int limit, int offset) {
        return query("SELECT json FROM articles WHERE id IN (SELECT article_id FROM article_tags WHERE tag = ?)"
                + NEWEST_FIRST + " LIMIT ? OFFSET ?", tag, limit, offset);
    }

    /** How many articles are stored. */
    public synchronized long count() {
        return longQuery("SELECT COUNT(*) FROM articles");
    }

    /** The highest sequence number given so far (0 for an empty store). */
    public synchronized long lastSeq() {
        return longQuery("SELECT value FROM store_counters WHERE name = 'seq'");
    }

    /** Every outlet with its article count, most articles first. */
    public synchronized List<NameCount> sources() {
        return counts("SELECT source, COUNT(*) FROM articles WHERE source IS NOT NULL GROUP BY source "
                + "ORDER BY COUNT(*) DESC, source", Integer.MAX_VALUE);
    }

    /** The most used tags with their article counts. */
    public synchronized List<NameCount> tags(int limit) {
        return counts("SELECT tag, COUNT(*) FROM article_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag", limit);
    }

    /** Counts over the whole store. */
    public synchronized StoreStats stats() {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT source), MIN(published_day), "
                     + "MAX(published_day), MAX(updated_at) FROM articles")) {
            rs.next();
            long articles = rs.getLong(1);
            long sources = rs.getLong(2);
            String earliest = rs.getString(3);
            String latest = rs.getString(4);
            String updated = rs.getString(5);
            long tags;
            try (ResultSet t = s.executeQuery("SELECT COUNT(DISTINCT tag) FROM article_tags")) {
                t.next();
                tags = t.getLong(1);
            }
            return new StoreStats(articles, sources, tags, earliest, latest, updated);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endRead();
        }
    }

    /** Every article, oldest change first. Streams: memory does not grow with the store. */
    public void forEach(Consumer<Article> each) {
        forEachSince(0, s -> each.accept(s.article()));
    }

    /**
     * Every article whose current version has a sequence number above {@code seq}, in sequence order; returns how
     * many there were. Reads in pages, so the store stays usable between them.
     */
    public long forEachSince(long seq, Consumer<StoredArticle> each) {
        long after = seq;
        long n = 0;
        while (true) {
            List<StoredArticle> page = page(after, 500);
            if (page.isEmpty()) {
                return n;
            }
            for (StoredArticle s : page) {
                each.accept(s);
                n++;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    private synchronized List<StoredArticle> page(long after, int size) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT " + COLUMNS + " FROM articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, size);
            List<StoredArticle> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredArticle(ArticleJson.parse(rs.getString(2)), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endRead();
        }
    }

    /**
     * Runs {@code work} in one transaction on the store's connection, for modules that keep their own tables in the
     * same database (sources, stories): committed when it returns, rolled back when it throws.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            T result = work.run(conn);
            conn.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure(e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private List<Article> query(String sql, Object... args) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Article> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ArticleJson.parse(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endRead();
        }
    }

    private List<NameCount> counts(String sql, int limit) {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<NameCount> out = new ArrayList<>();
            while (rs.next() && out.size() < limit) {
                out.add(new NameCount(rs.getString(1), rs.getLong(2)));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endRead();
        }
    }

    private long longQuery(String sql) {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endRead();
        }
    }

    private String ensureStoreId() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO store_meta (name, value) SELECT 'store_id', ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM store_meta WHERE name = 'store_id')")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE name = 'store_id'")) {
            rs.next();
            String id = rs.getString(1);
            conn.commit();
            return id;
        }
    }

    // Reads run inside the connection's open transaction (auto-commit is off); ending it releases the snapshot
    // so that a long-lived store sees other writers' changes and does not pin the WAL.
    private void endRead() {
        try {
            conn.commit();
        } catch (SQLException ignored) {
            // nothing was written; the next statement starts a fresh transaction anyway
        }
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the failure being reported says why
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("store error: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
