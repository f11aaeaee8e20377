package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.enrich.IngestCpu;
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.model.ArticleJson;
import org.marsad.model.FieldLengths;
import org.marsad.model.UntrustedText;
import org.marsad.store.figures.FigureRows;

/**
 * The system of record: articles, their tags and their raw sources, in SQLite (the default, one file in WAL mode) or
 * PostgreSQL, through the same JDBC code and the same SQL. The schema is created and upgraded by Flyway migrations
 * on the classpath ({@code db/migration}, and {@code org.marsad.store.migration} for those written in Java).
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
 * <p>Thread safety: safe for any number of threads; reads run beside writes (see {@link Database}). Each upsert
 * call is one transaction, committed before it returns. Several processes may write one store at once.
 */
public final class ArticleStore implements AutoCloseable {
    /** The {@code store_counters} row of {@link #indexSentSeq}. */
    static final String INDEX_SENT = "index_sent";

    private static final String COLUMNS = "seq, hidden_at, " + ArticleRows.COLUMNS;
    /** What {@link #articles} reads: each article with its decision (see {@link ArticleRows}). */
    private static final String READ = "SELECT " + ArticleRows.COLUMNS + ArticleRows.FROM;
    /** Readers see only articles no editor has hidden (see {@link #hide}). */
    private static final String VISIBLE = "hidden_at IS NULL";

    private final Database db;
    private final String storeId;

