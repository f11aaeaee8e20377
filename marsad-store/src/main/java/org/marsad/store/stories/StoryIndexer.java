package org.marsad.store.stories;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.IngestCpu;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.dedup.DuplicateVerdict;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.Tx;
import org.marsad.store.Upserted;

/**
 * The write side of near-duplicates and stories: runs the {@link Enricher} on stored articles and persists its
 * decisions (table {@code article_enrichment}, which readers join for an article's {@code duplicate_of} and
 * {@code story} fields, see {@link org.marsad.store.ArticleRows}; and the {@code stories} summaries).
 *
 * <p>The store is the truth. The in-memory state (MinHash signatures, story centroids, document frequencies) is
 * also kept in a state file beside the store, written now and then ({@link #saveState}) and loaded on
 * {@link #open} instead of replaying every stored article's text, which at a million articles would take minutes.
 * The file names the store and the value of the store's decision counter ({@code story_state.decisions}, raised by
 * every transaction that changes a decision) that it reflects; it is loaded when it names this store, its rules,
 * join gate and feature version are today's and its checksum is right. A file older than the store (a process
 * killed between a store commit and the next state write, or another process deciding meanwhile) is caught up: each
 * decision records the counter value of its transaction and its rank in it ({@code decided}, {@code decided_rank}),
 * and those made after the file are restored in that order. A transaction that changes earlier decisions instead of
 * adding new ones (a deletion, a story rebuild, a copy older than its group's original) marks a reset
 * ({@code story_state.reset_at}); a file written before the last reset, or a missing or damaged one, is not
 * loaded: {@link #open} replays every stored decision into a fresh enricher, in the order of the articles' times,
 * and writes a new file. What every article has in fixed width (MinHash signatures, stem filters, LSH chain links)
 * is not copied onto the heap but left in the loaded file, mapped (see {@code NearDuplicateIndex}), and so are the
 * stories, each an encoded record decoded when an article within its time window may join it (see
 * {@code StoryClusterer}); a new file is written beside it and moved over it, so the mapped one is never changed in
 * place.
 * Either way it then enriches the articles stored without a decision (stored before this existed, or by a run
 * that died between storing and enriching). Not thread-safe: the archive serializes writers.
 */
public final class StoryIndexer {
    private static final int PAGE = 1_000;
    private static final long MAGIC = 0x4d61727361645354L; // "MarsadST"
    // 2: the LSH heads table holds entries only (BandHeads); 3: each story counts its preview members; 4: fixed-width
    // arrays for what every article has (figures, ids, groups, stories by ordinal), read without an object each;
    // 5: the story clusterer's dictionaries and story ids as packed tables, read without a String each, its stories
    // as records with offsets, left mapped until used, its postings the newest maxPostings per term (the format is
    // the clusterer's layout). A file of format 4 is still read, then rewritten at once (see #open).
    private static final int FORMAT = org.marsad.enrich.story.StoryClusterer.LAYOUT;
    private static final int OLDER_FORMAT = org.marsad.enrich.story.StoryClusterer.LAYOUT_STRINGS;
    /** A state file is rewritten at a commit at most this often (at close always): at 1M articles it is ~1 GB. */
    private static final long SAVE_EVERY_NANOS = 5L * 60 * 1_000_000_000L;

    private final ArticleStore store;
    private final org.marsad.enrich.story.StoryRules rules;
    /** The learned join gate stories join through, or null for the rules alone. */
    private final org.marsad.enrich.story.JoinGate gate;
    private final Enricher enricher;
    private final long restored;
    private final Path stateFile;
    private final String loadedFrom;
    // The decision counter this memory reflects exactly, or -1 when unknown (another process decided meanwhile,
    // or a write failed after the memory moved on): only a known value may be written into a state file.
    private long synced;
    private long savedSynced = -1;
    private long savedAtNanos;

