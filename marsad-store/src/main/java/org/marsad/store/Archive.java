package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchHit;
import org.marsad.search.IndexUnavailable;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.search.EntityNames;
import org.marsad.store.entities.Entities;
import org.marsad.store.entities.EntityDirectory;
import org.marsad.store.entities.EntityEdits;
import org.marsad.store.entities.EntityIndexer;
import org.marsad.store.figures.Figures;
import org.marsad.store.stories.Stories;
import org.marsad.store.stories.StoryIndexer;

/**
 * A Marsad data directory: the store (the truth) and the search index derived from it, kept in agreement.
 *
 * <pre>
 *   DIR/marsad.db    SQLite store (WAL); or the database at $MARSAD_DB_URL (e.g. PostgreSQL) when set
 *   DIR/index/       Lucene index
 *   DIR/story-state.bin  near-duplicate and story state, so that opening need not replay every article
 *   DIR/entity-context.bin  which entities appear beside which, so that opening need not count it from every article
 * </pre>
 * The default directory is {@code $MARSAD_DATA}, else {@code ./marsad-data}.
 *
 * <p>Agreement: every index commit records the store sequence number it reflects. On open, the index catches up
 * with whatever the store holds beyond that number (articles stored by a run that died before its index commit,
 * or by another process), and is rebuilt from scratch when it was built from another store, with another
 * analysis version, or does not count the same articles. {@link #save} writes the store first and commits it,
 * then indexes; so a crash at any point loses nothing the store acknowledged.
 *
 * <p>Owner: the process that holds the index writer owns the derived state — it indexes and enriches
 * (near-duplicates, stories). Any other process that opens the directory meanwhile (a {@code marsad ingest} while a
 * server runs) gets a read-only index and writes the store only; the owner finds those articles through the store's
 * change counter ({@link ArticleStore#lastSeq}) and catches up ({@link #catchUp}).
 *
 * <p>Thread safety: writes are serialized; searches run concurrently. An owning archive finds a batch's figures
 * and tags its entities on enrichment worker threads ({@link PureWork}, one per core beyond the saving thread's),
 * which stop when it is closed; what is stored does not depend on them.
 */
public final class Archive implements AutoCloseable {
    /** The SQLite file in a data directory. */
    public static final String DB_FILE = "marsad.db";
    /** The story state file in a data directory (see {@link StoryIndexer}): derived, rebuilt when missing. */
    public static final String STORY_STATE_FILE = "story-state.bin";
    /** The entity resolver's context, beside the store (see {@link EntityIndexer}). */
    public static final String ENTITY_CONTEXT_FILE = "entity-context.bin";
    /** The index directory in a data directory. */
    public static final String INDEX_DIR = "index";
    /** Who {@link #hide} records when the command line hid an article (the web shows it «من سطر الأوامر»). */
    public static final String HIDDEN_BY_COMMAND_LINE = "cli";
    /** Index commits are made at least this often during long ingests, to bound repair work after a crash. */
    private static final int COMMIT_EVERY = 5_000;
    /** Store changes read at a time while catching up. */
    private static final int PAGE = 500;
    /**
     * How long a worker's save waits for another worker's hold of the enrichment lock before it stores its batch
     * undecided (decided and indexed by the next catch-up that gets the lock). A healthy hold is a batch's catch-up,
     * store, enrichment and index writes: a few seconds for a batch of 500 on a loaded machine. A hold past this is
     * a write waiting on a hung index node (up to the write timeout per node): before, every other worker stored
     * nothing for that long.
     */
    static final java.time.Duration LOCK_PATIENCE = java.time.Duration.ofSeconds(30);
    /**
     * Present in a data directory while a rebuild runs in the background (see {@link #openServing}): an open that
     * finds it knows the index holds only part of the store, and resumes.
     */
    public static final String REBUILD_MARKER = "index-rebuilding";
    /**
     * Present in a data directory while its index is merged into one segment (after a bulk load or a rebuild): a
     * merge that a stop (or a failure) cut short leaves it, and the next process that runs {@link #rebuildStep}
     * (a server) merges the index in the background, since it was left in many parts.
     */
    public static final String MERGE_MARKER = "index-merging";
    /** Pages of store changes a background rebuild indexes per step, holding the archive's lock. */
    private static final int REBUILD_STEP_PAGES = 2;

    private final Path dataDir;
    private final ArticleStore store;
    private final SearchIndex index;
    private final Repair repair;
    // Written under the archive's lock, read without it (health checks must not wait for a long rebuild).
    private volatile long indexedSeq;
    private volatile long committedSeq;
    // A bulk ingest's index commit runs beside its saving thread (see commitBeside); the number it was started at.
    private final CommitBeside commitBeside = new CommitBeside();
    private long commitStartedSeq;
    // COMMIT_EVERY, or fewer in tests of the commits of a long ingest
    private int commitEvery = COMMIT_EVERY;
    // Grows after every change this process makes to what searches and pages read (see searchStamp).
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    // The store's part of searchStamp (its change number, the entities' version): two reads per validated request
    // before, now read again only after a commit by any connection.
    private final UntilCommit<String> storeStamp;
    // The hits' story and copy decisions, read again only after a commit (see withStories).
    private final KnownUntilCommit<Stories.Membership> memberships;
    // The stories a page of hits names, as readers see them, read again only after a commit (see storiesById).
    private final KnownUntilCommit<org.marsad.enrich.story.Story> storiesById;
    private StoryIndexer stories;
    private org.marsad.enrich.story.StoryRules storyRules = org.marsad.enrich.story.StoryRules.DEFAULT;
    // The learned join gate stories join through: the shipped one unless -Dstory.gate=off (JoinGate.forArchive).
    private org.marsad.enrich.story.JoinGate storyGate = org.marsad.enrich.story.JoinGate.forArchive().orElse(null);
    private EntityIndexer entities;
    /** Whether a deletion dropped enrichers that were open, to be opened again when others' articles arrive. */
    private boolean reopenEnrichers;
    // Started on the first save of an owning archive (a read-only one never needs threads).
    private PureWork work;
    private final EntityDirectory names;
    // Held around each enriching save when other processes index the same index from the same PostgreSQL store.
    private final EnrichmentLock enrichmentLock;
    // Told how far opening's indexing of the whole store is (null: nobody asked); openWatch while it runs.
    private final java.util.function.Consumer<RebuildProgress> indexing;
    private OpenWatch openWatch;
    /** Whether this process holds {@link #enrichmentLock} now (catch-ups inside a save must not take it again). */
    private boolean lockHeld;
    /** How long a save waits for another process's hold of {@link #enrichmentLock} before storing its batch alone. */
    private java.time.Duration lockPatience = LOCK_PATIENCE;
    /** Whether the last wait for the lock ran out: the next ones only take it if it is free (see lockPatience). */
    private boolean lockOverdue;
    // False for a web server beside workers: it finds no entities, decides no stories, writes no derived rows.
    private final boolean enriches;
    // A rebuild sends everything again, whatever other writers sent before the clear.
    private boolean rebuilding;
    // The highest indexSentSeq this archive read or raised (saves a store write when nothing moved).
    private long knownSent;
    // Index writes (puts, deletes) this archive sent, and changes it left because another writer had sent them.
    private volatile long indexWrites;
    private volatile long indexSkips;
    private long writesAtCommit;
    // Whether a rebuild this open needs is left to rebuildStep (a server opens at once and rebuilds meanwhile).
    private final boolean deferRebuild;
    // The rebuild in progress or due, null when the index follows the store.
    private volatile BackgroundRebuild pendingRebuild;
    // The figure refresh in progress or due after an upgrade of the figure rules, null when figures are current.
    private volatile ArticleStore.FigureRefresh figureRefresh;
    // Index writes of the figure refresh since the last index commit.
    private long figurePutsUncommitted;
    // The language pass in progress or due after an upgrade (V93), null when every article has its language.
    private volatile ArticleStore.LanguageBackfill languageBackfill;
    private volatile long languagesGiven;
    // Rows of the articles table each step of the language pass reads (fewer in tests).
    private static volatile int languageSpan = 20_000;
    /**
     * Present in a data directory while the figures of its articles are found again under new rules (an upgrade):
     * it names the last article whose refreshed figures the index has committed, where the next open resumes.
     */
    public static final String FIGURES_MARKER = "figures-refreshing";

    /**
     * What opening did to bring the index in line with the store.
     *
     * @param rebuilt whether the index was rebuilt from scratch
     * @param indexed how many articles were (re-)indexed
     * @param reason  why the index was rebuilt, one line ("it was made with analysis version 1; this Marsad
     *                uses 2"), or null when it was not
     */
    public record Repair(boolean rebuilt, long indexed, String reason) {
        /** A repair without a stated reason (nothing was rebuilt). */
        public Repair(boolean rebuilt, long indexed) {
            this(rebuilt, indexed, null);
        }
    }

    private Archive(Path dataDir, ArticleStore store, SearchIndex index, boolean enriches) {
        this(dataDir, store, index, enriches, false, null);
    }