    private ArticleStore(Database db) {
        this.db = db;
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
     * Opens an existing SQLite store for reading only: nothing is written, not even SQLite's side files (see
     * {@link Database#openReadOnly}); every write fails.
     */
    public static ArticleStore openSqliteReadOnly(Path file) {
        Database db = Database.openReadOnly(file);
        try {
            return new ArticleStore(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=U&password=P}),
     * bringing its schema up to date.
     */
    public static ArticleStore open(String jdbcUrl) {
        Database db = Database.open(jdbcUrl);
        try {
            return new ArticleStore(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The database the store lives in, for the modules that keep their own tables there (each table has one
     * owner; see {@link Database}).
     */
    public Database database() {
        return db;
    }

    /** The JDBC URL this store was opened with. */
    public String jdbcUrl() {
        return db.jdbcUrl();
    }

    /** A random identity made when the store was created; an index built from another store is rebuilt. */
    public String storeId() {
        return storeId;
    }

    /** Stores one article (see the class comment for identity); one transaction. */
    public Upserted upsert(Article article, RawSource raw) {
        return upsertAll(List.of(new Incoming(article, raw))).get(0);
    }

    private static Incoming prepared(Incoming in) {
        long cpu = IngestCpu.start();
        Incoming out = new Incoming(ArticleFigures.enrich(FieldLengths.bounded(UntrustedText.clean(in.article()))),
                in.raw());
        IngestCpu.lap(IngestCpu.Stage.FIGURES, cpu);
        return out;
    }

    /** An article to store with its raw source (which may be null). */
    public record Incoming(Article article, RawSource raw) {
    }

    /**
     * Stores a batch in one transaction: all of it or, on failure, none of it. Outcomes are in input order; two
     * items of the batch that are the same article count as NEW then UPDATED (or UNCHANGED).
     */
    public List<Upserted> upsertAll(List<Incoming> batch) {
        return upsertAll(batch, null);
    }

    /**
     * {@link #upsertAll(List)}, finding the batch's figures on {@code work}'s threads as well as the caller's (on
     * the caller alone when null); what is stored is the same.
     */
    public List<Upserted> upsertAll(List<Incoming> batch, PureWork work) {
        return upsertAll(prepare(batch, work));
    }

    /**
     * A batch made ready to store ({@link #prepare}): its untrusted text cleaned and its figures found. Only the
     * store makes one, so that every stored version carries figures found from its own cleaned text.
     */
    public static final class Prepared {
        private final List<Incoming> items;

        private Prepared(List<Incoming> items) {
            this.items = items;
        }

        /** The articles as they will be stored (before identity and enrichment), in batch order. */
        public List<Article> articles() {
            return items.stream().map(Incoming::article).toList();
        }
    }

    /**
     * The pure part of {@link #upsertAll(List, PureWork)}, which reads nothing stored: cleans each article's
     * untrusted text and finds its figures, on {@code work}'s threads as well as the caller's (on the caller alone
     * when null). A writer that waits for others before storing does this before it waits.
     */
    public static Prepared prepare(List<Incoming> batch, PureWork work) {
        // Untrusted text is cleaned of controls and unpaired bidi overrides here, where every writer passes; the
        // figures are a pure function of that cleaned text (their offsets count in it), so they are found here too,
        // before the write lock is taken, and each stored version carries its own.
        List<Incoming> ready;
        if (work == null) {
            ready = new ArrayList<>(batch.size());
            for (Incoming in : batch) {
                ready.add(prepared(in));
            }
        } else {
            ready = work.start(batch, ArticleStore::prepared).join();
        }
        return new Prepared(ready);
    }

    /**
     * {@link #prepare} started on {@code work}'s threads and left running: the caller does something else (saves the
     * batch before this one) and takes the result up with {@link Preparing#prepared}. {@code then} is applied to each
     * article as prepared, on the same thread right after (entity tagging, say), so that a batch's pure work is one
     * pass; it must be pure too.
     */
    public static <T> Preparing<T> startPreparing(List<Incoming> batch, PureWork work,
                                                  java.util.function.Function<Article, T> then) {
        return new Preparing<>(work.start(List.copyOf(batch), in -> {
            Incoming ready = prepared(in);
            return new ReadyItem<>(ready, then.apply(ready.article()));
        }));
    }

    private record ReadyItem<T>(Incoming item, T extra) {
    }

    /** A batch being prepared ({@link #startPreparing}); not thread-safe: one taker. */
    public static final class Preparing<T> {
        private final PureWork.Pending<ReadyItem<T>> pending;
        private List<ReadyItem<T>> done;

        private Preparing(PureWork.Pending<ReadyItem<T>> pending) {
            this.pending = pending;
        }

        private List<ReadyItem<T>> done() {
            if (done == null) {
                // Waits for the workers and runs on this thread what they have not started; a failure of the
                // preparation (or of the function after it) is thrown here.
                done = pending.join();
            }
            return done;
        }

        /** The prepared batch, as {@link #prepare} makes it. */
        public Prepared prepared() {
            return new Prepared(done().stream().map(ReadyItem::item).toList());
        }

        /** What the function gave for each prepared article, in batch order. */
        public List<T> extras() {
            return done().stream().map(ReadyItem::extra).toList();
        }
    }

    /** Stores a batch {@link #prepare}d before, like {@link #upsertAll(List)}; outcomes are in batch order. */
    public List<Upserted> upsertAll(Prepared prepared) {
        long cpu = IngestCpu.start();
        try {
            return write(prepared.items);
        } finally {
            IngestCpu.lap(IngestCpu.Stage.SQLITE, cpu);
        }
    }

    private List<Upserted> write(List<Incoming> ready) {
        try {
            return db.write(tx -> {
                // The counter row first: on PostgreSQL its row lock queues concurrent writers here, before they
                // look for existing articles (SQLite's IMMEDIATE transaction already holds the write lock).
                tx.update("UPDATE store_counters SET value = value WHERE name = 'seq'");
                // The counter is read once and written once per batch (the row lock above, or SQLite's write lock,
                // keeps it ours to the commit): two statements per article fewer, the same numbers.
                long[] seq = {tx.number("SELECT value FROM store_counters WHERE name = 'seq'")};
                long first = seq[0];
                List<Upserted> out = new ArrayList<>(ready.size());
                for (Incoming in : ready) {
                    out.add(upsertOne(tx, in.article(), in.raw(), seq));
                }
                if (seq[0] != first) {
                    tx.update("UPDATE store_counters SET value = ? WHERE name = 'seq'", seq[0]);
                    keepFiguresMark(tx, first, seq[0]);
                }
                return out;
            });
        } catch (StoreException e) {
            throw e.getMessage().startsWith("store error: ")
                    ? new StoreException("cannot store articles: " + e.getMessage().substring(13), e.getCause()) : e;
        }
    }

    // The published_at column: the second the article sorts by (see PublishedDates.sortSecond), null when undated.
    private static void bindSortSecond(PreparedStatement ps, int at, String published) throws SQLException {
        if (published == null) {
            ps.setNull(at, Types.BIGINT);
        } else {
            ps.setLong(at, org.marsad.model.PublishedDates.sortSecond(published));
        }
    }

    // seq[0]: the last change number given in this transaction; the next article takes seq[0] + 1.
    private Upserted upsertOne(Tx tx, Article incoming, RawSource raw, long[] counter) throws SQLException {
        String canonicalUrl = canonicalUrl(incoming.url());
        // Entities and the tags made from them are this archive's derivations (an exported article carries another
        // archive's ids): the owner enriches what is stored.
        Article a = incoming.withUrl(canonicalUrl).withEntities(List.of(), List.of());
        String contentKey = canonicalUrl == null ? contentKey(a) : null;
        Existing existing = canonicalUrl != null
                ? findExisting(tx, "SELECT id, content_hash, seq, article_no FROM articles WHERE url = ?", canonicalUrl)
                : findExisting(tx, "SELECT id, content_hash, seq, article_no FROM articles WHERE content_key = ? ORDER BY seq LIMIT 1",
                contentKey);
        if (existing == null && incoming.id() != null) {
            existing = findExisting(tx, "SELECT id, content_hash, seq, article_no FROM articles WHERE id = ?", incoming.id());
        }
        if (existing == null && canonicalUrl == null && (incoming.id() == null || incoming.id().isBlank())) {
            // The id folds the text otherwise than the content key (NFKC makes a no-break space a space, the key keeps
            // it): an article its id calls the same as a stored one is that one, updated, not a second row refused.
            existing = findExisting(tx, "SELECT id, content_hash, seq, article_no FROM articles WHERE id = ?", ArticleIds.of(a));
        }
        String id = existing != null ? existing.id
                : incoming.id() != null && !incoming.id().isBlank() ? incoming.id() : ArticleIds.of(a);
        a = a.withId(id);
        String json = existing == null ? ArticleJson.toLine(a) : null;
        String hash = contentHash(a);
        if (existing != null && existing.hash.equals(hash)) {
            return new Upserted(id, Upserted.Change.UNCHANGED, existing.seq, a);
        }
        if (existing != null) {
            // A new version keeps the near-duplicate and story decision of the stored one, whoever stores it (a
            // process that does not enrich, while a server owns the archive, included): its article_enrichment row
            // stays, and readers join it.
            json = ArticleJson.toLine(a);
        }
        long seq = ++counter[0];
        // A new article is numbered by its first change number; a new version keeps the number (see V92).
        long no = existing != null ? existing.no : seq;
        String now = Instant.now().toString();
        String day = a.publishedDay().map(Object::toString).orElse(null);
        // The statements of a batch are kept by its transaction (Tx#kept): one prepare per batch, not per article.
        if (existing == null) {
            PreparedStatement ps = tx.kept("INSERT INTO articles (id, url, content_key, title, "
                    + "published, published_day, source, author, language, json, content_hash, seq, created_at, "
                    + "updated_at, published_at, article_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            bind(ps, id, canonicalUrl, contentKey, a.title(), a.published(), day, a.source(), a.author(),
                    a.language(), json, hash);
            ps.setLong(12, seq);
            ps.setString(13, now);
            ps.setString(14, now);
            bindSortSecond(ps, 15, a.published());
            ps.setLong(16, no);
            ps.executeUpdate();
        } else {
            PreparedStatement ps = tx.kept("UPDATE articles SET id = ?, url = ?, content_key = ?, "
                    + "title = ?, published = ?, published_day = ?, source = ?, author = ?, language = ?, json = ?, "
                    + "content_hash = ?, seq = ?, updated_at = ?, published_at = ? WHERE id = ?");
            bind(ps, id, canonicalUrl, contentKey, a.title(), a.published(), day, a.source(), a.author(),
                    a.language(), json, hash);
            ps.setLong(12, seq);
            ps.setString(13, now);
            bindSortSecond(ps, 14, a.published());
            ps.setString(15, id);
            ps.executeUpdate();
            PreparedStatement tags = tx.kept("DELETE FROM article_tags WHERE article_no = ?");
            tags.setLong(1, no);
            tags.executeUpdate();
        }
        if (!a.tags().isEmpty()) {
            PreparedStatement ps = tx.kept("INSERT INTO article_tags (article_no, article_id, tag) VALUES (?, ?, ?)");
            for (String tag : new LinkedHashSet<>(a.tags())) {
                ps.setLong(1, no);
                ps.setString(2, id);
                ps.setString(3, tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (existing == null) {
            FigureRows.add(tx, no, id, a.figures());
        } else {
            FigureRows.replace(tx, no, id, a.figures());
        }
        if (raw != null) {
            // A new id has no raw source to replace (deleting an article deletes its raw source).
            saveRaw(tx, id, raw, existing != null);
        }
        return new Upserted(id, existing == null ? Upserted.Change.NEW : Upserted.Change.UPDATED, seq, a);
    }

    private static void bind(PreparedStatement ps, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 1, values[i]);
        }
    }

    private static void saveRaw(Tx tx, String id, RawSource raw, boolean replaces) throws SQLException {
        if (replaces) {
            PreparedStatement del = tx.kept("DELETE FROM raw_sources WHERE article_id = ?");
            del.setString(1, id);
            del.executeUpdate();
        }
        PreparedStatement ps = tx.kept(
                "INSERT INTO raw_sources (article_id, kind, location, byte_offset, content) VALUES (?, ?, ?, ?, ?)");
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

    // no: the article's number (articles.article_no), which keys its rows in the tables of several rows per article.
    private record Existing(String id, String hash, long seq, long no) {
    }

    private static Existing findExisting(Tx tx, String sql, String key) throws SQLException {
        PreparedStatement ps = tx.kept(sql);
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Existing(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)) : null;
        }
    }

    private static long nextSeq(Tx tx) throws SQLException {
        // The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) first, so concurrent writers queue.
        tx.kept("UPDATE store_counters SET value = value + 1 WHERE name = 'seq'").executeUpdate();
        long seq;
        try (ResultSet rs = tx.kept("SELECT value FROM store_counters WHERE name = 'seq'").executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        keepFiguresMark(tx, seq - 1, seq);
        return seq;
    }

    /**
     * Moves the figure refresh's mark ({@code figures_refreshed}) from {@code before} to {@code after} when it stood
     * at {@code before}: the changes numbered in between, made in the caller's transaction, left every article with
     * figures of today's rules (a stored version gets them with their version row, an edit, hide or deletion keeps
     * or removes them). Without this, the first open after a bulk ingest walked every article stored since the last
     * open to find nothing to refresh: 1,000,000 articles of the seq index and the versions table, most of a 60 s
     * open. A mark already behind (an older Marsad's articles) stays where it is, for the refresh to move.
     */
    static void keepFiguresMark(Tx tx, long before, long after) throws SQLException {
        PreparedStatement ps = tx.kept("UPDATE figures_refreshed SET through_seq = ? WHERE version = ? "
                + "AND through_seq = ?");
        ps.setLong(1, after);
        ps.setInt(2, ArticleFigures.VERSION);
        ps.setLong(3, before);
        ps.executeUpdate();
    }

    /**
     * Replaces the stored JSON of an article whose content stays the same (fields derived from it that an editor
     * changed, such as its entities), within the caller's write transaction. The article takes the next change
     * number, so that the index owner indexes it again (at once when the caller owns it, else when it catches up).
     */
    public void rewrite(Tx tx, Article updated, Instant now) throws SQLException {
        long seq = nextSeq(tx);
        tx.update("UPDATE articles SET json = ?, seq = ?, updated_at = ? WHERE id = ?", ArticleJson.toLine(updated),
                seq, now.toString(), updated.id());
    }

    /** An article removed from the store, and the change number its removal took. */
    public record Deletion(String id, long seq) {
    }

    /**
     * Removes articles (their rows, tags, raw sources and figures), within the caller's write transaction; each removal takes
     * the next change number and is recorded, so that the index follows ({@link #deletionsSince}). Ids not stored
     * are left out of the result.
     */
    public List<Deletion> delete(Tx tx, Collection<String> ids, Instant now) throws SQLException {
        tx.update("UPDATE store_counters SET value = value WHERE name = 'seq'");
        List<Deletion> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Optional<Long> no = tx.first("SELECT article_no FROM articles WHERE id = ?", rs -> rs.getLong(1), id);
            if (no.isEmpty()) {
                continue;
            }
            long seq = nextSeq(tx);
            tx.update("DELETE FROM article_tags WHERE article_no = ?", no.get());
            tx.update("DELETE FROM raw_sources WHERE article_id = ?", id);
            FigureRows.forget(tx, no.get(), id);
            tx.update("DELETE FROM articles WHERE id = ?", id);
            tx.update("INSERT INTO article_deletions (seq, article_id, deleted_at) VALUES (?, ?, ?)", seq, id,
                    now.toString());
            out.add(new Deletion(id, seq));
        }
        return out;
    }

    /** A hidden article for the editors' list: who hid it and when. */
    public record Hidden(Article article, Instant hiddenAt, String hiddenBy) {
    }

    /**
     * Hides articles from readers, within the caller's write transaction: they stay stored (with their tags, raw
     * sources and decisions) and each takes the next change number, so that the index owner removes it from the
     * index. Returns the ids that were stored and visible (others — unknown or already hidden — are left out).
     */
    public List<String> hide(Tx tx, Collection<String> ids, String by, Instant now) throws SQLException {
        tx.update("UPDATE store_counters SET value = value WHERE name = 'seq'");
        List<String> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            if (tx.number("SELECT COUNT(*) FROM articles WHERE id = ? AND " + VISIBLE, id) == 0) {
                continue;
            }
            long seq = nextSeq(tx);
            tx.update("UPDATE articles SET hidden_at = ?, hidden_by = ?, seq = ?, updated_at = ? WHERE id = ?",
                    now.toString(), by, seq, now.toString(), id);
            out.add(id);
        }
        return out;
    }

    /**
     * Shows hidden articles again, within the caller's write transaction; each takes the next change number, so that
     * the index owner puts it back. Returns the ids that were hidden (others are left out).
     */
    public List<String> unhide(Tx tx, Collection<String> ids, Instant now) throws SQLException {
        tx.update("UPDATE store_counters SET value = value WHERE name = 'seq'");
        List<String> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            if (tx.number("SELECT COUNT(*) FROM articles WHERE id = ? AND hidden_at IS NOT NULL", id) == 0) {
                continue;
            }
            long seq = nextSeq(tx);
            tx.update("UPDATE articles SET hidden_at = NULL, hidden_by = NULL, seq = ?, updated_at = ? WHERE id = ?",
                    seq, now.toString(), id);
            out.add(id);
        }
        return out;
    }

    /** The hidden articles, most recently hidden first. */
    public List<Hidden> hidden(int limit, int offset) {
        return db.read(tx -> tx.query("SELECT hidden_at, hidden_by, " + ArticleRows.COLUMNS + ArticleRows.FROM
                + " WHERE hidden_at IS NOT NULL ORDER BY hidden_at DESC, id LIMIT ? OFFSET ?",
                rs -> new Hidden(ArticleRows.article(rs, 3), Instant.parse(rs.getString(1)), rs.getString(2)), limit,
                offset));
    }

    /** The article with this id when it is hidden, with who hid it and when. */
    public Optional<Hidden> hiddenOne(String id) {
        return db.read(tx -> tx.first("SELECT hidden_at, hidden_by, " + ArticleRows.COLUMNS + ArticleRows.FROM
                + " WHERE id = ? AND hidden_at IS NOT NULL",
                rs -> new Hidden(ArticleRows.article(rs, 3), Instant.parse(rs.getString(1)), rs.getString(2)), id));
    }

    /** How many articles are hidden. */
    public long hiddenCount() {
        return db.read(tx -> tx.number("SELECT COUNT(*) FROM articles WHERE hidden_at IS NOT NULL"));
    }

    /** Whether the article with this id is stored and hidden. */
    public boolean isHidden(String id) {
        return db.read(tx -> tx.number("SELECT COUNT(*) FROM articles WHERE id = ? AND hidden_at IS NOT NULL", id)) > 0;
    }

    /** At most {@code limit} deletions numbered above {@code seq}, in sequence order. */
    public List<Deletion> deletionsSince(long seq, int limit) {
        return db.read(tx -> tx.query("SELECT article_id, seq FROM article_deletions WHERE seq > ? ORDER BY seq LIMIT ?",
                rs -> new Deletion(rs.getString(1), rs.getLong(2)), seq, limit));
    }

    /**
     * The URL an article is identified by: trimmed, without a fragment; null when blank. Public so that an import
     * can tell which of its own lines the store will take for one article.
     */
    public static String canonicalUrl(String url) {
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

    /**
     * The content hash of an article: its JSON without the fetch time and what enrichment derives
     * ({@link ArticleJson#toContentLine}). fetched_at changes on every fetch, and duplicate_of/story/entities/auto_tags
     * are derived by enrichment after storing: none of them makes the article different (so an exported article
     * ingests back as unchanged); nor do the figures, found from the text. The derived lists are left out of the
     * hashed text, not emptied, so that hashes stored before they existed still agree. Public for the migrations
     * that store a new version of an article themselves (V93).
     */
    public static String contentHash(Article a) {
        return sha256(ArticleJson.toContentLine(a));
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Finds the figures again of every stored article whose figures were found by older rules, or not at all (stored
     * before figures existed, or stored by a write that ended before its figures were): its JSON and figure rows are
     * rewritten, its sequence number stays (its content did not change). Runs in pages; each rewritten article is
     * passed to {@code changed}. Returns how many.
     *
     * <p>Only articles changed since the last complete refresh under the same rules are checked (the
     * {@code figures_refreshed} mark), so an open of an archive where nothing changed reads no article.
     */
    public long refreshFigures(Consumer<Article> changed) {
        FigureRefresh r = figureRefresh(null);
        if (r == null) {
            return 0;
        }
        while (r.step(changed)) {
            // one page at a time, to the end
        }
        r.finish();
        return r.refreshed();
    }

    /**
     * The refresh {@link #refreshFigures} makes, to be made a page at a time ({@link FigureRefresh#step}) — by a
     * server in the background while it serves — or null when every article's figures are current.
     *
     * @param resumeAfter null for a refresh from the start; else the id of the last article whose refresh an earlier,
     *                    interrupted refresh made durable everywhere it matters to the caller (its search index): the
     *                    refresh goes on after it and passes on every later article, refreshed now or already current,
     *                    since a write the interrupted process made may not have reached the caller's index
     */
    public FigureRefresh figureRefresh(String resumeAfter) {
        // Read before the scan: every change numbered up to here is committed (the counter is taken under its row
        // lock), so the scan below sees it, and the mark written after the scan claims no more than was checked.
        long through = lastSeq();
        long checked = db.read(tx -> tx.first("SELECT through_seq FROM figures_refreshed WHERE version = ?",
                rs -> rs.getLong(1), ArticleFigures.VERSION)).orElse(-1L);
        if (checked >= through && resumeAfter == null) {
            return null;
        }
        if (through == 0 && resumeAfter == null) {
            // A store that never held an article has no figures to find again: its first open (a new user's
            // `marsad demo`) is no upgrade, and its articles are stored with today's figures from here on.
            markFiguresRefreshed(0);
            return null;
        }
        long total = resumeAfter == null && checked >= 0 ? 0 : count();
        return new FigureRefresh(through, checked < 0 || resumeAfter != null ? -1 : checked, resumeAfter, total);
    }

    /**
     * A refresh of the stored figures under today's rules (see {@link #refreshFigures}), a page at a time: each
     * {@link #step} is one read and one write transaction, so saves and reads go on between steps. A stop at any
     * point loses nothing: each article's version is written with its figures, and the next refresh checks only
     * those still older. Not thread-safe (one caller steps it).
     */
    public final class FigureRefresh {
        private static final int STEP = 200;
        private final long through;
        private final boolean all;
        private final boolean resumed;
        private final long total;
        private Object after;
        private long refreshed;
        private long passed;
        private boolean done;

        private FigureRefresh(long through, long checked, String resumeAfter, long total) {
            this.through = through;
            // With a mark, the few articles changed since are found through the seq index; without one, every
            // article is checked, and walking them in id order joins the versions table more cheaply (measured: 2.6 s
            // against 3.6 s at 329,500 articles). Either key stays put while a refresh rewrites an article.
            this.all = checked < 0;
            this.resumed = resumeAfter != null;
            this.after = all ? (resumeAfter == null ? "" : resumeAfter) : (Object) checked;
            this.total = total;
        }

        /**
         * Refreshes the next page of articles and passes each rewritten one to {@code changed} (after a resume, also
         * each later one already current). Returns whether more remains.
         */
        public boolean step(Consumer<Article> changed) {
            if (done) {
                return false;
            }
            // A resumed refresh reads every later article, whatever its version (see figureRefresh).
            String query = "SELECT a.seq, a.id, a.json, v.version FROM articles a LEFT JOIN article_figure_versions v"
                    + " ON v.article_id = a.id WHERE "
                    + (resumed ? "" : "(v.version IS NULL OR v.version < ?) AND ")
                    + (all ? "a.id > ? ORDER BY a.id" : "a.seq > ? ORDER BY a.seq") + " LIMIT " + STEP;
            Object from = after;
            List<Object[]> page = db.read(tx -> resumed
                    ? tx.query(query, FigureRefresh::row, from)
                    : tx.query(query, FigureRefresh::row, ArticleFigures.VERSION, from));
            if (page.isEmpty()) {
                done = true;
                return false;
            }
            List<Article> current = new ArrayList<>();
            List<Article> found = new ArrayList<>();
            for (Object[] r : page) {
                Article a = ArticleJson.parse((String) r[2]);
                if (r[3] != null && (Integer) r[3] >= ArticleFigures.VERSION) {
                    current.add(a);
                } else {
                    found.add(ArticleFigures.enrich(a));
                }
            }
            List<Article> written = db.write(tx -> {
                List<Article> out = new ArrayList<>();
                for (Article a : found) {
                    // Read again inside the write: a version stored meanwhile came with its own figures.
                    Optional<Map.Entry<String, Long>> row = tx.first("SELECT json, article_no FROM articles WHERE "
                            + "id = ?", rs -> Map.entry(rs.getString(1), rs.getLong(2)), a.id());
                    if (row.isEmpty()) {
                        continue;
                    }
                    Article stored = ArticleJson.parse(row.get().getKey());
                    if (!contentHash(stored).equals(contentHash(a))) {
                        continue;
                    }
                    Article withFigures = stored.withFigures(a.figures());
                    tx.update("UPDATE articles SET json = ? WHERE id = ?", ArticleJson.toLine(withFigures), a.id());
                    FigureRows.replace(tx, row.get().getValue(), a.id(), withFigures.figures());
                    out.add(withFigures);
                }
                return out;
            });
            written.forEach(changed);
            current.forEach(changed);
            refreshed += written.size();
            passed += page.size();
            after = page.get(page.size() - 1)[all ? 1 : 0];
            return true;
        }

        private static Object[] row(java.sql.ResultSet rs) throws java.sql.SQLException {
            int v = rs.getInt(4);
            return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : v};
        }

        /** Marks the refresh complete (call once {@link #step} returned false): later opens read no article. */
        public void finish() {
            markFiguresRefreshed(through);
        }

        /** The id of the last article this refresh passed (walking by id), or null when it walks by seq. */
        public String position() {
            return all ? (String) after : null;
        }

        /** Articles rewritten so far. */
        public long refreshed() {
            return refreshed;
        }

        /** Articles read so far (rewritten or found current). */
        public long passed() {
            return passed;
        }

        /** The articles stored when the refresh began (0 when it checks only those changed since a mark). */
        public long total() {
            return total;
        }
    }

    /**
     * The {@code store_counters} row that says the article languages are still to be found (an upgrade, V93): its
     * value is the row position (SQLite's rowid, PostgreSQL's article number) the pass has read through. Absent when
     * no pass is due: a new store, a store whose pass ended, or one whose languages main's V93 found before serving.
     */
    static final String LANGUAGES_AFTER = "languages_after";

    /**
     * The pass that gives the stored articles without a language the one their text is in, to be made a part at a
     * time ({@link LanguageBackfill#step}) while the archive serves, or null when none is due (see
     * {@link #LANGUAGES_AFTER}).
     *
     * @param span rows of the table read per step (the step writes at most those it changes)
     */
    public LanguageBackfill languageBackfill(int span) {
        if (db.isReadOnly()) {
            return null;
        }
        Optional<Long> after = db.read(tx -> tx.first("SELECT value FROM store_counters WHERE name = ?",
                rs -> rs.getLong(1), LANGUAGES_AFTER));
        if (after.isEmpty()) {
            return null;
        }
        String key = db.isSqlite() ? "rowid" : "article_no";
        // Articles stored from here on are stored with their language (the ingest finds it): the pass ends here.
        long end = db.read(tx -> tx.number("SELECT COALESCE(MAX(" + key + "), 0) FROM articles"));
        return new LanguageBackfill(key, after.get(), end, Math.max(1, span));
    }

    /**
     * A change number range taken by upkeep that changed no article's news (an upgrade's language pass): the
     * articles numbered {@code first..last} were stored before as versions numbered at most {@code storeEnd}.
     * A follower that had passed {@code storeEnd} has seen them and leaves them be (a watch alerts on news, not on
     * an upgrade); one that had not reads them as it would have read their older versions.
     */
    public record UpkeepChanges(long first, long last, long storeEnd) {
        /** Whether a follower that had read through {@code cursor} before this range has seen the article at {@code seq}. */
        public boolean seenBy(long cursor, long seq) {
            return seq >= first && seq <= last && cursor >= storeEnd;
        }
    }

    /** The upkeep ranges that end after {@code seq} (see {@link UpkeepChanges}), in order. */
    public List<UpkeepChanges> upkeepSince(long seq) {
        return db.read(tx -> tx.query("SELECT first_seq, last_seq, store_end FROM upkeep_changes WHERE last_seq > ? "
                + "ORDER BY first_seq", rs -> new UpkeepChanges(rs.getLong(1), rs.getLong(2), rs.getLong(3)), seq));
    }

    /**
     * Finds the language of the stored articles that name none, as the ingest finds it for a JSON article without
     * {@code "language"} ({@link org.marsad.extract.text.ScriptLanguage#ofArticle}): before V93 such imports were
     * stored without one, and {@code lang:ar} left them out. Each step reads {@code span} rows of the table in the
     * order it is stored (no index walk: at 1,000,000 articles the id index took 13.9 s to walk, the table 5.8 s)
     * and stores each article it gives a language as a new version of itself, as importing it again would: the JSON,
     * language column and content hash change and it takes the next change number (its article number stays), so
     * the search index, which follows the change numbers, indexes it again; the numbers are recorded as
     * {@link UpkeepChanges} so that watches do not alert on an article they matched before. How far the pass read
     * is written in the same transaction, so a process killed between steps resumes after the last one. Articles
     * the text leaves without a language (not mostly Arabic) are left as they are. Not thread-safe (one caller).
     */
    public final class LanguageBackfill {
        private final String key;
        private final long start;
        private final long end;
        private final int span;
        private long after;
        private long given;
        private boolean done;

        private LanguageBackfill(String key, long after, long end, int span) {
            this.key = key;
            this.start = after;
            this.after = after;
            this.end = end;
            this.span = span;
        }

        private record Found(String id, String json, Article article) {
        }

        /** Reads the next rows and stores the languages found; returns whether more remains. */
        public boolean step() {
            if (done) {
                return false;
            }
            if (after >= end) {
                db.write(tx -> tx.update("DELETE FROM store_counters WHERE name = ?", LANGUAGES_AFTER));
                done = true;
                return false;
            }
            long upTo = Math.min(end, after + span);
            long from = after;
            List<Found> found = new ArrayList<>();
            // Read and parsed outside the write transaction: writers wait only for the few rows that change.
            db.read(tx -> tx.query("SELECT id, json FROM articles WHERE " + key + " > ? AND " + key + " <= ? "
                    + "AND language IS NULL", rs -> {
                        String json = rs.getString(2);
                        Article a = ArticleJson.parse(json);
                        String language = org.marsad.extract.text.ScriptLanguage.ofArticle(a);
                        if (language != null) {
                            found.add(new Found(rs.getString(1), json, a.withLanguage(language)));
                        }
                        return null;
                    }, from, upTo));
            String now = Instant.now().toString();
            given += db.write(tx -> {
                // The counter row first, as a save takes it (PostgreSQL's row lock queues other writers here).
                tx.update("UPDATE store_counters SET value = value WHERE name = 'seq'");
                long before = tx.number("SELECT value FROM store_counters WHERE name = 'seq'");
                long seq = before;
                PreparedStatement ps = tx.kept("UPDATE articles SET language = ?, json = ?, content_hash = ?, seq = ?, "
                        + "updated_at = ? WHERE id = ? AND language IS NULL AND json = ?");
                for (Found f : found) {
                    ps.setString(1, f.article.language());
                    ps.setString(2, ArticleJson.toLine(f.article));
                    // as the store hashes a version it stores: a re-import then finds the article unchanged
                    ps.setString(3, contentHash(f.article));
                    ps.setLong(4, seq + 1);
                    ps.setString(5, now);
                    ps.setString(6, f.id);
                    // Only the version read: one stored since (with its language, or other text) is left as it is.
                    ps.setString(7, f.json);
                    if (ps.executeUpdate() == 1) {
                        seq++;
                    }
                }
                if (seq != before) {
                    tx.update("UPDATE store_counters SET value = ? WHERE name = 'seq'", seq);
                    keepFiguresMark(tx, before, seq);
                    tx.update("INSERT INTO upkeep_changes (first_seq, last_seq, store_end) VALUES (?, ?, ?)",
                            before + 1, seq, before);
                }
                tx.update("UPDATE store_counters SET value = ? WHERE name = ? AND value < ?", upTo, LANGUAGES_AFTER,
                        upTo);
                return seq - before;
            });
            after = upTo;
            return true;
        }

        /** Rows of the table read so far (by position: rows deleted before the pass count too). */
        public long passed() {
            return after - start;
        }

        /** Rows the pass reads in all (from where it started or resumed to the last row stored when it began). */
        public long total() {
            return Math.max(0, end - start);
        }

        /** Articles given a language so far. */
        public long given() {
            return given;
        }
    }

    /**
     * Records that the figures of every article numbered up to {@code through} are current. Written only once the
     * whole scan is done: a stop before it leaves the older mark, and the next open checks those articles again.
     */
    private void markFiguresRefreshed(long through) {
        if (db.isReadOnly()) {
            return;
        }
        db.write(tx -> {
            tx.update("DELETE FROM figures_refreshed");
            tx.update("INSERT INTO figures_refreshed (version, through_seq) VALUES (?, ?)", ArticleFigures.VERSION,
                    through);
            return null;
        });
    }

    /** The article with this id, as readers see it: empty when it is not stored or an editor hid it. */
    public Optional<Article> get(String id) {
        List<Article> found = articles(READ + " WHERE id = ? AND " + VISIBLE, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The articles with these ids as readers see them, by id (an id not stored or hidden is left out): one statement
     * for a page's few versions ({@link #MAX_URL_LOOKUP} ids a statement), where {@link #get} is a transaction each.
     */
    public Map<String, Article> getAll(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Article> out = new java.util.HashMap<>();
        for (int from = 0; from < wanted.size(); from += MAX_URL_LOOKUP) {
            List<String> part = wanted.subList(from, Math.min(wanted.size(), from + MAX_URL_LOOKUP));
            articles(READ + " WHERE id IN (" + marks(part) + ") AND " + VISIBLE, part.toArray())
                    .forEach(a -> out.put(a.id(), a));
        }
        return out;
    }

    /** The article with this id, hidden or not (for editors and for removal). */
    public Optional<Article> getIncludingHidden(String id) {
        List<Article> found = articles(READ + " WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The stored articles at these URLs, as URL → id (URLs the store does not hold are left out). For the "read also"
     * links of a page: Marsad's own copy of a linked article is one click closer than the outlet's.
     */
    public Map<String, String> idsByUrl(Collection<String> urls) {
        List<String> wanted = urls.stream().filter(Objects::nonNull).distinct().limit(MAX_URL_LOOKUP).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        db.read(tx -> tx.query("SELECT url, id FROM articles WHERE url IN (" + marks(wanted) + ")",
                rs -> out.put(rs.getString(1), rs.getString(2)), wanted.toArray()));
        return out;
    }

    /**
     * The stored versions of the batch's articles: what a writer staging the batch needs to tell, before any costly
     * work, which articles the store would leave unchanged (see {@link StoredVersions#holds}). Articles with a URL
     * are looked up by it, the others by their content key, as {@code upsertOne} finds them.
     */
    public StoredVersions storedVersions(List<Incoming> batch) {
        List<String> urls = batch.stream().map(in -> canonicalUrl(in.article().url())).filter(Objects::nonNull)
                .distinct().toList();
        // Keyed by the incoming text; cleaning rarely changes it (an exported article was cleaned when stored), and
        // when it does, the prepared article's key is not found and it is tagged as before.
        List<String> keys = batch.stream().filter(in -> canonicalUrl(in.article().url()) == null)
                .map(in -> contentKey(in.article())).distinct().toList();
        return new StoredVersions(existingBy("url", urls), existingBy("content_key", keys));
    }

    // The stored row for each value of the column (the oldest one when several share it, as upsertOne takes it).
    private Map<String, Existing> existingBy(String column, List<String> values) {
        Map<String, Existing> found = new java.util.HashMap<>();
        for (int from = 0; from < values.size(); from += MAX_URL_LOOKUP) {
            List<String> part = values.subList(from, Math.min(values.size(), from + MAX_URL_LOOKUP));
            db.read(tx -> tx.query("SELECT " + column + ", id, content_hash, seq, article_no FROM articles WHERE "
                            + column + " IN (" + marks(part) + ") ORDER BY seq",
                    rs -> found.putIfAbsent(rs.getString(1),
                            new Existing(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))),
                    part.toArray()));
        }
        return Map.copyOf(found);
    }

    /** Articles stored when {@link #storedVersions} read them, by URL or content key. Immutable: safe on any thread. */
    public static final class StoredVersions {
        private final Map<String, Existing> byUrl;
        private final Map<String, Existing> byContentKey;

        private StoredVersions(Map<String, Existing> byUrl, Map<String, Existing> byContentKey) {
            this.byUrl = byUrl;
            this.byContentKey = byContentKey;
        }

        /**
         * Whether the store held {@code prepared} (an article as {@link #prepare} makes it) exactly as it is: the
         * same URL (or, without one, the same content key) with the same content hash, so that storing it now would
         * leave it unchanged. False when in doubt.
         */
        public boolean holds(Article prepared) {
            String url = canonicalUrl(prepared.url());
            Existing stored = url != null ? byUrl.get(url) : byContentKey.get(contentKey(prepared));
            // Hashed as upsertOne hashes it: the canonical URL, the stored id, no entities.
            return stored != null && stored.hash.equals(contentHash(prepared.withUrl(url)
                    .withEntities(List.of(), List.of()).withId(stored.id)));
        }
    }

    /**
     * The most URLs {@link #idsByUrl} looks up at once (a page's links, not an archive), and the most URLs or content
     * keys {@link #storedVersions} puts in one query.
     */
    static final int MAX_URL_LOOKUP = 200;

    /** What the article was extracted from, when it was kept. */
    public Optional<RawSource> raw(String id) {
        return db.read(tx -> tx.first("SELECT kind, location, byte_offset, content FROM raw_sources WHERE article_id = ?",
                rs -> {
                    long off = rs.getLong(3);
                    Long offset = rs.wasNull() ? null : off;
                    return new RawSource(rs.getString(1), rs.getString(2), offset, rs.getBytes(4));
                }, id));
    }

    // The search index's date order (ArticleDocuments' sort field, then the id), so that a list read from here while
    // the index is rebuilt shows what the index will: the same moment, not the day and then the written time, whose
    // offsets do not compare as text.
    // Undated last by NULLS LAST (PostgreSQL's DESC puts them first; SQLite's puts them last anyway), not by a CASE:
    // over an expression SQLite could not walk the published_at index and sorted every shown article for a page.
    private static final String NEWEST_FIRST = " ORDER BY published_at DESC NULLS LAST, id";

    /** The newest articles by publication moment (undated ones last), in the search index's date order. */
    public List<Article> latest(int limit, int offset) {
        return articles(newestQuery(null), limit, offset);
    }

    /** The newest articles credited to any of {@code spellings} (exact names; none: no articles). */
    public List<Article> bySource(Collection<String> spellings, int limit, int offset) {
        return spellings.isEmpty() ? List.of() : articles(newestQuery("source IN (" + marks(spellings) + ")"),
                withPage(spellings, limit, offset));
    }

    /** The newest articles carrying any of {@code spellings} (exact tags; none: no articles). */
    public List<Article> byTag(Collection<String> spellings, int limit, int offset) {
        return spellings.isEmpty() ? List.of() : articles(newestQuery("a.article_no IN (SELECT article_no FROM"
                + " article_tags WHERE tag IN (" + marks(spellings) + "))"), withPage(spellings, limit, offset));
    }

    /** A page ({@code LIMIT ? OFFSET ?}) of the shown articles that meet {@code where} (null: all), newest first. */
    static String newestQuery(String where) {
        return READ + " WHERE " + (where == null ? "" : where + " AND ") + VISIBLE + NEWEST_FIRST + " LIMIT ? OFFSET ?";
    }

    /** How many visible articles {@link #bySource(Collection, int, int)} has for {@code spellings}. */
    public long countBySource(Collection<String> spellings) {
        return spellings.isEmpty() ? 0 : db.read(tx -> tx.number(countQuery("source IN (" + marks(spellings) + ")"),
                spellings.toArray()));
    }

    /** How many visible articles {@link #byTag(Collection, int, int)} has for {@code spellings}. */
    public long countByTag(Collection<String> spellings) {
        return spellings.isEmpty() ? 0 : db.read(tx -> tx.number(countQuery("article_no IN (SELECT article_no FROM"
                + " article_tags WHERE tag IN (" + marks(spellings) + "))"), spellings.toArray()));
    }

    /** How many shown articles meet {@code where}. */
    static String countQuery(String where) {
        return "SELECT COUNT(*) FROM articles WHERE " + where + " AND " + VISIBLE;
    }

    /** The parameter marks of an {@code IN (...)} list of the values. */
    private static String marks(Collection<String> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static Object[] withPage(Collection<String> values, int limit, int offset) {
        List<Object> args = new ArrayList<>(values);
        args.add(limit);
        args.add(offset);
        return args.toArray();
    }

    // Every article less the hidden ones (the index on hidden_at holds only those, V95): both counts read an index,
    // where counting the rows not hidden would read the table.
    static final String COUNT_SHOWN = "SELECT (SELECT COUNT(*) FROM articles)"
            + " - (SELECT COUNT(*) FROM articles WHERE hidden_at IS NOT NULL)";

    /** How many articles readers see (stored and not hidden). */
    public long count() {
        return db.read(tx -> tx.number(COUNT_SHOWN));
    }

    /**
     * The highest sequence number given so far (0 for an empty store): the store's change counter. Cheap enough
     * to ask several times a second.
     */
    public long lastSeq() {
        return db.read(tx -> tx.number("SELECT value FROM store_counters WHERE name = 'seq'"));
    }

    /**
     * On a shared index (a SolrCloud collection several processes write): the store sequence number up to which
     * every change has been sent to the index by one writer or another, 0 when none is known. A writer that catches
     * up need not send those changes again (see {@code Archive.catchUp}); it raises the number after sending its own.
     */
    public long indexSentSeq() {
        return db.read(tx -> tx.first("SELECT value FROM store_counters WHERE name = '" + INDEX_SENT + "'",
                rs -> rs.getLong(1)).orElse(0L));
    }

    /** Raises {@link #indexSentSeq} to {@code seq} (never lowers it: another writer may have sent more). */
    public void raiseIndexSentSeq(long seq) {
        db.write(tx -> {
            if (tx.update("UPDATE store_counters SET value = ? WHERE name = '" + INDEX_SENT + "' AND value < ?", seq,
                    seq) == 0) {
                tx.update("INSERT INTO store_counters (name, value) SELECT '" + INDEX_SENT + "', ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM store_counters WHERE name = '" + INDEX_SENT + "')", seq);
            }
            return null;
        });
    }

    /**
     * Sets {@link #indexSentSeq} to {@code seq}, also lower: the index was cleared or replaced, and what was sent to
     * the old one is not in it.
     */
    public void resetIndexSentSeq(long seq) {
        db.write(tx -> {
            if (tx.update("UPDATE store_counters SET value = ? WHERE name = '" + INDEX_SENT + "'", seq) == 0) {
                tx.update("INSERT INTO store_counters (name, value) VALUES ('" + INDEX_SENT + "', ?)", seq);
            }
            return null;
        });
    }

    /** When the article with this id was first stored (its first version), or empty when it is not stored. */
    public Optional<Instant> firstStored(String id) {
        return db.read(tx -> tx.first("SELECT created_at FROM articles WHERE id = ?",
                rs -> Instant.parse(rs.getString(1)), id));
    }

    /**
     * When an article was last stored or changed, or empty for an empty store: a feed's {@code Last-Modified}.
     * Reads one row through the sequence index.
     */
    public Optional<Instant> lastChanged() {
        return db.read(tx -> tx.first("SELECT updated_at FROM articles ORDER BY seq DESC LIMIT 1",
                rs -> Instant.parse(rs.getString(1))));
    }

    /**
     * Every outlet name stored, of visible and hidden articles alike, unordered: the spellings a name is matched
     * against. Read from the source index without counting ({@link #sources} groups every article: 0.15 CPU-s against
     * 0.01 at 100,000 articles).
     */
    public List<String> sourceNames() {
        return db.read(tx -> tx.query("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL",
                rs -> rs.getString(1)));
    }

    /**
     * Every tag stored, of visible and hidden articles alike, unordered: the spellings a name is matched against.
     * Read from the tag index alone; {@link #tags} joins every tag row to its article to count the visible ones
     * (0.6 CPU-s against 0.03 at 100,000 articles).
     */
    public List<String> tagNames() {
        return db.read(tx -> tx.query("SELECT DISTINCT tag FROM article_tags", rs -> rs.getString(1)));
    }

    /** Every outlet with its article count, most articles first. */
    public List<NameCount> sources() {
        return counts("SELECT source, COUNT(*) FROM articles WHERE source IS NOT NULL AND " + VISIBLE + " GROUP BY source "
                + "ORDER BY COUNT(*) DESC, source", Integer.MAX_VALUE);
    }

    /** The most used tags with their article counts. */
    public List<NameCount> tags(int limit) {
        return counts("SELECT t.tag, COUNT(*) FROM article_tags t JOIN articles a ON a.article_no = t.article_no"
                + " WHERE a." + VISIBLE + " GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag", limit);
    }

    /** Counts over the whole store. */
    public StoreStats stats() {
        return db.read(tx -> {
            StoreStats s = tx.first("SELECT COUNT(*), COUNT(DISTINCT source), MIN(published_day), "
                    + "MAX(published_day), MAX(updated_at) FROM articles WHERE " + VISIBLE, rs -> new StoreStats(rs.getLong(1),
                    rs.getLong(2), 0, rs.getString(3), rs.getString(4), rs.getString(5))).orElseThrow();
            long tags = tx.number("SELECT COUNT(DISTINCT t.tag) FROM article_tags t JOIN articles a ON a.article_no = t.article_no"
                    + " WHERE a." + VISIBLE);
            return new StoreStats(s.articles(), s.sources(), tags, s.earliestPublished(), s.latestPublished(),
                    s.lastUpdated());
        });
    }

    /** Every article readers see, oldest change first. Streams: memory does not grow with the store. */
    public void forEach(Consumer<Article> each) {
        forEachSince(0, s -> {
            if (!s.hidden()) {
                each.accept(s.article());
            }
        });
    }

    /**
     * Every article whose current version has a sequence number above {@code seq}, in sequence order; returns how
     * many there were. Reads in pages, so the store stays usable between them.
     */
    public long forEachSince(long seq, Consumer<StoredArticle> each) {
        long after = seq;
        long n = 0;
        while (true) {
            List<StoredArticle> page = since(after, 500);
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

    /**
     * At most {@code limit} articles whose current version is numbered above {@code seq}, in sequence order, hidden
     * ones included and marked ({@link StoredArticle#hidden}): a follower must see a hide as a change.
     */
    public List<StoredArticle> since(long seq, int limit) {
        return db.read(tx -> tx.query("SELECT " + COLUMNS + ArticleRows.FROM + " WHERE seq > ? ORDER BY seq LIMIT ?",
                rs -> new StoredArticle(ArticleRows.article(rs, 3), rs.getLong(1), rs.getString(2) != null), seq,
                limit));
    }

    private List<Article> articles(String sql, Object... args) {
        return db.read(tx -> tx.query(sql, rs -> ArticleRows.article(rs, 1), args));
    }

    private List<NameCount> counts(String sql, int limit) {
        return db.read(tx -> {
            List<NameCount> out = tx.query(sql + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit),
                    rs -> new NameCount(rs.getString(1), rs.getLong(2)));
            return out;
        });
    }

    private String ensureStoreId() {
        Optional<String> id = db.read(tx -> tx.first("SELECT value FROM store_meta WHERE name = 'store_id'",
                rs -> rs.getString(1)));
        if (id.isPresent() || db.isReadOnly()) {
            return id.orElse(null);
        }
        // Two processes opening a fresh store at once: the first insert wins, both read the same identity.
        return db.write(tx -> {
            tx.update("INSERT INTO store_meta (name, value) SELECT 'store_id', ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM store_meta WHERE name = 'store_id')", UUID.randomUUID().toString());
            return tx.first("SELECT value FROM store_meta WHERE name = 'store_id'", rs -> rs.getString(1)).orElseThrow();
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