    private StoryIndexer(ArticleStore store, org.marsad.enrich.story.StoryRules rules,
                         org.marsad.enrich.story.JoinGate gate, Path stateFile) {
        this.store = store;
        this.rules = rules;
        this.gate = gate;
        this.stateFile = stateFile;
        long counter = counter("decisions");
        // Without a reset mark (a store of another schema) only a file of the counter's very value is loaded.
        long resetAt = counter("reset_at");
        Enricher loaded = null;
        long fileCounter = -1;
        String why;
        Object[] r = null;
        if (stateFile == null) {
            why = "no state file";
        } else if (counter < 0) {
            why = "the store has no decision counter";
        } else {
            r = load(stateFile, counter, resetAt < 0 ? counter : resetAt);
            loaded = (Enricher) r[0];
            why = (String) r[1];
            fileCounter = r[0] == null ? -1 : (Long) r[2];
        }
        if (loaded != null) {
            this.enricher = loaded;
            this.savedSynced = fileCounter;
            this.savedAtNanos = System.nanoTime();
            long later = fileCounter == counter ? 0 : applyLater(fileCounter, counter);
            this.restored = loaded.duplicates().size();
            this.synced = counter;
            String how = later == 0 ? "state file" : "state file + " + later + " later decisions";
            if ((Integer) r[3] != FORMAT) {
                // Read in the older layout: written again in today's by open, so that this happens once.
                this.savedSynced = -1;
                how += " (format " + r[3] + ", rewritten)";
            }
            this.loadedFrom = how;
        } else {
            if (stateFile != null && !why.startsWith("no state file")) {
                // One line, not a trace: the file is only a shortcut, and at a million articles the replay that
                // replaces it takes minutes, which whoever waits for the open should know.
                System.err.println("marsad: " + why + "; replaying the story decisions from the store");
            }
            this.enricher = new Enricher(org.marsad.enrich.dedup.DedupRules.DEFAULT, rules, gate);
            this.synced = counter;
            this.restored = replay();
            this.loadedFrom = "replay (" + why + ")";
        }
    }

    // The same state as `built`, read from the file it has just written (mapped where a plain open maps it).
    private StoryIndexer(StoryIndexer built, Enricher loaded) {
        this.store = built.store;
        this.rules = built.rules;
        this.gate = built.gate;
        this.stateFile = built.stateFile;
        this.enricher = loaded;
        this.restored = built.restored;
        this.loadedFrom = built.loadedFrom;
        this.synced = built.synced;
        this.savedSynced = built.savedSynced;
        this.savedAtNanos = built.savedAtNanos;
    }

    /**
     * This state opened again from the file {@link #saveState} has just written, or this one when the file cannot
     * be read back as exactly this state (then the heap-built state is kept: correct, only larger).
     */
    private StoryIndexer mappedAgain() {
        long counter = counter("decisions");
        if (counter != synced || savedSynced != synced) {
            return this;
        }
        Object[] r = load(stateFile, counter, counter);
        if (r[0] == null || (Long) r[2] != counter || (Integer) r[3] != FORMAT) {
            return this;
        }
        return new StoryIndexer(this, (Enricher) r[0]);
    }

    /** Rebuilds the in-memory state from the store and enriches whatever was stored without a decision. */
    public static StoryIndexer open(ArticleStore store) {
        return open(store, org.marsad.enrich.story.StoryRules.DEFAULT);
    }

    /** {@link #open(ArticleStore)} with other story rules (tests, measurements), joined through the archive's gate. */
    public static StoryIndexer open(ArticleStore store, org.marsad.enrich.story.StoryRules rules) {
        return open(store, rules, null);
    }

    /**
     * Opens the state: from {@code stateFile} when it is current (see the class comment), else by replaying the
     * store, then writing the file; then enriches whatever was stored without a decision. Stories join through the
     * archive's join gate ({@link org.marsad.enrich.story.JoinGate#forArchive()}: the shipped one unless switched
     * off).
     *
     * @param stateFile where the state is kept, or null to keep none (a read-only store)
     */
    public static StoryIndexer open(ArticleStore store, org.marsad.enrich.story.StoryRules rules, Path stateFile) {
        return open(store, rules, org.marsad.enrich.story.JoinGate.forArchive().orElse(null), stateFile);
    }