    private Archive(Path dataDir, ArticleStore store, SearchIndex index, boolean enriches, boolean deferRebuild,
                    java.util.function.Consumer<RebuildProgress> indexing) {
        this.dataDir = dataDir;
        this.deferRebuild = deferRebuild && !index.shared();
        this.store = store;
        this.index = index;
        this.enriches = enriches;
        this.storeStamp = new UntilCommit<>(store.database(),
                () -> store.lastSeq() + "." + new Entities(store).version());
        this.memberships = new KnownUntilCommit<>(store.database(), ids -> new Stories(store).memberships(ids));
        this.storiesById = new KnownUntilCommit<>(store.database(), ids -> new Stories(store).byId(ids));
        this.names = new EntityDirectory(store, index::documentsWithWord, () -> {
            // The version of the reader the next word count will read: that count refreshes first, so must this.
            // An index without versions (Solr, -1) is not refreshed here: its refresh is a commit.
            if (index.readerVersion() < 0) {
                return -1;
            }
            index.refresh();
            return index.readerVersion();
        });
        this.enrichmentLock = index.shared() && index.writable() && !store.database().isSqlite()
                && !store.database().isReadOnly() ? new EnrichmentLock(store.database().jdbcUrl()) : null;
        index.entityNames(names);
        boolean refreshes = index.writable() && enriches;
        if (refreshes && !this.deferRebuild && rebuildReason(index.state()) != null) {
            // Articles stored before figures existed, or with older figure rules, get theirs. The index carries
            // figures (figure: queries), but opening rebuilds it from the store just below: an index of an older
            // Marsad may not take today's documents at all (its id field had no doc values: Lucene refuses the new
            // one), and a foreign one is cleared. So the store alone is refreshed, first.
            store.refreshFigures(a -> { });
            FiguresMarker.remove(dataDir);
            refreshes = false;
        }
        this.indexing = indexing;
        this.repair = index.writable() ? repairOnOpen() : new Repair(false, 0);
        this.openWatch = null;
        if (refreshes) {
            // Otherwise the index takes the new version of each refreshed article. A server leaves the refresh to
            // upgradeStep (it answers from the old figures meanwhile); any other command does it now.
            String resumeAfter = FiguresMarker.read(dataDir);
            ArticleStore.FigureRefresh r = store.figureRefresh(resumeAfter);
            if (r != null) {
                if (r.position() != null) {
                    FiguresMarker.write(dataDir, resumeAfter == null ? "" : resumeAfter);
                }
                figureRefresh = r;
                // Checking the few articles changed since the last complete refresh (no walk by id) is quick.
                if (!this.deferRebuild || r.position() == null) {
                    while (figureStepLocked(Integer.MAX_VALUE)) {
                        // to the end, committing as it goes
                    }
                }
            } else {
                FiguresMarker.remove(dataDir);
            }
        }
        if (index.writable() && enriches) {
            // Articles stored without a language get theirs: a server in upgradeStep, while it answers; any other
            // command now, as the figure refresh (a pass over the table in order: 5.8 s at 1,000,000 articles).
            languageBackfill = store.languageBackfill(languageSpan);
            if (!this.deferRebuild) {
                while (languageStep(Integer.MAX_VALUE)) {
                    // to the end, indexing as it goes
                }
            }
        }
        if (index.writable() && enriches && java.nio.file.Files.exists(dataDir.resolve(MERGE_MARKER))) {
            // A merge into one segment was cut short: the next rebuildStep does it again, outside the lock.
            compactAfterRebuild.set(true);
        }
    }