    /**
     * {@link #open(ArticleStore, org.marsad.enrich.story.StoryRules, Path)} with a given join gate. A state file
     * written under another gate is not loaded (the stamp names the gate): the decisions are replayed once.
     *
     * @param gate the join gate, or null for the story rules alone
     */
    public static StoryIndexer open(ArticleStore store, org.marsad.enrich.story.StoryRules rules,
                                    org.marsad.enrich.story.JoinGate gate, Path stateFile) {
        StoryIndexer s = new StoryIndexer(store, rules, gate, stateFile);
        if (s.loadedFrom.startsWith("replay") || s.loadedFrom.endsWith(", rewritten)")) {
            if (s.saveState()) {
                // The replayed (or converted) state is built on the heap, ~2 KB an article; the file just written
                // holds the same state in the layout a plain open maps (~0.3 KB an article on the heap). Opened
                // again from it, an upgraded process holds what a plainly opened one holds.
                s = s.mappedAgain();
            }
        }
        s.catchUp();
        return s;
    }

    /**
     * How the state was opened: "state file", "state file + N later decisions" (a file older than the store, caught
     * up with the decisions made after it), either followed by " (format 4, rewritten)" when the file was of the
     * previous format and written again in today's, or "replay (why the file was not used)".
     */
    public String loadedFrom() {
        return loadedFrom;
    }