    /** The data directory from {@code $MARSAD_DATA}, else {@code ./marsad-data}. */
    public static Path defaultDataDir() {
        String env = System.getenv("MARSAD_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "marsad-data");
    }

    /** Opens the data directory (creating it), using {@code $MARSAD_DB_URL} as the store when set. */
    public static Archive open(Path dataDir) {
        String url = System.getenv("MARSAD_DB_URL");
        return open(dataDir, url == null || url.isBlank() ? null : url);
    }

    /** Opens the data directory with the store at {@code jdbcUrl}, or in {@code DIR/marsad.db} when null. */
    public static Archive open(Path dataDir, String jdbcUrl) {
        return openEmbedded(dataDir, jdbcUrl, false, null);
    }

    /**
     * {@link #open(Path, String)}, telling {@code indexing} how far opening is when it must index the whole store
     * (a restored archive, an index lost or made by another version): once before the first article, with
     * {@code indexed} 0, then after each page of 500. A command on an archive of 100,000 articles otherwise says
     * nothing for minutes. Not called when the index only catches up with what was stored since its last commit.
     */
    public static Archive open(Path dataDir, String jdbcUrl,
                               java.util.function.Consumer<RebuildProgress> indexing) {
        return openEmbedded(dataDir, jdbcUrl, false, indexing);
    }

    /**
     * {@link #open(Path, String)} for a server, which must answer at once: when the index must be rebuilt (made by
     * another analysis version, from another store, or a rebuild was cut short), opening does not rebuild it but
     * leaves that to {@link #rebuildStep}, called in the background until it returns false. Meanwhile saves only
     * store (the rebuild indexes what they stored), and searches read the old index when it belongs to this store
     * (else they throw {@link IndexRebuilding}); {@link #rebuildProgress} tells how far it is. A process killed
     * during the rebuild loses nothing: the next open resumes it where the last index commit left it.
     */
    public static Archive openServing(Path dataDir, String jdbcUrl) {
        return openEmbedded(dataDir, jdbcUrl, true, null);
    }

    private static Archive openEmbedded(Path dataDir, String jdbcUrl, boolean deferRebuild,
                                        java.util.function.Consumer<RebuildProgress> indexing) {
        ArticleStore store = jdbcUrl == null ? ArticleStore.openSqlite(dataDir.resolve(DB_FILE))
                : ArticleStore.open(jdbcUrl);
        SearchIndex index;
        try {
            index = LuceneIndex.open(dataDir.resolve(INDEX_DIR));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return assemble(dataDir, store, index, true, deferRebuild, indexing);
    }

    /**
     * Opens the data directory with the store at {@code jdbcUrl} (or {@code DIR/marsad.db} when null) and the given
     * index instead of the embedded one in {@code DIR/index} (a SolrCloud collection). The archive owns the index
     * from now on (closes it, also when opening fails); the index is repaired against the store as usual.
     */
    public static Archive open(Path dataDir, String jdbcUrl, SearchIndex index) {
        return open(dataDir, jdbcUrl, index, true);
    }

    /**
     * {@link #open(Path, String, SearchIndex)}, for a process that only serves beside collecting workers when
     * {@code enrich} is false: it finds no entities and decides no stories (the workers do, and store them), writes
     * no derived rows, and sends the shared index only what no other writer sent (its editors' changes, articles
     * stored by processes that do not index). {@link #storyIndexer} and {@link #entityIndexer} refuse.
     */
    public static Archive open(Path dataDir, String jdbcUrl, SearchIndex index, boolean enrich) {
        ArticleStore store;
        try {
            store = jdbcUrl == null ? ArticleStore.openSqlite(dataDir.resolve(DB_FILE)) : ArticleStore.open(jdbcUrl);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return assemble(dataDir, store, index, enrich, false, null);
    }

    private static Archive assemble(Path dataDir, ArticleStore store, SearchIndex index, boolean enrich,
                                    boolean deferRebuild, java.util.function.Consumer<RebuildProgress> indexing) {
        try {
            return new Archive(dataDir, store, index, enrich, deferRebuild, indexing);
        } catch (RuntimeException e) {
            index.close();
            store.close();
            throw e;
        }
    }

    /**
     * Opens a data directory for reading only (search, export, stories): nothing in it is written or created — no
     * migration, no lock file, no index writer, no repair. The index is used as last committed; {@link #lag} says
     * how many stored articles it lacks. For a directory this process may not write (a read-only mount, a
     * directory without write permission, an archive copy).
     *
     * @param jdbcUrl the store's JDBC URL, or null for {@code DIR/marsad.db} (then opened read-only too; another
     *                database is opened as usual: only the directory is read-only)
     * @throws StoreException when there is no store, or its schema would need an upgrade
     * @throws org.marsad.search.IndexException when there is no index, or it was built from another store or with
     *         another analysis version (only a rebuild, which writes, would fix it)
     */
    public static Archive openReadOnly(Path dataDir, String jdbcUrl) {
        return openReadOnly(dataDir, jdbcUrl, null);
    }

    /**
     * {@link #openReadOnly(Path, String)} with the given index (one that is not {@link SearchIndex#writable}, e.g. a
     * read-only view of a SolrCloud collection) instead of {@code DIR/index}; null for {@code DIR/index}. The
     * archive owns the index from now on (closes it, also when opening fails).
     */
    public static Archive openReadOnly(Path dataDir, String jdbcUrl, SearchIndex given) {
        ArticleStore store;
        try {
            store = jdbcUrl == null ? ArticleStore.openSqliteReadOnly(dataDir.resolve(DB_FILE))
                    : ArticleStore.open(jdbcUrl);
        } catch (RuntimeException e) {
            if (given != null) {
                given.close();
            }
            throw e;
        }
        SearchIndex index = given;
        try {
            if (index == null) {
                index = LuceneIndex.openReadOnly(dataDir.resolve(INDEX_DIR));
            }
            SearchIndex.IndexState state = index.state();
            if ((state.storeId() != null && !state.storeId().equals(store.storeId()))
                    || state.analysisVersion() != index.analysisVersion()) {
                throw new org.marsad.search.IndexException((given == null ? "the index in " + dataDir.resolve(INDEX_DIR)
                        : "the search index") + " must be rebuilt (another store or an older Marsad made it), which needs write access", null);
            }
            Archive a = new Archive(dataDir, store, index, true);
            a.indexedSeq = state.storeSeq();
            a.committedSeq = state.storeSeq();
            return a;
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            store.close();
            throw e;
        }
    }

    /**
     * How many stored articles the index does not reflect yet: 0 in the owner after opening; in a read-only or
     * non-owning archive, what was stored after the index's last commit.
     */
    public long lag() {
        return Math.max(0, store.count() - index.count());
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The store, for reads (writes go through {@link #save} so that the index follows). */
    public ArticleStore store() {
        return store;
    }

    /** The index. */
    public SearchIndex index() {
        return index;
    }

    /**
     * Whether this process owns the archive's derived state (holds the index writer): its saves are enriched and
     * indexed. Otherwise saves only reach the store, and the owner catches up.
     */
    public boolean owner() {
        return index.writable();
    }

    /**
     * Whether this process enriches what it stores and catches up with (entities, near-duplicates, stories): an
     * owner does, except a web server opened beside workers ({@link #open(Path, String, SearchIndex, boolean)}).
     */
    public boolean enriches() {
        return owner() && enriches;
    }

    /**
     * Index writes this process sent (puts and deletes) and store changes its catch-ups left out because another
     * writer of the shared index had sent them: {@code [sent, leftToOthers]}.
     */
    public long[] indexWrites() {
        return new long[] {indexWrites, indexSkips};
    }

    /** The store sequence number the index reflects (what is searchable, or becomes so at the next refresh). */
    public long indexedSeq() {
        return indexedSeq;
    }

    /** The store sequence number of the last index commit (what a crash would not have to redo). */
    public long committedSeq() {
        return committedSeq;
    }

    /** What opening did to the index. */
    public Repair repair() {
        return repair;
    }

    /**
     * Why the index in {@code state} must be rebuilt from the store before this Marsad writes to it (made from
     * another store, by another analysis version, or ahead of the store), or null when it can be caught up.
     */
    private String rebuildReason(SearchIndex.IndexState state) {
        if (state.storeId() != null && !state.storeId().equals(store.storeId())) {
            return "it was made from another store";
        }
        if (state.analysisVersion() != index.analysisVersion() && !(state.storeId() == null && index.count() == 0)) {
            return "it was made with analysis version " + state.analysisVersion() + "; this Marsad uses "
                    + index.analysisVersion();
        }
        return state.storeSeq() > store.lastSeq() ? "it is ahead of the store" : null;
    }

    private Repair repairOnOpen() {
        SearchIndex.IndexState state = index.state();
        long storeSeq = store.lastSeq();
        boolean foreign = state.storeId() != null && !state.storeId().equals(store.storeId());
        boolean stale = state.analysisVersion() != index.analysisVersion()
                && !(state.storeId() == null && index.count() == 0);
        String why = rebuildReason(state);
        if (why != null) {
            if (deferRebuild) {
                // Only an older index of this very store is worth searching meanwhile: the others hold other articles.
                return deferRebuild(foreign ? RebuildCause.OTHER_STORE : stale ? RebuildCause.UPGRADE
                        : RebuildCause.MISMATCH, why, true, !foreign && stale);
            }
            watchOpen(foreign ? RebuildCause.OTHER_STORE : stale ? RebuildCause.UPGRADE : RebuildCause.MISMATCH, why);
            return new Repair(true, rebuild(), why);
        }
        indexedSeq = state.storeSeq();
        committedSeq = state.storeSeq();
        if (deferRebuild && java.nio.file.Files.exists(dataDir.resolve(REBUILD_MARKER))) {
            // Cut short (killed): the index holds the store up to its last commit, the rest follows from there.
            Repair resumed = deferRebuild(RebuildCause.INTERRUPTED, "a rebuild was interrupted; it resumes",
                    false, false);
            // What the killed process committed is indexed: the progress a reader sees starts there, not at 0.
            pendingRebuild.indexed = index.count();
            return resumed;
        }
        if (deferRebuild && state.storeId() == null && storeSeq > 0) {
            // No index beside a store that holds articles (lost, or removed to be rebuilt): all of it to index.
            return deferRebuild(RebuildCause.MISSING, "there was no index", false, false);
        }
        if (sharing() && state.storeId() == null) {
            // A new collection (or one made again): whatever the store says was sent went to another one.
            store.resetIndexSentSeq(0);
        }
        if (state.storeId() == null && storeSeq > 0 && index.count() == 0) {
            // No index beside a stored archive (a restored backup): the catch-up below indexes all of it.
            watchOpen(RebuildCause.MISSING, "there was no index");
        }
        long added = catchUp();
        if (index.count() != store.count() && !index.shared()) {
            // A shared index (a SolrCloud collection other workers write) is never cleared for this: another
            // writer may be between storing and indexing, or its writes not yet visible; the catch-up above has
            // put every article stored since the last commit, and 'marsad reindex' rebuilds on purpose.
            String reason = "it held " + index.count() + " articles and the store " + store.count();
            if (deferRebuild) {
                // A lost index (nothing in it) is no answer; a partial one of this store is better than none.
                return deferRebuild(index.count() == 0 ? RebuildCause.MISSING : RebuildCause.MISMATCH, reason, true,
                        index.count() > 0);
            }
            watchOpen(index.count() == 0 ? RebuildCause.MISSING : RebuildCause.MISMATCH, reason);
            return new Repair(true, rebuild(), reason);
        }
        if (added > 0 || state.storeId() == null) {
            commit();
        }
        // A rebuild a server left unfinished was completed by the catch-up above.
        RebuildMarker.remove(dataDir);
        return new Repair(false, added);
    }

    /** Starts telling {@link #indexing} how far opening's indexing of the whole store is (see the open it was given to). */
    private void watchOpen(RebuildCause cause, String reason) {
        if (indexing != null) {
            openWatch = new OpenWatch(indexing, cause, reason, store.count());
            openWatch.indexed(0);
        }
    }

    /** Opening's indexing of the whole store, told to the opener after each page. */
    private static final class OpenWatch {
        private final java.util.function.Consumer<RebuildProgress> to;
        private final RebuildCause cause;
        private final String reason;
        private final long total;

        OpenWatch(java.util.function.Consumer<RebuildProgress> to, RebuildCause cause, String reason, long total) {
            this.to = to;
            this.cause = cause;
            this.reason = reason;
            this.total = total;
        }

        void indexed(long n) {
            to.accept(new RebuildProgress(cause, reason, n, total, false));
        }
    }

    private Repair deferRebuild(RebuildCause cause, String reason, boolean clear, boolean oldIndexReadable) {
        boolean served = oldIndexReadable && index.holdSearches(true);
        pendingRebuild = new BackgroundRebuild(cause, reason, clear, served, store.count());
        return new Repair(false, 0, reason);
    }

    /** A rebuild left to {@link #rebuildStep}: why, and how far it is (read by health checks without the lock). */
    private static final class BackgroundRebuild {
        final RebuildCause cause;
        final String reason;
        final boolean clear;
        final boolean oldIndexServed;
        final long total;
        volatile boolean started;
        volatile long indexed;

        BackgroundRebuild(RebuildCause cause, String reason, boolean clear, boolean oldIndexServed, long total) {
            this.cause = cause;
            this.reason = reason;
            this.clear = clear;
            this.oldIndexServed = oldIndexServed;
            this.total = total;
        }
    }

    /** Why an index is rebuilt in the background, for a notice in the reader's language. */
    public enum RebuildCause {
        /** Made by an older Marsad (another analysis version): its searches may still be answered meanwhile. */
        UPGRADE,
        /** Made from another store. */
        OTHER_STORE,
        /** None beside a store holding articles (lost, or removed to be rebuilt). */
        MISSING,
        /** Holds other articles than the store (ahead of it, or another count). */
        MISMATCH,
        /** A rebuild was cut short (the process was killed) and resumes. */
        INTERRUPTED
    }

    /**
     * How far a background rebuild is (see {@link #openServing}).
     *
     * @param cause          why the index is rebuilt
     * @param reason         why the index is rebuilt, one line
     * @param indexed        articles indexed so far by this process
     * @param total          articles stored when the rebuild was decided
     * @param oldIndexServed whether searches read the old index meanwhile (else they throw {@link IndexRebuilding})
     */
    public record RebuildProgress(RebuildCause cause, String reason, long indexed, long total,
                                  boolean oldIndexServed) {
    }

    /** The background rebuild in progress or due; empty when the index follows the store. */
    public java.util.Optional<RebuildProgress> rebuildProgress() {
        BackgroundRebuild r = pendingRebuild;
        return r == null ? java.util.Optional.empty()
                : java.util.Optional.of(new RebuildProgress(r.cause, r.reason, r.indexed, r.total,
                r.oldIndexServed));
    }

    /**
     * Does one part of the background rebuild (a few pages of the store, under the archive's lock so that saves and
     * edits go on between parts), committing the index now and then so that a process killed meanwhile resumes
     * from there; at the end, searches see the new index.
     *
     * @return whether more remains (call again); false when there is no rebuild to do
     */
    public boolean rebuildStep() {
        return rebuildStep(REBUILD_STEP_PAGES, COMMIT_EVERY);
    }

    /**
     * The process stops: the merge that ends a rebuild or a reindex (minutes at a million articles) is not waited
     * for, if under way or begun from now on; {@link #close} drops it. Every stored article and every commit is
     * kept; the index stays in its parts, searched as before the merge.
     */
    public void stopCompacting() {
        compactionStopped = true;
        index.stopCompacting();
    }

    // Set by stopCompacting: a merge under way, or begun after, is cut short and leaves MERGE_MARKER.
    private volatile boolean compactionStopped;

    /**
     * Merges the index into one segment, then {@code commit}s; {@link #MERGE_MARKER} marks the data directory until
     * the merge is committed whole, so that one a stop cuts short is done again ({@link #rebuildStep}). A failure
     * leaves the marker too: the next process tries once more.
     */
    private void compactMarked(Runnable commit) {
        compact(commit, true);
    }

    /** {@link #compactMarked}, or without the marker ({@code marked} false): a merge cut short is then left undone. */
    private void compact(Runnable commit, boolean marked) {
        if (marked) {
            DataDirMarker.create(dataDir, MERGE_MARKER, "the search index is being merged into one part\n");
        }
        index.compact();
        commit.run();
        if (marked && !compactionStopped) {
            DataDirMarker.remove(dataDir, MERGE_MARKER);
        }
    }

    /**
     * Merges a served index into one segment when searches read it in more than {@code moreThan} segments, for a
     * server whose index grew by small commits (feeds followed, other commands' saves caught up): nothing else merges
     * it beyond the merge policy's segments, and every search sets up each segment apart (at 100,000 articles the
     * base query cost 1.67 ms on 22 segments against 0.50 ms on one: bench/README, search23). The caller picks the
     * time (the service quiet: no article stored for a while), since the merge takes minutes at a million articles.
     *
     * <p>As the rebuild's merge, it runs outside the archive's lock: saves, catch-ups and commits go on (what they
     * write stays in parts of its own, not merged again), and searches read the index as it was until the merge is
     * committed. A stop ({@link #stopCompacting}) cuts it short, leaving the index in its parts as last committed:
     * without the rebuild's marker, so that the next start does not merge at once, busy or not; the next quiet
     * period tries again.
     *
     * @param starting told the number of segments just before the merge begins
     * @return whether the index was merged (false: nothing to do, or the merge was cut short)
     */
    public boolean compactWhenQuiet(int moreThan, java.util.function.IntConsumer starting) {
        int parts;
        synchronized (this) {
            parts = index.segments();
            if (!index.writable() || !enriches || pendingRebuild != null || rebuilding || compactionStopped
                    || parts <= moreThan) {
                return false;
            }
            commit();
        }
        starting.accept(parts);
        compact(this::commit, false);
        index.refresh();
        return !compactionStopped;
    }

    /** How many segments searches read now, each set up apart; -1 when the index cannot tell (a shared collection). */
    public int indexSegments() {
        return index.segments();
    }

    /** An ingest that added at least this many articles, and a quarter of the index or more, ends with a merge. */
    static final long BULK_LOAD = 5_000;

    /**
     * Ends a bulk load: when the {@code added} articles an ingest of this process just stored are a large share of
     * the index (a quarter or more, and at least {@value #BULK_LOAD}), the index is merged into one segment and
     * committed. An index grown by ingest keeps the merge policy's segments, each searched apart; at 20,000 articles
     * one merge after the load cost about 6% of the ingest's CPU and halved a search's (bench/README, search13). A
     * small ingest into a large archive is left to the merge policy: merging a million articles for a few hundred new
     * ones would cost minutes for nothing. Nothing happens in a process that does not index (a server does).
     *
     * @param notice run just before the merge (it takes minutes at a million articles: the user is told)
     * @return whether the index was merged
     */
    public boolean compactAfterLoad(long added, Runnable notice) {
        return compactAfterLoad(added, BULK_LOAD, notice);
    }

    boolean compactAfterLoad(long added, long atLeast, Runnable notice) {
        synchronized (this) {
            if (!index.writable() || !enriches || pendingRebuild != null || rebuilding || added < atLeast
                    || added * 4 < index.count()) {
                return false;
            }
            commit();
        }
        notice.run();
        compactMarked(this::commit);
        index.refresh();
        return true;
    }

    // Set when a background rebuild has just finished (its index is compacted by the step that saw it finish), or when
    // opening found a merge cut short (MERGE_MARKER).
    private final java.util.concurrent.atomic.AtomicBoolean compactAfterRebuild =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** {@link #rebuildStep()} reading {@code pages} pages, committing once {@code commitEvery} changes wait. */
    boolean rebuildStep(int pages, int commitEvery) {
        boolean more = rebuildStepLocked(pages, commitEvery);
        if (!more && compactAfterRebuild.getAndSet(false)) {
            // Outside the archive's lock: saves go on while the segments merge (minutes at a million articles).
            compactMarked(this::commit);
        }
        return more;
    }

    private boolean rebuildStepLocked(int pages, int commitEvery) {
        if (pendingRebuild == null) {
            return false;
        }
        synchronized (this) {
            BackgroundRebuild r = pendingRebuild;
            if (r == null) {
                return false;
            }
            try {
                if (!r.started) {
                    // Written before the first commit of the new index: an open after a kill must not take the
                    // partly rebuilt index (the analysis version already this one's) for a whole one.
                    RebuildMarker.create(dataDir);
                    if (r.clear) {
                        commitBeside.await();
                        index.clear();
                        indexedSeq = 0;
                        commitStartedSeq = 0;
                    }
                    r.started = true;
                }
                rebuilding = true;
                try {
                    r.indexed += catchUpHere(pages, PAGE);
                } finally {
                    rebuilding = false;
                }
                if (store.lastSeq() > indexedSeq) {
                    if (indexedSeq - committedSeq >= commitEvery) {
                        commit();
                    }
                    return true;
                }
                commit();
                RebuildMarker.remove(dataDir);
                pendingRebuild = null;
                index.holdSearches(false);
                compactAfterRebuild.set(index.writable());
                return false;
            } finally {
                changes.incrementAndGet();
            }
        }
    }

    /**
     * Does one part of an upgrade's figure refresh left by {@link #openServing} (a page of articles read, their
     * figures found again under today's rules, stored and indexed, under the archive's lock so that saves, edits and
     * catch-ups go on between parts); the index is committed every {@value #COMMIT_EVERY} articles and at the end,
     * and {@link #FIGURES_MARKER} moved on with each commit, so that a process killed meanwhile resumes after the
     * last article the index has. Until its part is done, an article keeps the figures of the older rules (in its
     * page, the API and figure: searches).
     *
     * @return whether more remains (call again); false when there is no refresh to do
     */
    public boolean upgradeStep() {
        return upgradeStep(COMMIT_EVERY);
    }

    /** {@link #upgradeStep()} committing the index once {@code commitEvery} refreshed articles wait. */
    boolean upgradeStep(int commitEvery) {
        if (figureRefresh == null) {
            return languageStep(commitEvery);
        }
        synchronized (this) {
            try {
                return figureStepLocked(commitEvery);
            } finally {
                changes.incrementAndGet();
            }
        }
    }

    /**
     * One step of the language pass: the store's part (a read of the table and a write of the articles it gives a
     * language, new versions with new change numbers) outside the archive's lock, then, under it, the index catches
     * up with them as with any store change (committed every {@code commitEvery} changes and at the end). A kill
     * loses nothing: the store records how far the pass read with its writes, the index resumes from its commit.
     */
    private boolean languageStep(int commitEvery) {
        ArticleStore.LanguageBackfill b = languageBackfill;
        if (b == null) {
            return false;
        }
        boolean more = b.step();
        languagesGiven = b.given();
        synchronized (this) {
            try {
                catchUp(Long.MAX_VALUE, PAGE);
                if (!more) {
                    languageBackfill = null;
                    commit();
                } else if (indexedSeq - committedSeq >= commitEvery) {
                    commit();
                }
            } finally {
                changes.incrementAndGet();
            }
        }
        return more;
    }

    /** Articles the language pass of this open gave a language (it goes on counting after the pass ended). */
    public long languagesGiven() {
        return languagesGiven;
    }

    /** For tests: rows of the articles table each step of the language pass reads. */
    static void languageStepRows(int rows) {
        languageSpan = rows;
    }

    // One page of the figure refresh; the caller holds the lock (or is the constructor).
    private boolean figureStepLocked(int commitEvery) {
        ArticleStore.FigureRefresh r = figureRefresh;
        if (r == null) {
            return false;
        }
        long pauseAt = FIGURE_PAUSE.get();
        if (pauseAt >= 0 && r.passed() >= pauseAt) {
            // A test holds the refresh here (see holdFigureRefreshAt).
            return true;
        }
        boolean more = r.step(a -> {
            index.put(a);
            indexWrites++;
            figurePutsUncommitted++;
        });
        if (more) {
            if (figurePutsUncommitted >= commitEvery) {
                commit();
            }
            return true;
        }
        // The mark first, then the commit, then the marker gone: a kill between any two redoes only the last part.
        r.finish();
        commit();
        if (figurePutsUncommitted == 0) {
            figureRefresh = null;
            FiguresMarker.remove(dataDir);
        }
        return false;
    }

    // For tests: the figure refresh stops (returns "more" without working) once this many articles were read; -1 none.
    private static final java.util.concurrent.atomic.AtomicLong FIGURE_PAUSE =
            new java.util.concurrent.atomic.AtomicLong(-1);

    /** For tests: holds every figure refresh after {@code articles} articles (-1 lets them go on). */
    static void holdFigureRefreshAt(long articles) {
        FIGURE_PAUSE.set(articles);
    }

    /**
     * How far an upgrade's background work is, for health checks and notices.
     *
     * @param figuresPassed articles whose figures the refresh has read (found again, or already current)
     * @param figuresTotal  articles stored when it began
     */
    public record UpgradeProgress(long figuresPassed, long figuresTotal, boolean figuresDone,
                                  LanguagesProgress languages) {
        /** Progress of the figure refresh alone (no language pass due). */
        public UpgradeProgress(long figuresPassed, long figuresTotal) {
            this(figuresPassed, figuresTotal, false, null);
        }

        /** "N of M", the way a notice says it. */
        public String figures() {
            return figuresPassed + " of " + figuresTotal;
        }

        /** How far the step under way is, for a health check: "N of M" (figures) or "languages: N of M rows". */
        public String says() {
            // The figures come first (upgradeStep), then the languages.
            return !figuresDone ? figures()
                    : "languages: " + languages.rowsRead() + " of " + languages.rowsTotal() + " rows";
        }
    }

    /**
     * How far the language pass (V93) is.
     *
     * @param rowsRead  rows of the articles table read (by position)
     * @param rowsTotal rows it reads in all
     * @param given     articles given a language so far (by this process)
     */
    public record LanguagesProgress(long rowsRead, long rowsTotal, long given) {
    }

    /**
     * The upgrade's background work in progress or due — the figure refresh, then the language pass; empty when
     * every article's figures are current and every article has its language.
     */
    public java.util.Optional<UpgradeProgress> upgradeProgress() {
        ArticleStore.FigureRefresh r = figureRefresh;
        ArticleStore.LanguageBackfill b = languageBackfill;
        LanguagesProgress languages = b == null ? null : new LanguagesProgress(b.passed(), b.total(), b.given());
        if (r != null) {
            return java.util.Optional.of(new UpgradeProgress(r.passed(), Math.max(r.total(), r.passed()), false,
                    languages));
        }
        return languages == null ? java.util.Optional.empty()
                : java.util.Optional.of(new UpgradeProgress(0, 0, true, languages));
    }

    /** Whether searches answer now: false while a background rebuild leaves nothing to search. */
    public boolean searchable() {
        BackgroundRebuild r = pendingRebuild;
        return r == null || r.oldIndexServed;
    }

    /**
     * The newest articles read from the store, not the index (undated last), with their stories and copies: the
     * lists of the front, outlet and tag pages while {@link #searchable} is false. No facets.
     *
     * @param source only this outlet's articles, or null
     * @param tag    only articles with this tag, or null (when {@code source} is null)
     */
    public SearchResults newestStored(String source, String tag, int limit, int offset) {
        List<Article> page;
        long total;
        if (source != null) {
            // the names alone: this runs on every outlet and tag page view while the index is rebuilt, and the
            // counted lists (a join and a group over every tag row) cost twenty times the page's own query
            List<String> spellings = spellings(store.sourceNames(), source);
            page = store.bySource(spellings, limit, offset);
            total = store.countBySource(spellings);
        } else if (tag != null) {
            List<String> spellings = spellings(store.tagNames(), tag);
            page = store.byTag(spellings, limit, offset);
            total = store.countByTag(spellings);
        } else {
            page = store.latest(limit, offset);
            total = store.count();
        }
        return new SearchResults(total, withStories(page.stream().map(Archive::storedHit).toList()), java.util.Map.of());
    }

    // The stored spellings of a source or tag name that the index would match for it (ignoring hamza, case, spaces).
    private static List<String> spellings(List<String> stored, String name) {
        return stored.stream().filter(n -> SearchRequest.sameName(name, n)).toList();
    }

    // An article as a hit without a query: its opening paragraph for a snippet, nothing marked.
    private static SearchHit storedHit(Article a) {
        String opening = a.body().isEmpty() ? "" : a.body().get(0);
        return new SearchHit(a.id(), a.title(), a.source(), a.published(), a.url(), opening, List.of(), 0f);
    }

    /** Throws {@link IndexRebuilding} while a background rebuild leaves nothing to search. */
    public void checkSearchable() {
        BackgroundRebuild r = pendingRebuild;
        if (r != null && !r.oldIndexServed) {
            throw new IndexRebuilding(new RebuildProgress(r.cause, r.reason, r.indexed, r.total, false));
        }
    }

    /** Stores one article and indexes it. */
    public Upserted save(Article article, RawSource raw) {
        return save(List.of(new ArticleStore.Incoming(article, raw))).get(0);
    }

    /**
     * Stores a batch (one store transaction), then, in the owner, enriches and indexes what changed. The index is
     * committed now and then; call {@link #commit} (or {@link #close}) at the end of a batch run. In a process that
     * does not own the archive, the batch is only stored (see the class comment).
     */
    public List<Upserted> save(List<ArticleStore.Incoming> batch) {
        if (enrichmentLock == null || !enriches) {
            // Cleaning and figures read nothing stored: done before waiting for this archive's other writers.
            ArticleStore.Prepared ready = ArticleStore.prepare(batch, enriches() ? work() : null);
            // Entity tagging (pure, the costliest stage) starts now on the workers, so that it runs while this thread
            // stores the batch; the entity stage takes up what they found (and tags the rest itself).
            EntityIndexer.Ahead ahead = enriches() ? EntityIndexer.startTagging(ready.articles(), work()) : null;
            return saveReady(ready, ahead, false);
        }
        // Other workers enrich into the same store: what reads nothing shared — cleaning, figures, entity tagging —
        // is done first, outside both locks (see saveReady).
        PureWork pure = work();
        ArticleStore.Prepared ready = ArticleStore.prepare(batch, pure);
        return saveReady(ready, EntityIndexer.tagAhead(ready.articles(), pure), false);
    }

    /**
     * Starts the part of saving {@code batch} that reads nothing stored — cleaning, figures and, in an archive that
     * enriches, entity tagging — on the enrichment workers, and returns at once; {@link #save(Staged)} stores it.
     * A bulk ingest stages the next batch before saving the one before, so that on a second core its pure work runs
     * while this thread stores, resolves, indexes and decides stories: at most two batches are in hand. What is
     * stored is the same as {@link #save(List)}'s, batch for batch. Without workers (one core) nothing starts here.
     *
     * <p>An article the store holds already as it is (same URL, same content hash when staged) is not tagged: a file
     * ingested again costs a look-up per article, not its tagging. Should it change before the save (the batch before
     * stores another version), the entity stage tags it then.
     */
    public Staged stage(List<ArticleStore.Incoming> batch) {
        PureWork pure = enriches() ? work() : null;
        if (pure == null || !pure.hasWorkers()) {
            return new Staged(List.copyOf(batch), null, null);
        }
        EntityIndexer.AheadTagging tagging = EntityIndexer.aheadTagging();
        ArticleStore.StoredVersions stored = store.storedVersions(batch);
        // null mentions: not tagged ahead (EntityIndexer.Ahead takes null as "tag it if it changed")
        return new Staged(null, tagging, ArticleStore.startPreparing(batch, pure,
                a -> stored.holds(a) ? null : tagging.mentions(a)));
    }

    /** A batch whose pure work was started by {@link #stage}; save it once with {@link #save(Staged)}. */
    public static final class Staged {
        private final List<ArticleStore.Incoming> later;
        private final EntityIndexer.AheadTagging tagging;
        private final ArticleStore.Preparing<List<org.marsad.enrich.entities.Mention>> preparing;

        private Staged(List<ArticleStore.Incoming> later, EntityIndexer.AheadTagging tagging,
                       ArticleStore.Preparing<List<org.marsad.enrich.entities.Mention>> preparing) {
            this.later = later;
            this.tagging = tagging;
            this.preparing = preparing;
        }

        /** How many of the batch's articles were tagged ahead, once its pure work is done (-1 when none started). */
        int taggedAhead() {
            return preparing == null ? -1
                    : (int) preparing.extras().stream().filter(java.util.Objects::nonNull).count();
        }
    }

    /**
     * Saves a {@link #stage}d batch: waits for (and helps with) its pure work, then stores, enriches and indexes it
     * like {@link #save(List)}. A failure of the pure work (a worker's) fails this batch with that error, before
     * anything of it is stored.
     *
     * <p>The index commit due every 5,000 articles runs on a thread of its own while the next batches
     * are saved ({@link CommitBeside}); {@link #commit} and {@link #close} wait for it.
     */
    public List<Upserted> save(Staged staged) {
        if (staged.preparing == null) {
            return save(staged.later);
        }
        ArticleStore.Prepared ready = staged.preparing.prepared();
        return saveReady(ready, staged.tagging.found(ready.articles(), staged.preparing.extras()), true);
    }

    private List<Upserted> saveReady(ArticleStore.Prepared ready, EntityIndexer.Ahead ahead, boolean commitBeside) {
        if (enrichmentLock == null || !enriches) {
            synchronized (this) {
                if (enriches()) {
                    // Opened before the store write, as the shared path does: opening the story stage decides every
                    // stored article without a decision, and after the write that would be this batch's articles
                    // without their entities (decided a second time, with them, just after).
                    storyIndexer();
                    entityIndexer();
                }
                return saveHere(ready, ahead, commitBeside);
            }
        }
        // Other workers enrich into the same store: one at a time, each starting from all that the others stored
        // and decided (the catch-up indexes their articles and teaches this process's enrichers their decisions).
        // The lock is held only for what must see the others' work: catch-up, store, resolution, stories, index.
        synchronized (this) {
            if (!tryLockEnrichment()) {
                // Another worker has held the lock past the patience (its index write waiting on a hung node): the
                // batch is stored now, undecided, and decided and indexed by this process's next catch-up under the
                // lock (followOthers between polls, or the next save), as an article another command stored is.
                return storeUndecided(ready);
            }
            try {
                storyIndexer();
                entityIndexer();
                unlessUnreachable(this::catchUp);
                List<Upserted> saved = saveHere(ready, ahead, false);
                unlessUnreachable(this::publishSent);
                return saved;
            } finally {
                unlockEnrichment();
            }
        }
    }

    /**
     * Runs {@code work} (a catch-up, or announcing what was sent) unless the shared index is known to be unreachable
     * or turns out to be: then it is left for later, when the index answers again, and the save goes on storing.
     */
    private void unlessUnreachable(Runnable work) {
        if (index.unreachableSince().isPresent()) {
            return;
        }
        try {
            work.run();
        } catch (IndexUnavailable e) {
            // The breaker says it once, on stderr; the catch-up after it comes back does what was left.
        }
    }

    /**
     * Time this process spent taking the cross-process enrichment lock (waiting for other workers included), in
     * nanoseconds, how many times it took it, and how long it held it in all (nanoseconds):
     * {@code [waitedNanos, times, heldNanos]}; zeros when it uses none (one owner).
     */
    private void lockEnrichment() {
        enrichmentLock.lock();
        lockHeld = true;
    }

    /**
     * Takes the lock unless another process has held it for longer than {@link #lockPatience} (after one such wait,
     * only while it is free, until this process gets it again): false when not taken.
     */
    private boolean tryLockEnrichment() {
        boolean got = enrichmentLock.tryLock(lockOverdue ? java.time.Duration.ZERO : lockPatience);
        lockOverdue = !got;
        lockHeld = got;
        return got;
    }

    /** {@link #lockPatience} from now on (tests: a held lock in a second, not thirty). */
    synchronized void lockPatience(java.time.Duration patience) {
        lockPatience = patience;
    }

    /** Stores a batch without deciding or indexing it: what a process that does not own the index does. */
    private List<Upserted> storeUndecided(ArticleStore.Prepared ready) {
        try {
            return store.upsertAll(ready);
        } finally {
            changes.incrementAndGet();
        }
    }

    private void unlockEnrichment() {
        lockHeld = false;
        enrichmentLock.unlock();
    }

    public synchronized long[] enrichmentLockCost() {
        return enrichmentLock == null ? new long[] {0, 0, 0}
                : new long[] {enrichmentLock.waitedNanos(), enrichmentLock.taken(), enrichmentLock.heldNanos()};
    }

    private List<Upserted> saveHere(ArticleStore.Prepared batch, EntityIndexer.Ahead ahead, boolean commitBeside) {
        try {
            List<Upserted> results = store.upsertAll(batch);
            if (!enriches() || pendingRebuild != null) {
                // During a background rebuild the rebuild's pages reach these too (enriching what is undecided).
                // Stored only: the owner's catch-up (this process's too, when it indexes without enriching) follows.
                return results;
            }
            // Entity tagging (the costliest stage, and pure) runs on the enrichment workers; resolution and persistence
            // then happen here, in store order. Stories are decided after, on the articles with their entities: who and
            // where an article names is event evidence (StoryRules.evidenceShare).
            EntityIndexer.Tagging tagging = entityIndexer().tag(results, ahead, work());
            Map<String, Article> enriched = entityIndexer().record(tagging);
            if (index.unreachableSince().isPresent()) {
                // A shared index known to be unreachable (its breaker open): the store is the truth, so the batch is
                // stored and decided as ever and its indexing left to the catch-up once the index answers again
                // (indexedSeq stays before it). Before, a worker's poll stopped at the first article, and its next
                // polls stored nothing: their catch-up failed before the store was reached.
                storyIndexer().record(withEntities(results, enriched), work());
                return results;
            }
            // A hidden article fetched again stays stored (updated) and out of the index.
            IndexBatch writes = IndexBatch.of(results, indexedSeq);
            PureWork.Pending<Boolean> indexing = writes.start(index, hiddenAmong(results), enriched, work());
            try {
                // The index holds no story: the workers index the batch while this thread decides its stories.
                storyIndexer().record(withEntities(results, enriched), work());
            } catch (RuntimeException e) {
                // Not counted as indexed (the catch-up writes them again), but not left running either.
                try {
                    indexing.join();
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            try {
                indexing.join();
            } catch (IndexUnavailable e) {
                // The index went away during this batch: stored and decided, indexed (again, whole) by the
                // catch-up once it answers.
                return results;
            }
            indexWrites += writes.size();
            indexedSeq = writes.lastSeq(indexedSeq);
            if (writes.gap()) {
                // Another writer stored articles in between: take the store's order, which includes the rest.
                catchUp();
            }
            if (indexedSeq - Math.max(committedSeq, commitStartedSeq) >= commitEvery) {
                if (commitBeside && work().hasWorkers()) {
                    commitBeside();
                } else {
                    commit();
                }
            }
            return results;
        } finally {
            changes.incrementAndGet();
        }
    }

    /** The store's outcomes with each article as the entity stage enriched it (the stored one when it did not). */
    private static List<Upserted> withEntities(List<Upserted> results, Map<String, Article> enriched) {
        if (enriched.isEmpty()) {
            return results;
        }
        return results.stream().map(u -> enriched.containsKey(u.id())
                ? new Upserted(u.id(), u.change(), u.seq(), enriched.get(u.id())) : u).toList();
    }

    /**
     * Enrichment workers of {@code count} threads from now on, whatever the machine's cores (tests of the paths
     * that hand work to them on a machine with one core).
     */
    synchronized void enrichmentWorkers(int count) {
        if (work != null) {
            work.close();
        }
        work = PureWork.withWorkers(count);
    }

    /** An index commit every {@code changes} saved changes from now on (tests of a long ingest's commits). */
    synchronized void commitEvery(int changes) {
        commitEvery = changes;
    }

    /** Other story rules for this archive's story stage from now on (tests of the rules through the archive). */
    synchronized void storyRules(org.marsad.enrich.story.StoryRules rules) {
        storyRules = rules;
        stories = null;
    }

    /**
     * Another join gate (null: the story rules alone) for this archive's story stage from now on (tests of the rules
     * or of a gate through the archive).
     */
    synchronized void storyGate(org.marsad.enrich.story.JoinGate gate) {
        storyGate = gate;
        stories = null;
    }

    private java.util.Set<String> hiddenAmong(List<Upserted> results) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (store.hiddenCount() == 0) {
            return out;
        }
        for (Upserted u : results) {
            if (u.change() != Upserted.Change.UNCHANGED && store.isHidden(u.id())) {
                out.add(u.id());
            }
        }
        return out;
    }

    private synchronized PureWork work() {
        if (work == null) {
            work = PureWork.forThisMachine();
        }
        return work;
    }

    /**
     * Near-duplicates and stories, write side: opened on first use (replaying the stored decisions and enriching
     * articles stored without one); {@link #save} and {@link #catchUp} feed it.
     *
     * @throws IllegalStateException in a process that does not own the archive (the owner enriches)
     */
    public synchronized StoryIndexer storyIndexer() {
        checkEnriches();
        if (stories == null) {
            stories = StoryIndexer.open(store, storyRules, storyGate,
                    store.database().isReadOnly() ? null : dataDir.resolve(STORY_STATE_FILE));
        }
        return stories;
    }

    private void checkEnriches() {
        if (!owner()) {
            throw new IllegalStateException("another process owns " + dataDir + ": it enriches the articles");
        }
        if (!enriches) {
            throw new IllegalStateException("this process serves beside workers and enriches nothing: the workers "
                    + "enrich the articles");
        }
    }

    /**
     * Re-decides the stories of the articles whose time is in {@code [from, to)} with today's rules and join gate, keeping story
     * ids where membership mostly stays (see {@link org.marsad.store.stories.StoryRebuild}).
     *
     * @throws IllegalStateException in a process that does not own the archive
     */
    public synchronized org.marsad.store.stories.StoryRebuild.Result rebuildStories(java.time.Instant from,
                                                                                   java.time.Instant to) {
        try {
            if (!owner()) {
                throw new IllegalStateException("another process owns " + dataDir + ": stop it to rebuild stories");
            }
            // Articles stored without a decision are decided first, so that the window is complete.
            storyIndexer();
            var result = org.marsad.store.stories.StoryRebuild.rebuild(store, from, to,
                    storyRules, storyGate);
            // The enricher's memory holds the old stories: replay it from the store on next use.
            stories = null;
            return result;
        } finally {
            changes.incrementAndGet();
        }
    }

    /**
     * Entities, write side: opened on first use (rebuilding the resolver from the store); {@link #save} and
     * {@link #catchUp} feed it, {@link #enrichStored} tags what was stored before.
     *
     * @throws IllegalStateException in a process that does not own the archive (the owner enriches)
     */
    public synchronized EntityIndexer entityIndexer() {
        checkEnriches();
        if (entities == null) {
            entities = EntityIndexer.open(store, org.marsad.arabic.entities.EntityTagger.defaults(),
                    store.database().isReadOnly() ? null : dataDir.resolve(ENTITY_CONTEXT_FILE));
        }
        return entities;
    }

    /**
     * Finds the entities of every stored article that has none for its current content (of every article with
     * {@code redo}), re-indexing each one enriched; {@code progress} hears how many articles were looked at.
     * Returns how many were enriched.
     */
    public synchronized long enrichStored(boolean redo, java.util.function.LongConsumer progress) {
        try {
            EntityIndexer e = entityIndexer();
            long[] n = {0};
            long done = e.enrichStored(redo, progress, enrichedPage -> {
                for (Article a : enrichedPage.values()) {
                    index.put(a);
                    indexWrites++;
                }
                n[0] += enrichedPage.size();
                if (n[0] >= COMMIT_EVERY) {
                    commit();
                    n[0] = 0;
                }
            });
            commit();
            return done;
        } finally {
            changes.incrementAndGet();
        }
    }

    /**
     * Carries out an editor's change to entities ({@link EntityEdits}: merge, split, rename, retype, "not an
     * entity"). The store changes in one transaction and the rewritten articles take new change numbers: the owner
     * indexes them here, before returning (search and pages follow at once); a process that does not own the
     * archive leaves them to the owner, which catches up and rebuilds its resolver when it sees the edit.
     *
     * @throws EntityEdits.Refused when the edit cannot be done (unknown entity …); nothing changed then
     */
    public synchronized <T> T editEntities(java.util.function.Function<EntityEdits, T> edit) {
        try {
            T out = edit.apply(new EntityEdits(store));
            names.recheck();
            if (owner()) {
                catchUp();
                commit();
            }
            return out;
        } finally {
            changes.incrementAndGet();
        }
    }

    /**
     * The archive's entity names as queries use them (entity filters, name variants of plain words): what search
     * uses, for those that match queries themselves (watches).
     */
    public EntityNames entityNames() {
        return names;
    }

    /** Entities, read side (SQL only). */
    public Entities entities() {
        return new Entities(store);
    }

    /** Stories and copies, read side (SQL only, no start-up cost). */
    public Stories stories() {
        return new Stories(store);
    }

    /**
     * These stories by id as readers see them ({@link Stories#byId}: hidden articles left out), for a page of hits
     * saying which story each belongs to. Kept until the next commit to the store: a page whose hits' stories were
     * all named since then reads no story from the store (two queries a page before); any commit, an article stored,
     * hidden or deleted among them, reads them again.
     */
    public java.util.Map<String, org.marsad.enrich.story.Story> storiesById(java.util.Collection<String> storyIds) {
        return storiesById.of(storyIds);
    }

    /** Figures across articles, read side (SQL only). */
    public Figures figures() {
        return new Figures(store);
    }

    /** Related articles from other stories, most recent first (see {@link Stories#related}). */
    public List<Article> related(String id, int limit) {
        List<String> similar = similar(id, Math.max(10, limit * 5)).stream().map(SearchHit::id).toList();
        return stories().related(id, similar, limit);
    }

    /**
     * Indexes every article the store holds beyond what the index has, enriching first those stored without a
     * decision by another process (when the story indexer is open; opening it enriches them all); returns how
     * many articles were indexed. Does nothing in a process that does not own the archive.
     */
    public synchronized long catchUp() {
        return catchUp(Long.MAX_VALUE, PAGE);
    }

    /**
     * {@link #catchUp()} for at most the next {@code changes} store changes, the rest being left for the next call:
     * a server catching up with a large {@code marsad ingest} makes each part searchable (and counted) before it
     * enriches the next, instead of showing none of it until all is done.
     *
     * @return how many articles were indexed (0 also when the index has caught up: compare {@link #indexedSeq})
     */
    public synchronized long catchUpPart(int changes) {
        return catchUp(1, Math.max(1, Math.min(changes, PAGE)));
    }

    private long catchUp(long maxPages, int pageSize) {
        if (pendingRebuild != null) {
            // The background rebuild reads the store to its end, in parts (see rebuildStep).
            return 0;
        }
        if (enrichmentLock == null || lockHeld || !owner()) {
            // Inside a save under the lock, the save sends and publishes what it indexed.
            return catchUpHere(maxPages, pageSize);
        }
        if (!enriches && !rebuilding) {
            // Nothing to teach: what the other writers sent needs neither the lock nor reading the articles.
            skipSent(store.indexSentSeq());
            if (store.lastSeq() <= indexedSeq) {
                return 0;
            }
        }
        // Catching up enriches articles other processes stored without a decision: with other writers on the
        // same store (workers), that must not run while one of them is between storing a batch and deciding it,
        // or both would write the same article's entity rows.
        lockEnrichment();
        try {
            long n = catchUpHere(maxPages, pageSize);
            publishSent();
            return n;
        } finally {
            unlockEnrichment();
        }
    }

    /**
     * For a collecting worker between its saves: decides (entities, copies, stories) and indexes what other
     * processes stored since this archive last looked — an article a command stored beside a web server (which
     * neither enriches nor lets the command index) would otherwise wait for this worker's next save, for ever when
     * no source brings anything new. Does nothing, without taking any lock, when the store has not moved; else
     * takes the enrichment lock like a save and commits what it sent.
     *
     * @return how many store changes it read (0 when the store had not moved, or this archive does not enrich)
     */
    public synchronized long followOthers() {
        if (!owner() || !enriches || pendingRebuild != null || index.unreachableSince().isPresent()) {
            // (A shared index known to be unreachable: the first call after it answers again catches up.)
            return 0;
        }
        long last = store.lastSeq();
        if (last <= indexedSeq) {
            return 0;
        }
        long from = indexedSeq;
        long writes = indexWrites;
        if (sharing()) {
            if (!tryLockEnrichment()) {
                // Held by another worker past the patience (see save): this poll round goes on without it.
                return 0;
            }
            try {
                // Open as a save opens them: what another process stored undecided is decided, not only indexed.
                storyIndexer();
                entityIndexer();
                catchUpHere();
                publishSent();
            } finally {
                unlockEnrichment();
            }
        } else {
            storyIndexer();
            entityIndexer();
            catchUp();
        }
        if (indexWrites != writes) {
            // Only when it sent something: learning the others' decisions is no reason for an index commit.
            commit();
        }
        return indexedSeq - from;
    }

    /** Whether other processes index into the same index from the same store (workers on a SolrCloud collection). */
    private boolean sharing() {
        return enrichmentLock != null;
    }

    /** Moves past what other writers sent when this archive's enrichers have nothing to learn from it. */
    private void skipSent(long sent) {
        knownSent = Math.max(knownSent, sent);
        if (sent > indexedSeq && stories == null && entities == null) {
            indexSkips += sent - indexedSeq;
            indexedSeq = sent;
        }
    }

    /**
     * On a shared index, after this process indexed under the enrichment lock: sends what the index still buffers
     * and raises the store's {@link ArticleStore#indexSentSeq}, so that the other writers' catch-ups leave it out.
     */
    private void publishSent() {
        if (!sharing()) {
            return;
        }
        // Sent before it is announced: a process killed after this point has lost nothing the others skip.
        index.send();
        if (indexedSeq > knownSent) {
            store.raiseIndexSentSeq(indexedSeq);
            knownSent = indexedSeq;
        }
    }

    private long catchUpHere() {
        return catchUpHere(Long.MAX_VALUE, PAGE);
    }

    /** Catches up at most {@code maxPages} pages of {@code pageSize} store changes (the rest is left for later). */
    private long catchUpHere(long maxPages, int pageSize) {
        try {
            if (!owner()) {
                return 0;
            }
            // On a shared index, changes up to 'sent' are in it already: another writer stored (or caught up with) and
            // sent them. They only teach this process's enrichers (story state, entity context); sending them again
            // would write every article once per writer.
            long sent = sharing() && !rebuilding ? store.indexSentSeq() : 0;
            if (sent > 0) {
                skipSent(sent);
            }
            long n = 0;
            for (long pages = 0; pages < maxPages; pages++) {
                List<StoredArticle> page = store.since(indexedSeq, pageSize);
                List<ArticleStore.Deletion> deletions = store.deletionsSince(indexedSeq, pageSize);
                if (page.isEmpty() && deletions.isEmpty()) {
                    return n;
                }
                // Stored articles and deletions share the change counter: apply both in its order (an article deleted
                // and then stored again must end up indexed), up to where the shorter full page ends.
                long until = Long.MAX_VALUE;
                if (page.size() == pageSize) {
                    until = page.get(page.size() - 1).seq();
                }
                if (deletions.size() == pageSize) {
                    until = Math.min(until, deletions.get(deletions.size() - 1).seq());
                }
                if (!deletions.isEmpty() && deletions.get(0).seq() <= until) {
                    // The enrichers' memory still holds the deleted articles: replay it from the store on next use.
                    reopenEnrichers |= stories != null || entities != null;
                    stories = null;
                    entities = null;
                }
                final long limit = until;
                List<Article> current = page.stream().filter(s -> s.seq() <= limit).map(StoredArticle::article).toList();
                if (reopenEnrichers && !current.isEmpty()) {
                    // An owner that enriched what others store (a server) keeps doing so after a deletion: without
                    // this, their articles would stay without entities and story until it saved one itself.
                    reopenEnrichers = false;
                    entityIndexer();
                    storyIndexer();
                }
                Map<String, Article> enriched = entities == null ? Map.of() : entities.enrichUndecided(current);
                if (stories != null) {
                    // After entities, as in save: the story stage reads the entities as evidence.
                    stories.enrichUndecided(current.stream().map(a -> enriched.getOrDefault(a.id(), a)).toList());
                }
                int d = 0;
                for (StoredArticle s : page) {
                    if (s.seq() > until) {
                        break;
                    }
                    for (; d < deletions.size() && deletions.get(d).seq() < s.seq(); d++) {
                        deleteUnlessSent(deletions.get(d), sent);
                    }
                    Article e = enriched.get(s.article().id());
                    if (s.seq() <= sent && e == null) {
                        // Sent by another writer (an article this catch-up enriched was sent without its entities).
                        indexSkips++;
                    } else if (s.hidden()) {
                        index.delete(s.article().id());
                        indexWrites++;
                    } else {
                        index.put(e != null ? e : s.article());
                        indexWrites++;
                        n++;
                    }
                    indexedSeq = s.seq();
                }
                for (; d < deletions.size() && deletions.get(d).seq() <= until; d++) {
                    deleteUnlessSent(deletions.get(d), sent);
                }
                if (openWatch != null) {
                    openWatch.indexed(n);
                }
            }
            return n;
        } finally {
            changes.incrementAndGet();
        }
    }

    private void deleteUnlessSent(ArticleStore.Deletion deletion, long sent) {
        if (deletion.seq() <= sent) {
            indexSkips++;
        } else {
            index.delete(deletion.id());
            indexWrites++;
        }
        indexedSeq = deletion.seq();
    }

    /**
     * Deletes articles from the store (with their tags, raw sources and story decisions) and, in the owner, from
     * the index at once; a process that does not own the archive leaves the index to its owner, which catches up
     * through the store's change counter. Returns the ids that were stored (others are ignored).
     */
    public synchronized List<String> delete(java.util.Collection<String> ids) {
        try {
            List<ArticleStore.Deletion> done = store.database().write(tx -> {
                // The entity rows first: they are found by the articles' numbers, read from the rows deleted next
                // (an id not stored has no rows there).
                EntityIndexer.forget(tx, ids);
                List<ArticleStore.Deletion> d = store.delete(tx, ids, java.time.Instant.now());
                StoryIndexer.forget(tx, d.stream().map(ArticleStore.Deletion::id).toList());
                return d;
            });
            if (owner() && !done.isEmpty()) {
                catchUp();
                commit();
            }
            return done.stream().map(ArticleStore.Deletion::id).toList();
        } finally {
            changes.incrementAndGet();
        }
    }

    /**
     * Hides articles from readers (reversibly: {@link #unhide}): they stay stored with their decisions, and leave
     * the index — at once in the owner, else when the owner catches up through the store's change counter. Returns
     * the ids that were stored and visible.
     *
     * @param by who hid them (an editor's name, or {@link #HIDDEN_BY_COMMAND_LINE}), shown in the editors' list
     */
    public synchronized List<String> hide(java.util.Collection<String> ids, String by) {
        try {
            List<String> done = store.database().write(tx -> store.hide(tx, ids, by, java.time.Instant.now()));
            followChange(done);
            return done;
        } finally {
            changes.incrementAndGet();
        }
    }

    /** Shows hidden articles to readers again (back in the index like any change); returns the ids that were hidden. */
    public synchronized List<String> unhide(java.util.Collection<String> ids) {
        try {
            List<String> done = store.database().write(tx -> store.unhide(tx, ids, java.time.Instant.now()));
            followChange(done);
            return done;
        } finally {
            changes.incrementAndGet();
        }
    }

    private void followChange(List<String> done) {
        if (owner() && !done.isEmpty()) {
            catchUp();
            commit();
            index.refresh();
        }
    }

    /** Makes everything indexed so far visible to searches now (they would otherwise refresh on their own). */
    public void refresh() {
        index.refresh();
    }

    /** Makes the index durable up to what has been saved. */
    public synchronized void commit() {
        long cpu = org.marsad.enrich.IngestCpu.start();
        try {
            commitHere();
        } finally {
            org.marsad.enrich.IngestCpu.lap(org.marsad.enrich.IngestCpu.Stage.COMMIT, cpu);
        }
    }

    /**
     * A bulk ingest's commit: started on the commit thread, which writes out the buffered documents while this thread
     * saves the next batches (on two cores the enrichment worker had run dry during an inline commit). The story state
     * is written here, when due, since the next batch changes it.
     */
    private void commitBeside() {
        long cpu = org.marsad.enrich.IngestCpu.start();
        try {
            long seq = indexedSeq;
            String storeId = store.storeId();
            commitStartedSeq = seq;
            commitBeside.start(() -> {
                long started = org.marsad.enrich.IngestCpu.start();
                try {
                    index.commit(storeId, seq);
                    committedSeq = seq;
                } finally {
                    org.marsad.enrich.IngestCpu.lap(org.marsad.enrich.IngestCpu.Stage.COMMIT, started);
                }
            });
            if (stories != null) {
                stories.saveStateIfDue();
            }
        } finally {
            org.marsad.enrich.IngestCpu.lap(org.marsad.enrich.IngestCpu.Stage.COMMIT, cpu);
        }
    }

    private void commitHere() {
        // A commit started beside the saves ends first: commits are made one at a time, in order.
        commitBeside.await();
        BackgroundRebuild pending = pendingRebuild;
        // A shared index known to be unreachable is not asked: what was stored meanwhile is not in it yet (indexedSeq
        // stayed behind), and the commit after the catch-up records it.
        if (index.writable() && (pending == null || pending.started) && index.unreachableSince().isEmpty()) {
            // (Before a background rebuild starts, the index is the old one: a commit would label it as current.)
            // Beside workers, a server that sent nothing leaves the commits of their writes to them.
            if (enriches || indexWrites != writesAtCommit) {
                // Read before the commit: every figure put up to here is in it.
                ArticleStore.FigureRefresh figures = figureRefresh;
                String figuresAt = figures == null ? null : figures.position();
                index.commit(store.storeId(), indexedSeq);
                writesAtCommit = indexWrites;
                figurePutsUncommitted = 0;
                if (figuresAt != null) {
                    FiguresMarker.write(dataDir, figuresAt);
                }
            }
            committedSeq = indexedSeq;
        }
        if (stories != null) {
            stories.saveStateIfDue();
        }
    }

    /** Rebuilds the index from the store; returns the number of articles indexed. */
    public synchronized long reindex() {
        try {
            return rebuild();
        } finally {
            changes.incrementAndGet();
        }
    }

    /**
     * Builds another index from the store — to move searching to a SolrCloud collection: clears it, adds every
     * stored article, then commits it with this store's id and the last sequence number read, so that an archive
     * later opened on that index ({@link #open(Path, String, SearchIndex)}) finds it up to date. This archive's own
     * index is not touched, and the store is only read (this archive need not own the directory).
     *
     * @param progress told the number of articles added so far, after each page of {@value #PAGE}
     * @return the number of articles added
     */
    public long reindexInto(SearchIndex target, java.util.function.LongConsumer progress) {
        return reindexInto(store, target, progress);
    }

    /**
     * {@link #reindexInto(SearchIndex, java.util.function.LongConsumer)} straight from a store, for a process that
     * does not open an archive's own index at all (filling a SolrCloud collection from the store).
     */
    public static long reindexInto(ArticleStore store, SearchIndex target, java.util.function.LongConsumer progress) {
        target.clear();
        // Changes up to here were made before the pass began: a deletion or a hidden row among them concerns nothing
        // the cleared target holds. Later ones may concern an article this pass has read and not yet sent (another
        // writer deleted or hid it meanwhile, and told the index before this pass's put): they are applied after,
        // in the store's order, so that the pass ends with what the store holds.
        long before = store.lastSeq();
        long seq = 0;
        long n = 0;
        boolean unsent = false;
        while (true) {
            List<StoredArticle> page = store.since(seq, PAGE);
            List<ArticleStore.Deletion> deletions = store.deletionsSince(Math.max(seq, before), PAGE);
            if (page.isEmpty() && deletions.isEmpty()) {
                if (!unsent) {
                    break;
                }
                // A buffering target (a collection) sends what it holds before the last look at the store: a
                // change another writer makes after that look reaches the index after this pass's writes.
                target.send();
                unsent = false;
                continue;
            }
            unsent = true;
            // As in catchUpHere: articles and deletions share the change counter, applied in its order up to where
            // the shorter full page ends.
            long until = Long.MAX_VALUE;
            if (page.size() == PAGE) {
                until = page.get(page.size() - 1).seq();
            }
            if (deletions.size() == PAGE) {
                until = Math.min(until, deletions.get(deletions.size() - 1).seq());
            }
            int d = 0;
            for (StoredArticle s : page) {
                if (s.seq() > until) {
                    break;
                }
                for (; d < deletions.size() && deletions.get(d).seq() < s.seq(); d++) {
                    target.delete(deletions.get(d).id());
                }
                if (!s.hidden()) {
                    target.put(s.article());
                    n++;
                } else if (s.seq() > before) {
                    // Hidden since the pass began: it may have been read and sent before.
                    target.delete(s.article().id());
                }
                seq = s.seq();
            }
            for (; d < deletions.size() && deletions.get(d).seq() <= until; d++) {
                target.delete(deletions.get(d).id());
                seq = Math.max(seq, deletions.get(d).seq());
            }
            progress.accept(n);
        }
        seq = Math.max(seq, before);
        target.commit(store.storeId(), seq);
        return n;
    }

    private long rebuild() {
        if (pendingRebuild != null) {
            // Done here at once (a reindex asked for meanwhile): searches see the new index at the end.
            pendingRebuild = null;
            index.holdSearches(false);
        }
        commitBeside.await();
        index.clear();
        indexedSeq = 0;
        commitStartedSeq = 0;
        if (sharing()) {
            // What other writers sent before the clear is gone: they send their changes again until this is done.
            store.resetIndexSentSeq(0);
            knownSent = 0;
        }
        rebuilding = true;
        long n;
        try {
            n = catchUp();
        } finally {
            rebuilding = false;
        }
        // Committed before the merge into one segment: the rebuild is whole without it, and at a million articles
        // the merge takes minutes and up to twice the index's disk. A full disk or a stop meanwhile then costs the
        // merge, not the rebuild (which the next open would otherwise start again, to fail at the same merge).
        commit();
        RebuildMarker.remove(dataDir);
        if (index.writable()) {
            // Directly: commit() skips an index a non-enriching process wrote nothing to since, and the merge is
            // such a write; no save runs meanwhile (this archive's lock is held, or it is opening), so the number stands.
            compactMarked(() -> index.commit(store.storeId(), indexedSeq));
        }
        index.refresh();
        return n;
    }

    /**
     * A stamp of what a search answer reads, for a validator computed before anything is searched or rendered: the
     * version of the index reader searches use now, the store's change number, the entities' version (edits,
     * spellings a {@code person:} filter resolves) and this process's own change count (story decisions, hides,
     * rebuilds). Every change to those gives another stamp; an answer computed after the stamp was read is never
     * older than it (the parts only grow). Null when the index cannot tell its reader's version (a shared
     * collection): callers then fall back to a digest of what they rendered.
     */
    public String searchStamp() {
        long reader = index.readerVersion();
        if (reader < 0) {
            return null;
        }
        return reader + "." + storeStamp.get() + "." + changes.get();
    }

    /**
     * Searches the index; each hit carries the store's story and copy decision (the index may hold an article
     * from before it was enriched, so they are read from the store).
     *
     * @throws org.marsad.search.QuerySyntaxException when the query does not parse
     */
    public SearchResults search(SearchRequest request) {
        return search(request, org.marsad.search.FacetSet.ALL);
    }

    /**
     * Searches the index counting only the facets the caller shows (a feed none, the front page its two lists).
     *
     * @throws org.marsad.search.QuerySyntaxException when the query does not parse
     */
    public SearchResults search(SearchRequest request, org.marsad.search.FacetSet facets) {
        checkSearchable();
        SearchResults r = index.search(request, facets);
        if (r.hits().isEmpty()) {
            return r;
        }
        return new SearchResults(r.total(), withStories(r.hits()), r.facets());
    }

    // The store's story and copy decisions on each hit (the index may hold ones from before it was enriched).
    private List<SearchHit> withStories(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        java.util.Map<String, Stories.Membership> m = memberships.of(hits.stream().map(SearchHit::id).toList());
        return hits.stream().map(h -> {
            Stories.Membership x = m.get(h.id());
            return x == null ? h : h.withEnrichment(x.story(), x.duplicateOf());
        }).toList();
    }

    /**
     * Articles like the one with this id, best first; none while a background rebuild leaves no index to read or
     * while the index cannot be reached (a shared index's nodes all down): the page that shows them is read from
     * the store and keeps working.
     */
    public List<SearchHit> similar(String id, int limit) {
        BackgroundRebuild r = pendingRebuild;
        if (r != null && !r.oldIndexServed) {
            // A page shows no neighbours rather than failing while there is nothing to compare with.
            return List.of();
        }
        try {
            return index.similar(id, limit);
        } catch (org.marsad.search.IndexUnavailable e) {
            return List.of();
        }
    }

    /** Commits the index and closes both. */
    @Override
    public synchronized void close() {
        if (work != null) {
            work.close();
        }
        if (stories != null) {
            // So that the next open loads the stories instead of replaying every article's text.
            stories.saveState();
        }
        if (entities != null) {
            entities.saveContext();
        }
        try {
            // The commit started beside the last saves, if still running: the check below reads what it committed.
            commitBeside.close();
            if (index.writable() && (indexedSeq != committedSeq || figurePutsUncommitted > 0)) {
                commit();
            }
        } finally {
            try {
                index.close();
            } finally {
                if (enrichmentLock != null) {
                    enrichmentLock.close();
                }
                store.close();
            }
        }
    }
}