    /**
     * Writes the state file now when the memory reflects a known store state that the file does not hold yet
     * (after a replay, or new decisions). The file is written beside, forced to disk, then moved over the old one,
     * so that a kill at any point leaves either file whole; a failure to write is not an error (the next open
     * replays). Returns whether a file was written.
     */
    public boolean saveState() {
        if (stateFile == null || synced < 0 || synced == savedSynced) {
            return false;
        }
        Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                StateOutput out = new StateOutput(ch);
                out.writeLong(MAGIC);
                out.writeInt(FORMAT);
                out.writeString(store.storeId());
                out.writeLong(synced);
                out.writeString(enricher.stateStamp());
                enricher.writeTo(out);
                out.finish();
                ch.force(true);
            }
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            savedSynced = synced;
            savedAtNanos = System.nanoTime();
            return true;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next write truncates it
            }
            return false;
        }
    }

    /** {@link #saveState} when the last write is a while ago (index commits call this; closing calls the other). */
    public boolean saveStateIfDue() {
        return System.nanoTime() - savedAtNanos >= SAVE_EVERY_NANOS && saveState();
    }

    // [enricher, null, the file's counter, its format] when the file is whole and can be brought up to the store's counter
    // (written at it, or at a value since which only new decisions were added), else [null, why not].
    private Object[] load(Path file, long counter, long resetAt) {
        if (!Files.isRegularFile(file)) {
            return new Object[] {null, "no state file yet"};
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            StateInput in = new StateInput(ch, ch.size());
            int format = in.readLong() == MAGIC ? in.readInt() : -1;
            if (format != FORMAT && format != OLDER_FORMAT) {
                return new Object[] {null, "state file of another format"};
            }
            if (!store.storeId().equals(in.readString())) {
                return new Object[] {null, "state file of another store"};
            }
            long at = in.readLong();
            if (at > counter || at < resetAt) {
                return new Object[] {null, "decisions changed since the state file was written"};
            }
            Enricher fresh = new Enricher(org.marsad.enrich.dedup.DedupRules.DEFAULT, rules, gate);
            if (!fresh.stateStamp().equals(in.readString())) {
                return new Object[] {null, "state file of other rules, join gate or features"};
            }
            Enricher e = Enricher.readFrom(in, org.marsad.enrich.dedup.DedupRules.DEFAULT, rules, format, gate);
            in.finish();
            return new Object[] {e, null, at, format};
        } catch (CorruptStateException e) {
            return new Object[] {null, "damaged state file: " + e.getMessage()};
        } catch (IOException | RuntimeException e) {
            return new Object[] {null, "unreadable state file: " + e};
        }
    }

    // A story_state counter ('decisions', 'reset_at'), or -1 when the store has none (an older schema).
    private long counter(String name) {
        try {
            return store.database().read(conn -> conn.first("SELECT value FROM story_state WHERE name = ?",
                    rs -> rs.getLong(1), name).orElse(-1L));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Raises the store's decision counter inside a transaction that changes or removes earlier decisions (not only
     * adds new ones), and marks a reset: a state file written before cannot be caught up by applying later
     * decisions and is rebuilt instead.
     */
    static void decisionsReset(Tx conn) throws SQLException {
        markReset(conn, raise(conn)[1]);
    }

    private static void markReset(Tx conn, long counter) throws SQLException {
        if (conn.update("UPDATE story_state SET value = ? WHERE name = 'reset_at'", counter) == 0) {
            conn.update("INSERT INTO story_state (name, value) VALUES ('reset_at', ?)", counter);
        }
    }

    // [the counter before (-1 when it was missing), after].
    private static long[] raise(Tx conn) throws SQLException {
        java.util.Optional<Long> before = conn.first("SELECT value FROM story_state WHERE name = 'decisions'",
                rs -> rs.getLong(1));
        if (before.isEmpty()) {
            // A counter that went missing starts again above any value a file could hold for this store.
            conn.update("INSERT INTO story_state (name, value) VALUES ('decisions', ?)", Long.MIN_VALUE / 2);
            return new long[] {-1, Long.MIN_VALUE / 2};
        }
        conn.update("UPDATE story_state SET value = ? WHERE name = 'decisions'", before.get() + 1);
        return new long[] {before.get(), before.get() + 1};
    }

    /** Decisions replayed on open. */
    public long restored() {
        return restored;
    }

    /**
     * Enriches what a store write changed: new articles get decided; updated ones keep their decision (their
     * decision row stays); unchanged ones are left alone.
     */
    public List<Enrichment> record(List<Upserted> results) {
        return record(results, null);
    }

    /**
     * {@link #record(List)}, computing the new articles' features (a pure function of each article's text: folding,
     * stems, MinHash) on {@code work}'s threads as well as the caller's while the caller reads the updated ones'
     * decisions; only the decisions themselves, which depend on every earlier one, are made in order. The result is
     * the same.
     *
     * @param work where to compute the features, or null for the caller alone
     */
    public List<Enrichment> record(List<Upserted> results, org.marsad.store.PureWork work) {
        // One clock reading for the whole batch: the time of an article that states none, in its features and order.
        Instant now = Instant.now();
        List<Article> fresh = new ArrayList<>();
        List<Article> updated = new ArrayList<>();
        // Ids the store had never held before this write have no decision row to replace (a deleted article's
        // decision goes with it): one statement per new article fewer. Unless this indexer was opened after the
        // write: opening decides every stored article without a decision, this batch's too.
        Set<String> neverStored = new java.util.HashSet<>();
        for (Upserted u : results) {
            if (u.change() == Upserted.Change.NEW) {
                if (enricher.storyOf(u.id()) == null) {
                    neverStored.add(u.id());
                }
                fresh.add(u.stored());
            } else if (u.change() == Upserted.Change.UPDATED) {
                updated.add(u.stored());
            }
        }
        Map<Article, ArticleFeatures> features = new java.util.IdentityHashMap<>();
        org.marsad.store.PureWork.Pending<ArticleFeatures> computing = work == null || fresh.isEmpty() ? null
                : work.start(List.copyOf(fresh), a -> features(a, now));
        List<Enrichment> out = new ArrayList<>();
        if (!updated.isEmpty()) {
            // A new version keeps its decision row (readers join it, ArticleRows): only one without a row is decided.
            long cpu = IngestCpu.start();
            fresh.addAll(store.database().read(conn -> {
                List<Article> undecided = new ArrayList<>();
                for (Article a : updated) {
                    if (decision(conn, a.id()) == null) {
                        undecided.add(a);
                    }
                }
                return undecided;
            }));
            IngestCpu.lap(IngestCpu.Stage.SQLITE, cpu);
        }
        if (computing != null) {
            List<ArticleFeatures> computed = computing.join();
            for (int i = 0; i < computed.size(); i++) {
                features.put(fresh.get(i), computed.get(i));
            }
        }
        fresh.sort(Comparator.comparingLong(a -> ArticleFeatures.timeOf(a, now)));
        out.addAll(enrichAll(fresh, now, neverStored, features));
        return out;
    }

    /**
     * Enriches those of {@code articles} that have no decision yet: articles stored by a process that does not
     * enrich (a {@code marsad ingest} while a server owns the archive), found by the owner's catch-up. Those decided
     * by another enriching process this one has not seen (another {@code marsad worker} on a shared store) are
     * learnt instead: their stored decision goes into this enricher's memory, so that the next article this process
     * decides is compared with them too — whichever worker stores an article, it meets the same earlier ones.
     */
    public List<Enrichment> enrichUndecided(List<Article> articles) {
        List<String> ids = articles.stream().map(Article::id).toList();
        Map<String, Object[]> decided = store.database().read(conn -> {
            Map<String, Object[]> out = new java.util.HashMap<>();
            for (String id : ids) {
                Object[] d = storedDecision(conn, id);
                if (d != null) {
                    out.put(id, d);
                }
            }
            return out;
        });
        List<Article> fresh = new ArrayList<>();
        for (Article a : articles) {
            Object[] d = decided.get(a.id());
            if (d == null) {
                fresh.add(a);
            } else if (enricher.storyOf(a.id()) == null) {
                // Learnt from another process: this memory no longer matches a counter value it knows.
                synced = -1;
                long time = (Long) d[3];
                enricher.restore(ArticleFeatures.of(a, Instant.ofEpochSecond(time)).at(time), (String) d[0],
                        (Double) d[1], (String) d[2]);
            }
        }
        Instant now = Instant.now();
        fresh.sort(Comparator.comparingLong(a -> ArticleFeatures.timeOf(a, now)));
        return enrichAll(fresh, now, Set.of(), Map.of());
    }

    // duplicate_of, similarity, story_id, time_sec of a stored decision; null when there is none.
    private static Object[] storedDecision(Tx conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT duplicate_of, similarity, story_id, time_sec"
                + " FROM article_enrichment WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                double sim = rs.getDouble(2);
                Double similarity = rs.wasNull() ? null : sim;
                return new Object[] {rs.getString(1), similarity, rs.getString(3), rs.getLong(4)};
            }
        }
    }

    /** The in-memory enricher, for related-article lookups ({@link Enricher#related}). */
    public Enricher enricher() {
        return enricher;
    }

    // One store transaction for a whole batch: a commit per article was most of the write cost of an ingest. The
    // decisions are made in memory first, so that the transaction only writes and can be run again when the
    // database is busy.
    /**
     * @param computed the features of some of {@code articles} computed before (by identity, at {@code now}); the
     *                 others' are computed here
     */
    private List<Enrichment> enrichAll(List<Article> articles, Instant now, Set<String> neverStored,
                                       Map<Article, ArticleFeatures> computed) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Enrichment> out = new ArrayList<>(articles.size());
        List<Long> times = new ArrayList<>(articles.size());
        long known = synced;
        // The memory moves on before the store: until the transaction commits, no state file may be written.
        synced = -1;
        for (Article a : articles) {
            ArticleFeatures f = computed.get(a);
            if (f == null) {
                f = features(a, now);
            }
            out.add(enricher.enrich(f));
            times.add(f.time());
        }
        boolean repoints = out.stream().anyMatch(e -> !e.repointed().isEmpty());
        long[] counter = new long[1];
        long cpu = IngestCpu.start();
        store.database().write(conn -> {
            long[] c = raise(conn);
            counter[0] = c[0];
            if (repoints) {
                // Earlier decisions change (a group gets an older original): catching up cannot replay that.
                markReset(conn, c[1]);
            }
            Set<String> storiesTouched = new LinkedHashSet<>();
            // Only an id's first decision in the batch can skip the delete (the same article twice in one batch).
            Set<String> noRow = new java.util.HashSet<>(neverStored);
            for (int i = 0; i < articles.size(); i++) {
                persist(conn, out.get(i), times.get(i), c[1], i, noRow.remove(articles.get(i).id()));
                storiesTouched.add(out.get(i).story());
            }
            for (String id : storiesTouched) {
                saveStory(conn, enricher.story(id).orElseThrow());
            }
            return null;
        });
        IngestCpu.lap(IngestCpu.Stage.SQLITE, cpu);
        // Known again only when no other process changed decisions since this memory last matched the store.
        synced = known >= 0 && counter[0] == known ? known + 1 : -1;
        return out;
    }

    // A saved article's story features, their CPU counted as the ingest's.
    private static ArticleFeatures features(Article a, Instant now) {
        long cpu = IngestCpu.start();
        ArticleFeatures f = ArticleFeatures.of(a, now);
        IngestCpu.lap(IngestCpu.Stage.STORY_FEATURES, cpu);
        return f;
    }

    // The decision goes into article_enrichment alone (readers join it, ArticleRows): neither the article's JSON nor,
    // when it is an older original, its copies' JSON is rewritten.
    private static void persist(Tx conn, Enrichment e, long time, long decided, int rank, boolean noRow)
            throws SQLException {
        saveDecision(conn, e.id(), e.duplicateOf(), e.similarity(), e.story(), time, decided, rank, noRow);
        for (DuplicateVerdict.Repoint r : e.repointed()) {
            conn.update("UPDATE article_enrichment SET duplicate_of = ?, similarity = ? WHERE article_id = ?",
                    r.duplicateOf(), r.similarity(), r.id());
        }
    }

    /**
     * Brings a loaded state file (written at counter value {@code from}) up to the store's counter {@code to}: the
     * decisions stored in between, in the order they were made, are restored as a replay restores them. Only new
     * decisions can be in between (a change of earlier ones marks a reset, and such a file is not loaded). Returns
     * how many were applied.
     */
    private long applyLater(long from, long to) {
        List<Object[]> rows = store.database().read(conn -> {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT e.article_id, e.duplicate_of, e.similarity,"
                    + " e.story_id, e.time_sec, a.json FROM article_enrichment e JOIN articles a"
                    + " ON a.id = e.article_id WHERE e.decided > ? AND e.decided <= ?"
                    + " ORDER BY e.decided, e.decided_rank")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double sim = rs.getDouble(3);
                        Double similarity = rs.wasNull() ? null : sim;
                        out.add(new Object[] {rs.getString(1), rs.getString(2), similarity, rs.getString(4),
                                rs.getLong(5), rs.getString(6)});
                    }
                }
            }
            return out;
        });
        long n = 0;
        for (Object[] r : rows) {
            if (enricher.storyOf((String) r[0]) != null) {
                continue; // decided again for an article the file knows: the memory did not change then either
            }
            restoreRow(r);
            n++;
        }
        return n;
    }

    // A row of (article_id, duplicate_of, similarity, story_id, time_sec, json) into the enricher's memory.
    private void restoreRow(Object[] r) {
        Article a = ArticleJson.parse((String) r[5]);
        long time = (Long) r[4];
        ArticleFeatures f = ArticleFeatures.of(a, Instant.ofEpochSecond(time));
        enricher.restore(f.at(time), (String) r[1], (Double) r[2], (String) r[3]);
    }

    /**
     * One page of the replay, after the last (time, id) read. The leading {@code time_sec >= ?} is what lets SQLite
     * range-search the time index: written as {@code time_sec > ? OR (time_sec = ? AND id > ?)} alone, the planner
     * scanned the whole index and looked up every row before the page for its id, on every page — at 433,500
     * articles a replay read ~1.7 GB per page and would have taken hours.
     */
    static final String REPLAY_PAGE = "SELECT e.article_id, e.duplicate_of, e.similarity, e.story_id, e.time_sec,"
            + " a.json FROM article_enrichment e JOIN articles a ON a.id = e.article_id"
            + " WHERE e.time_sec >= ? AND (e.time_sec > ? OR e.article_id > ?)"
            + " ORDER BY e.time_sec, e.article_id LIMIT " + PAGE;

    private long replay() {
        long[] n = {0};
        long[] afterTime = {Long.MIN_VALUE};
        String[] afterId = {""};
        while (true) {
            List<Object[]> page = store.database().read(conn -> {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement ps = conn.prepareStatement(REPLAY_PAGE)) {
                    ps.setLong(1, afterTime[0]);
                    ps.setLong(2, afterTime[0]);
                    ps.setString(3, afterId[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            double sim = rs.getDouble(3);
                            Double similarity = rs.wasNull() ? null : sim;
                            rows.add(new Object[] {rs.getString(1), rs.getString(2), similarity, rs.getString(4),
                                    rs.getLong(5), rs.getString(6)});
                        }
                    }
                }
                return rows;
            });
            if (page.isEmpty()) {
                return n[0];
            }
            for (Object[] r : page) {
                restoreRow(r);
                n[0]++;
                afterTime[0] = (Long) r[4];
                afterId[0] = (String) r[0];
            }
        }
    }

    /**
     * Finds the articles stored without a decision by their ids alone, which the store's id index covers: the query
     * reads no article row. Asking for anything else of the article (its JSON, its seq) made SQLite walk every row
     * of the table in seq order, a few seconds of every open at 433,500 articles that nearly always found none.
     */
    static final String UNDECIDED = "SELECT a.id FROM articles a WHERE NOT EXISTS"
            + " (SELECT 1 FROM article_enrichment e WHERE e.article_id = a.id)";

    private void catchUp() {
        List<Article> missing = store.database().read(conn -> {
            List<String> ids = conn.query(UNDECIDED, rs -> rs.getString(1));
            // Then only the few found are read, in the order they were stored (seq), as before.
            List<Map.Entry<Long, Article>> found = new ArrayList<>(ids.size());
            for (String id : ids) {
                conn.first("SELECT seq, json FROM articles WHERE id = ?",
                        rs -> Map.entry(rs.getLong(1), ArticleJson.parse(rs.getString(2))), id).ifPresent(found::add);
            }
            found.sort(Map.Entry.comparingByKey());
            List<Article> articles = new ArrayList<>(found.size());
            found.forEach(e -> articles.add(e.getValue()));
            return articles;
        });
        Instant now = Instant.now();
        // A stable sort: articles of the same time stay in the order they were stored.
        missing.sort(Comparator.comparingLong(a -> ArticleFeatures.timeOf(a, now)));
        for (int i = 0; i < missing.size(); i += PAGE) {
            enrichAll(missing.subList(i, Math.min(missing.size(), i + PAGE)), now, Set.of(), Map.of());
        }
    }

    /**
     * Forgets deleted articles, within the deleting transaction: their decisions go; copies of them become
     * originals; each story they were in is recounted (its outlets, and its title when it came from them), or
     * removed when nothing is left of it. The in-memory state of an open indexer does not know of this: the owner
     * opens a new one after a deletion (see {@code Archive.catchUp}).
     */
    public static void forget(Tx conn, Collection<String> ids) throws SQLException {
        Set<String> storiesTouched = new LinkedHashSet<>();
        Set<String> deleted = new java.util.HashSet<>(ids);
        for (String id : ids) {
            Decision d = decision(conn, id);
            if (d == null) {
                continue;
            }
            if (storiesTouched.isEmpty()) {
                decisionsReset(conn);
            }
            storiesTouched.add(d.story);
            conn.update("DELETE FROM article_enrichment WHERE article_id = ?", id);
            for (String copy : conn.query("SELECT article_id FROM article_enrichment WHERE duplicate_of = ?",
                    rs -> rs.getString(1), id)) {
                conn.update("UPDATE article_enrichment SET duplicate_of = NULL, similarity = NULL WHERE article_id = ?",
                        copy);
            }
        }
        for (String story : storiesTouched) {
            recount(conn, story, deleted);
        }
    }

    private record Member(String id, String title, String source) {
    }

    private static void recount(Tx conn, String story, Set<String> deleted) throws SQLException {
        List<Member> members = conn.query("SELECT a.id, a.title, a.source FROM article_enrichment e JOIN articles a "
                + "ON a.id = e.article_id WHERE e.story_id = ? ORDER BY e.time_sec, a.id",
                rs -> new Member(rs.getString(1), rs.getString(2), rs.getString(3)), story);
        if (members.isEmpty()) {
            conn.update("DELETE FROM stories WHERE id = ?", story);
            return;
        }
        Set<String> present = new java.util.HashSet<>();
        members.forEach(m -> present.add(m.source()));
        List<String> outlets = new ArrayList<>();
        String lead = conn.first("SELECT outlets, lead_id FROM stories WHERE id = ?", rs -> {
            for (String o : rs.getString(1).split("\n")) {
                if (!o.isEmpty() && present.contains(o)) {
                    outlets.add(o);
                }
            }
            return rs.getString(2);
        }, story).orElse(null);
        if (lead == null || deleted.contains(lead)) {
            Member first = members.get(0);
            conn.update("UPDATE stories SET lead_id = ?, title = ? WHERE id = ?", first.id(), first.title(), story);
        }
        conn.update("UPDATE stories SET articles = ?, outlet_count = ?, outlets = ? WHERE id = ?", members.size(),
                outlets.size(), String.join("\n", outlets), story);
    }

    private record Decision(String duplicateOf, String story) {
    }

    private static Decision decision(Tx conn, String id) throws SQLException {
        return conn.first("SELECT duplicate_of, story_id FROM article_enrichment WHERE article_id = ?",
                rs -> new Decision(rs.getString(1), rs.getString(2)), id).orElse(null);
    }

    private static void saveDecision(Tx conn, String id, String duplicateOf, Double similarity,
                                     String story, long time, long decided, int rank, boolean noRow)
            throws SQLException {
        // Statements kept by the transaction (Tx#kept): one prepare per batch, not per article.
        if (!noRow) {
            conn.update("DELETE FROM article_enrichment WHERE article_id = ?", id);
        }
        PreparedStatement ps = conn.kept("INSERT INTO article_enrichment"
                + " (article_id, duplicate_of, similarity, story_id, time_sec, decided, decided_rank)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, id);
        ps.setString(2, duplicateOf);
        if (similarity == null) {
            ps.setNull(3, Types.DOUBLE);
        } else {
            ps.setDouble(3, similarity);
        }
        ps.setString(4, story);
        ps.setLong(5, time);
        ps.setLong(6, decided);
        ps.setInt(7, rank);
        ps.executeUpdate();
    }

    private static void saveStory(Tx conn, Story s) throws SQLException {
        Set<String> outlets = new LinkedHashSet<>(s.outlets());
        // Updated in place when it exists (one statement where deleting and inserting took two; every reader of the
        // table orders its rows), else inserted. Statements kept by the transaction: one prepare per batch.
        PreparedStatement update = conn.kept("UPDATE stories SET title = ?, lead_id = ?, articles = ?, outlet_count = ?,"
                + " outlets = ?, first_seen = ?, last_seen = ? WHERE id = ?");
        bindStory(update, s, outlets);
        if (update.executeUpdate() > 0) {
            return;
        }
        PreparedStatement ps = conn.kept("INSERT INTO stories (title, lead_id, articles,"
                + " outlet_count, outlets, first_seen, last_seen, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        bindStory(ps, s, outlets);
        ps.executeUpdate();
    }

    private static void bindStory(PreparedStatement ps, Story s, Set<String> outlets) throws SQLException {
        ps.setString(1, s.title());
        ps.setString(2, s.leadId());
        ps.setInt(3, s.articles());
        ps.setInt(4, outlets.size());
        ps.setString(5, String.join("\n", outlets));
        ps.setString(6, s.firstSeen().toString());
        ps.setString(7, s.lastSeen().toString());
        ps.setString(8, s.id());
    }
}
