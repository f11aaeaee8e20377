package org.marsad.store.entities;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.enrich.IngestCpu;
import org.marsad.enrich.entities.EntityEnrichment;
import org.marsad.enrich.entities.EntityResolver;
import org.marsad.enrich.entities.EntityStage;
import org.marsad.enrich.entities.KnownEntity;
import org.marsad.enrich.entities.Mention;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.ArticleRows;
import org.marsad.store.ArticleStore;
import org.marsad.store.PureWork;
import org.marsad.store.StoredArticle;
import org.marsad.store.Tx;
import org.marsad.store.Upserted;

/**
 * The write side of entities: runs the {@link EntityStage} on stored articles and persists what it decided — the
 * {@code entities} and {@code auto_tags} of the stored article JSON, its mentions ({@code entity_mentions}), its
 * entities ({@code article_entities}), its tags made by Marsad ({@code article_tags} with {@code auto = 1}), and the
 * archive's entities with their spellings and counts.
 *
 * <p>The store is the truth: {@link #open} rebuilds the resolver from the entity tables. An article is enriched
 * once per version of its content ({@code entity_enriched} holds the content hash it was tagged for); a changed
 * article has its old counts taken out and is tagged again. Not thread-safe: the archive serializes writers.
 *
 * <p>Several processes may enrich into one store (workers on PostgreSQL, one at a time under the archive's
 * enrichment lock): before resolving a batch, the indexer reads the entities the others wrote since the
 * {@code entity_state} version it last saw, and the next id they left, so that their entities are resolved to and
 * new ids never repeat theirs. A write that finds the version moved meanwhile (a writer without the lock) rebuilds
 * the resolver from the store and resolves again.
 *
 * <p>The resolver's context (which entities appear beside which) would be counted from every
 * {@code article_entities} row on each open — millions of rows at a million articles. It is also kept in a file
 * beside the store ({@link #saveContext}, at close), stamped with a format number, the store's id and the
 * {@code entity_state} version and editors' counter it reflects; {@link #open} reads it when all of them match and
 * counts from the store otherwise (a missing file silently, an old, damaged or stale one with a one-line warning
 * on stderr). Only a memory that reflects the store exactly is written: after another process wrote entities (its
 * articles' context is not learnt) nothing is written until the resolver is rebuilt.
 */
public final class EntityIndexer {
    private static final int PAGE = 200;
    private static final long CONTEXT_MAGIC = 0x4d61727361644543L; // "MarsadEC"
    private static final int CONTEXT_FORMAT = 1;
    /** Tagging on the caller, for {@link #record(List)}. */
    private static final PureWork NO_WORKERS = PureWork.withWorkers(0);

    private final ArticleStore store;
    private final EntityTagger tagger;
    private EntityStage stage;
    /** The editors' change counter the resolver was rebuilt at (see {@link EntityEdits}). */
    private long edits;
    /** The entity_state version the resolver's memory reflects (its own writes and the others' it has read). */
    private long version;
    /** Where the context is kept between opens, or null (see the class comment). */
    private final java.nio.file.Path contextFile;
    /** Whether the memory's context is exactly what the store's rows give at {@link #version}. */
    private boolean exact;
    /** The version the context file holds, or -1. */
    private long savedVersion = -1;
    private String loadedFrom = "store";

    private EntityIndexer(ArticleStore store, EntityTagger tagger, java.nio.file.Path contextFile) {
        this.store = store;
        this.tagger = tagger;
        this.contextFile = contextFile;
        this.stage = new EntityStage(tagger, new EntityResolver());
    }

    /** Thrown inside a write when an editor changed entities since the resolver was rebuilt. */
    private static final class EditedMeanwhile extends RuntimeException {
        EditedMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** Thrown inside a write when another process wrote entities after this one last read them. */
    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** Rebuilds the resolver from the store (no tagging happens here). */
    public static EntityIndexer open(ArticleStore store) {
        return open(store, EntityTagger.defaults());
    }

    /** Rebuilds the resolver from the store, tagging with {@code tagger} from now on. */
    public static EntityIndexer open(ArticleStore store, EntityTagger tagger) {
        return open(store, tagger, null);
    }

    /**
     * Rebuilds the resolver from the store, its context from {@code contextFile} when that file is current (see the
     * class comment), else from the store's rows, then writing the file.
     *
     * @param contextFile where the context is kept, or null to keep none (a read-only store)
     */
    public static EntityIndexer open(ArticleStore store, EntityTagger tagger, java.nio.file.Path contextFile) {
        EntityIndexer e = new EntityIndexer(store, tagger, contextFile);
        e.restore(true);
        if (!"context file".equals(e.loadedFrom)) {
            e.saveContext();
        }
        return e;
    }

    /** How the resolver's context was opened: "context file", or "store" and why the file was not used. */
    public String loadedFrom() {
        return loadedFrom;
    }

    /**
     * Writes the context file when the memory reflects the store exactly at a version the file does not hold yet.
     * Written beside, forced, then moved over the old one (a kill leaves either file whole); a failure to write is
     * not an error (the next open counts from the store). Returns whether a file was written.
     */
    public boolean saveContext() {
        if (contextFile == null || !exact || version == savedVersion) {
            return false;
        }
        java.nio.file.Path tmp = contextFile.resolveSibling(contextFile.getFileName() + ".tmp");
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                org.marsad.enrich.state.StateOutput out = new org.marsad.enrich.state.StateOutput(ch);
                out.writeLong(CONTEXT_MAGIC);
                out.writeInt(CONTEXT_FORMAT);
                out.writeString(store.storeId());
                out.writeLong(version);
                out.writeLong(edits);
                out.writeInt(stage.resolver().size());
                stage.resolver().writeContext(out);
                out.finish();
                ch.force(true);
            }
            java.nio.file.Files.move(tmp, contextFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            savedVersion = version;
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            try {
                java.nio.file.Files.deleteIfExists(tmp);
            } catch (java.io.IOException ignored) {
                // the next write truncates it
            }
            return false;
        }
    }

    // Reads the context file into the resolver (restored already from the entity tables); null when it was read,
    // else why not. A half-read context is cleared again by the caller's rebuild (a fresh resolver).
    private String readContext() {
        if (contextFile == null) {
            return "no context file";
        }
        if (!java.nio.file.Files.isRegularFile(contextFile)) {
            return "no context file yet";
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(contextFile,
                java.nio.file.StandardOpenOption.READ)) {
            org.marsad.enrich.state.StateInput in = new org.marsad.enrich.state.StateInput(ch, ch.size());
            if (in.readLong() != CONTEXT_MAGIC || in.readInt() != CONTEXT_FORMAT) {
                return "context file of another format";
            }
            if (!store.storeId().equals(in.readString())) {
                return "context file of another store";
            }
            long at = in.readLong();
            long atEdits = in.readLong();
            if (at != version || atEdits != edits) {
                return "context file is stale (entity version " + at + ", store at " + version + ")";
            }
            if (in.readInt() != stage.resolver().size()) {
                return "context file of other entities";
            }
            stage.resolver().readContext(in);
            in.finish();
            return null;
        } catch (org.marsad.enrich.state.CorruptStateException e) {
            return "damaged context file: " + e.getMessage();
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable context file: " + e;
        }
    }

    /** The resolver's state, for inspection. */
    public EntityResolver resolver() {
        return stage.resolver();
    }

    /**
     * Enriches what a store write changed (new and updated articles; unchanged ones are left alone) and returns
     * them enriched, by id, as they should be indexed.
     */
    public Map<String, Article> record(List<Upserted> results) {
        return record(tag(results, null));
    }

    /**
     * Starts tagging what a store write changed on {@code work}'s threads (on the caller at {@link #record(Tagging)}
     * when {@code work} is null), so that the caller can do other enrichment meanwhile. Tagging is pure: the
     * result is the same as {@link #record(List)}'s.
     */
    public Tagging tag(List<Upserted> results, PureWork work) {
        return tag(results, null, work);
    }

    /**
     * Starts finding the mentions of articles about to be stored, on {@code work}'s threads and the caller's, with
     * the tagger archives enrich with ({@link EntityTagger#defaults}). Tagging reads only an article's title and
     * body and nothing stored, so a writer that must wait for others before storing and resolving (the shared
     * enrichment lock) does it before it waits; {@link #tag(List, Ahead, PureWork)} takes it up.
     */
    public static Ahead tagAhead(List<Article> articles, PureWork work) {
        Ahead ahead = startTagging(articles, work);
        // Joined here: the caller is about to wait for the other writers, and tags on its own thread meanwhile.
        ahead.mentions();
        return ahead;
    }

    /**
     * Like {@link #tagAhead} but returns at once: the workers tag while the caller stores the batch, and
     * {@link #tag(List, Ahead, PureWork)} waits for (and helps with) what is left. Articles the store then leaves
     * unchanged are not tagged unless a worker had already started them.
     */
    public static Ahead startTagging(List<Article> articles, PureWork work) {
        EntityTagger tagger = EntityTagger.defaults();
        List<Article> copy = List.copyOf(articles);
        // Only the stage's tagging is used: it resolves nothing.
        EntityStage tagging = new EntityStage(tagger, null);
        java.util.concurrent.atomic.AtomicIntegerArray skip =
                new java.util.concurrent.atomic.AtomicIntegerArray(copy.size());
        List<Integer> items = java.util.stream.IntStream.range(0, copy.size()).boxed().toList();
        PureWork.Pending<List<Mention>> pending = (work != null ? work : NO_WORKERS).start(items,
                i -> skip.get(i) == 1 ? null : tagging.mentions(copy.get(i)));
        return new Ahead(tagger, copy, pending, skip);
    }

    /**
     * Tagging to run wherever the caller likes before the store write (beside {@link ArticleStore#startPreparing},
     * ahead of the batch before): {@link AheadTagging#mentions} on each prepared article, then
     * {@link AheadTagging#found} for {@link #tag(List, Ahead, PureWork)}.
     */
    public static AheadTagging aheadTagging() {
        return new AheadTagging(EntityTagger.defaults());
    }

    /** See {@link #aheadTagging}. Thread-safe. */
    public static final class AheadTagging {
        private final EntityTagger tagger;
        // Only the stage's tagging is used: it resolves nothing.
        private final EntityStage stage;

        private AheadTagging(EntityTagger tagger) {
            this.tagger = tagger;
            this.stage = new EntityStage(tagger, null);
        }

        /** The mentions of one article as prepared for the store (pure). */
        public List<Mention> mentions(Article prepared) {
            return stage.mentions(prepared);
        }

        /** The mentions found for {@code articles}, item for item, to be taken up by the entity stage. */
        public Ahead found(List<Article> articles, List<List<Mention>> mentions) {
            if (articles.size() != mentions.size()) {
                throw new IllegalArgumentException(articles.size() + " articles, " + mentions.size() + " lists");
            }
            return new Ahead(tagger, List.copyOf(articles), mentions);
        }
    }

    /** Mentions found before storing ({@link #tagAhead}, {@link #startTagging}), one list per article in batch order. */
    public static final class Ahead {
        private final EntityTagger tagger;
        private final List<Article> articles;
        private final PureWork.Pending<List<Mention>> pending;
        // 1 for an item nobody needs any more (the store left it unchanged): a chunk not started yet skips it.
        private final java.util.concurrent.atomic.AtomicIntegerArray skip;
        private List<List<Mention>> mentions;

        private Ahead(EntityTagger tagger, List<Article> articles, PureWork.Pending<List<Mention>> pending,
                      java.util.concurrent.atomic.AtomicIntegerArray skip) {
            this.tagger = tagger;
            this.articles = articles;
            this.pending = pending;
            this.skip = skip;
        }

        // Found already: nothing to skip or wait for.
        private Ahead(EntityTagger tagger, List<Article> articles, List<List<Mention>> mentions) {
            this(tagger, articles, null, null);
            this.mentions = mentions;
        }

        private synchronized List<List<Mention>> mentions() {
            if (mentions == null) {
                mentions = pending.join();
            }
            return mentions;
        }

        private void skip(int i) {
            if (skip != null && i < articles.size()) {
                skip.set(i, 1);
            }
        }

        /** The mentions found for the {@code i}th article when it was tagged from the same text with {@code by}. */
        private List<Mention> mentionsFor(int i, Article stored, EntityTagger by) {
            if (by != tagger || i >= articles.size()) {
                return null;
            }
            Article a = articles.get(i);
            // The store keeps the title and body as prepared; anything else would need tagging again. A skipped
            // item has null, which means the same.
            return java.util.Objects.equals(a.title(), stored.title()) && a.body().equals(stored.body())
                    ? mentions().get(i) : null;
        }
    }

    /**
     * {@link #tag(List, PureWork)} taking the mentions of {@code ahead} (found from the batch that gave
     * {@code results}, item for item) instead of tagging again; an article the store changed otherwise, or all of
     * them when {@code ahead} is null, is tagged as usual. The result is the same.
     */
    public Tagging tag(List<Upserted> results, Ahead ahead, PureWork work) {
        List<Article> changed = new ArrayList<>();
        List<List<Mention>> found = new ArrayList<>();
        List<Article> todo = new ArrayList<>();
        Set<String> fresh = new java.util.HashSet<>();
        Map<Article, Long> versions = new java.util.IdentityHashMap<>();
        if (ahead != null) {
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).change() == Upserted.Change.UNCHANGED) {
                    ahead.skip(i);
                }
            }
        }
        for (int i = 0; i < results.size(); i++) {
            Upserted u = results.get(i);
            if (u.change() == Upserted.Change.NEW) {
                fresh.add(u.id());
            }
            if (u.change() != Upserted.Change.UNCHANGED) {
                changed.add(u.stored());
                versions.put(u.stored(), u.seq());
                List<Mention> m = ahead == null ? null : ahead.mentionsFor(i, u.stored(), tagger);
                found.add(m);
                if (m == null) {
                    todo.add(u.stored());
                }
            }
        }
        return new Tagging(changed, found, fresh, versions,
                (work != null ? work : NO_WORKERS).start(todo, stage::mentions));
    }

    /** Waits for the tagging, then resolves and persists it like {@link #record(List)}; returns the articles enriched. */
    public Map<String, Article> record(Tagging tagging) {
        return enrich(tagging.articles, tagging.mentions(), tagging.fresh, tagging.versions);
    }

    /** Articles being tagged ({@link #tag}). */
    public static final class Tagging {
        private final List<Article> articles;
        // One entry per article: the mentions found ahead, or null for those being tagged now (in order).
        private final List<List<Mention>> found;
        // Ids the store had never held before this write: no entity rows of theirs can exist to be taken out.
        private final Set<String> fresh;
        // The store's change number of each article as the store just wrote it (by identity: the same id can come
        // twice in one batch), so that persisting can tell the stored row is still that version without reading it.
        private final Map<Article, Long> versions;
        private final PureWork.Pending<List<Mention>> pending;

        private Tagging(List<Article> articles, List<List<Mention>> found, Set<String> fresh,
                        Map<Article, Long> versions, PureWork.Pending<List<Mention>> pending) {
            this.articles = articles;
            this.found = found;
            this.fresh = fresh;
            this.versions = versions;
            this.pending = pending;
        }

        private List<List<Mention>> mentions() {
            java.util.Iterator<List<Mention>> tagged = pending.join().iterator();
            List<List<Mention>> out = new ArrayList<>(found.size());
            for (List<Mention> m : found) {
                out.add(m != null ? m : tagged.next());
            }
            return out;
        }
    }

    /**
     * Enriches those of {@code articles} whose current content has not been enriched yet (stored by a process that
     * does not enrich, stored before entities existed, or changed since); returns those, enriched, by id.
     */
    public Map<String, Article> enrichUndecided(List<Article> articles) {
        Set<String> done = decided(articles);
        List<Article> todo = new ArrayList<>();
        for (Article a : articles) {
            if (!done.contains(a.id())) {
                todo.add(a);
            }
        }
        return enrich(todo);
    }

    /**
     * Enriches every stored article whose current content has no entities yet (every article with {@code redo});
     * {@code progress} hears the number of articles looked at so far. Returns how many were enriched.
     */
    public long enrichStored(boolean redo, LongConsumer progress, Consumer<Map<String, Article>> enrichedPage) {
        long[] seen = {0};
        long[] enriched = {0};
        List<Article> page = new ArrayList<>(PAGE);
        Runnable flush = () -> {
            Map<String, Article> done = redo ? enrich(page) : enrichUndecided(page);
            enrichedPage.accept(done);
            enriched[0] += done.size();
            seen[0] += page.size();
            page.clear();
            progress.accept(seen[0]);
        };
        store.forEachSince(0, (StoredArticle s) -> {
            page.add(s.article());
            if (page.size() == PAGE) {
                flush.run();
            }
        });
        flush.run();
        return enriched[0];
    }

    /** Number of stored articles whose current content has no entities yet. */
    public long undecided() {
        return store.database().read(tx -> tx.number("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 "
                + "FROM entity_enriched e WHERE e.article_id = a.id AND e.content_hash = a.content_hash)"));
    }

    private Set<String> decided(List<Article> articles) {
        if (articles.isEmpty()) {
            return Set.of();
        }
        return store.database().read(tx -> {
            Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = tx.prepareStatement("SELECT 1 FROM entity_enriched e JOIN articles a ON "
                    + "a.id = e.article_id WHERE e.article_id = ? AND e.content_hash = a.content_hash")) {
                for (Article a : articles) {
                    ps.setString(1, a.id());
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.add(a.id());
                        }
                    }
                }
            }
            return out;
        });
    }

    // Tagging happens outside any transaction; the counts of earlier versions come out first, then the batch is
    // resolved in memory and written in one transaction (which only writes, so it can be run again when busy).
    private Map<String, Article> enrich(List<Article> articles) {
        return enrich(articles, articles.stream().map(stage::mentions).toList(), Set.of(), Map.of());
    }

    /**
     * @param fresh ids of articles the store had never held before the write that gave them (a deleted article's
     *              entity rows go with it): they have no rows to read back or delete, which saves five statements
     *              per new article
     */
    private Map<String, Article> enrich(List<Article> articles, List<List<Mention>> found, Set<String> fresh,
                                        Map<Article, Long> versions) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        // An editor's change (by this process or another) makes the resolver's memory stale: rebuild it from the
        // store, and again if one lands between here and the write (which checks inside its transaction).
        for (int attempt = 0; ; attempt++) {
            if (edits != currentEdits()) {
                reopen();
            } else {
                learnOthers();
            }
            try {
                return resolveAndPersist(articles, found, fresh, versions);
            } catch (EditedMeanwhile | ChangedMeanwhile e) {
                if (e instanceof ChangedMeanwhile) {
                    // The failed batch's counts are in memory: start again from the store.
                    reopen();
                }
                if (attempt == 3) {
                    throw new IllegalStateException("entities keep being edited; enrichment gave up for now");
                }
            }
        }
    }

    private long currentEdits() {
        return store.database().read(tx -> tx.number("SELECT value FROM entity_state WHERE name = 'edits'"));
    }

    /**
     * Reads what other processes wrote since {@link #version}: the entities they created or changed (with their
     * spellings and counts, replacing this memory's) and the next id. Cheap when nothing changed (one row read).
     */
    private void learnOthers() {
        EntityResolver r = stage.resolver();
        long seen = version;
        store.database().read(tx -> {
            long now = tx.number("SELECT value FROM entity_state WHERE name = 'version'");
            if (now == seen) {
                return null;
            }
            // Their articles' context is not read here: the memory no longer matches the store's rows.
            exact = false;
            Map<Long, Map<String, Long>> spellings = new HashMap<>();
            Map<Long, Set<String>> keyed = new HashMap<>();
            tx.query("SELECT s.entity_id, s.spelling, s.mentions, s.keyed FROM entity_spellings s JOIN entities e ON "
                    + "e.id = s.entity_id WHERE e.changed_version > ?", rs -> {
                        long id = rs.getLong(1);
                        spellings.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                        if (rs.getInt(4) == 1) {
                            keyed.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(rs.getString(2));
                        }
                        return null;
                    }, seen);
            tx.query("SELECT id, type, mentions, articles FROM entities WHERE changed_version > ? ORDER BY id", rs -> {
                long id = rs.getLong(1);
                r.refresh(id, rs.getString(2), spellings.getOrDefault(id, Map.of()),
                        keyed.getOrDefault(id, Set.of()), rs.getLong(3), rs.getLong(4));
                return null;
            }, seen);
            r.reserve(tx.number("SELECT value FROM entity_state WHERE name = 'next_id'") - 1);
            version = now;
            return null;
        });
    }

    private void reopen() {
        stage = new EntityStage(tagger, new EntityResolver());
        // Rebuilt after an edit or another writer: the file is older than the store then.
        restore(false);
    }

    private Map<String, Article> resolveAndPersist(List<Article> articles, List<List<Mention>> found,
                                                   Set<String> fresh, Map<Article, Long> versions) {
        boolean wasExact = exact;
        // The memory moves before the write: if the write fails it is ahead of the store until rebuilt.
        exact = false;
        List<String> ids = articles.stream().map(Article::id).filter(id -> !fresh.contains(id)).distinct().toList();
        long cpu = IngestCpu.start();
        Map<String, List<EntityResolver.Counted>> previous = previousCounts(ids);
        cpu = IngestCpu.lap(IngestCpu.Stage.SQLITE, cpu);
        for (List<EntityResolver.Counted> counted : previous.values()) {
            stage.resolver().unassign(counted);
        }
        List<EntityEnrichment> out = new ArrayList<>(articles.size());
        Map<String, EntityEnrichment> earlier = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            EntityEnrichment before = earlier.get(a.id());
            if (before != null) {
                // The same article twice in one batch: the first version's counts come out, as saving the second
                // on its own would take them out of the stored mention rows.
                stage.resolver().unassign(counted(before));
            }
            EntityEnrichment e = stage.resolve(a, found.get(i));
            earlier.put(a.id(), e);
            out.add(e);
        }
        List<KnownEntity> touched = stage.resolver().drainTouched();
        long nextId = stage.resolver().nextId();
        cpu = IngestCpu.lap(IngestCpu.Stage.RESOLVER, cpu);
        long seen = edits;
        long seenVersion = version;
        long written = store.database().write(tx -> {
            if (tx.number("SELECT value FROM entity_state WHERE name = 'edits'") != seen) {
                throw new EditedMeanwhile();
            }
            long mine = seenVersion + 1;
            String now = Instant.now().toString();
            try (RowBatches rows = new RowBatches(tx)) {
                // An id new to the store has no rows before its first enrichment in this batch (a second version
                // of it later in the batch deletes the first one's rows as usual).
                Set<String> empty = new java.util.HashSet<>(fresh);
                for (int i = 0; i < out.size(); i++) {
                    EntityEnrichment e = out.get(i);
                    persist(tx, e, rows, empty.remove(e.article().id()), articles.get(i),
                            versions.get(articles.get(i)));
                }
                // Every mention row goes in before the entities they name are saved, as one article at a time did.
                rows.flush();
                for (KnownEntity k : touched) {
                    saveEntity(tx, k, now, mine, rows);
                }
                rows.flush();
            }
            tx.update("UPDATE entity_state SET value = ? WHERE name = 'next_id'", nextId);
            // Last, as before (other writers take the version row last too): the row stays locked to the commit, and
            // the increment sees every write committed before, so another writer in between shows (and undoes this).
            tx.update("UPDATE entity_state SET value = value + 1 WHERE name = 'version'");
            if (tx.number("SELECT value FROM entity_state WHERE name = 'version'") != mine) {
                throw new ChangedMeanwhile();
            }
            return mine;
        });
        IngestCpu.lap(IngestCpu.Stage.SQLITE, cpu);
        version = written;
        exact = wasExact;
        Map<String, Article> byId = new LinkedHashMap<>();
        for (EntityEnrichment e : out) {
            byId.put(e.article().id(), e.article());
        }
        return byId;
    }

    /** An enrichment's mentions counted per entity and spelling, as {@link #previousCounts} reads them back. */
    private static List<EntityResolver.Counted> counted(EntityEnrichment e) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (EntityEnrichment.ResolvedMention m : e.mentions()) {
            counts.merge(List.of(m.entityId(), m.mention().spelling()), 1, Integer::sum);
        }
        List<EntityResolver.Counted> out = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> out.add(new EntityResolver.Counted((Long) k.get(0), (String) k.get(1), n)));
        return out;
    }

    private Map<String, List<EntityResolver.Counted>> previousCounts(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.database().read(tx -> {
            Map<String, List<EntityResolver.Counted>> out = new HashMap<>();
            for (String id : ids) {
                List<EntityResolver.Counted> rows = tx.query("SELECT entity_id, spelling, COUNT(*) FROM "
                        + "entity_mentions WHERE article_no = " + ArticleRows.NUMBER_OF_ID + " GROUP BY entity_id, "
                        + "spelling",
                        rs -> new EntityResolver.Counted(rs.getLong(1), rs.getString(2), rs.getInt(3)), id);
                if (!rows.isEmpty()) {
                    out.put(id, rows);
                }
            }
            return out;
        });
    }

    /**
     * The rows one enrichment transaction inserts, batched over the whole transaction: one prepared statement per
     * table and one round of {@code executeBatch} for all the articles, where preparing and running a small batch
     * per article cost more than the rows themselves in an ingest profile. An article or entity whose rows are
     * still pending when its rows are deleted again (the same article twice in one batch) flushes them first, so
     * the result is the one of writing every article in turn.
     */
    private static final class RowBatches implements AutoCloseable {
        private final PreparedStatement mentions;
        private final PreparedStatement articleEntities;
        private final PreparedStatement tags;
        private final PreparedStatement spellings;
        private final Set<Object> pending = new java.util.HashSet<>();

        RowBatches(Tx tx) throws SQLException {
            this.mentions = tx.prepareStatement("INSERT INTO entity_mentions (article_id, ord, entity_id, part, "
                    + "start_offset, end_offset, spelling, article_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            this.articleEntities = tx.prepareStatement("INSERT INTO article_entities (article_id, entity_id, "
                    + "mentions, day, article_no) VALUES (?, ?, ?, ?, ?)");
            this.tags = tx.prepareStatement(
                    "INSERT INTO article_tags (article_id, tag, auto, article_no) VALUES (?, ?, 1, ?)");
            this.spellings = tx.prepareStatement(
                    "INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, ?, ?)");
        }

        /** Call before deleting the rows of {@code owner} (an article id or an entity id). */
        void beforeDeleting(Object owner) throws SQLException {
            if (pending.contains(owner)) {
                flush();
            }
        }

        /** Rows of {@code owner} are now pending. */
        void added(Object owner) {
            pending.add(owner);
        }

        void flush() throws SQLException {
            // The order one article at a time wrote them in: mentions, article entities, tags; spellings last.
            mentions.executeBatch();
            articleEntities.executeBatch();
            tags.executeBatch();
            spellings.executeBatch();
            pending.clear();
        }

        /** Closes the statements; rows not flushed are dropped (the transaction failed). */
        @Override
        public void close() throws SQLException {
            try (mentions; articleEntities; tags; spellings) {
                pending.clear();
            }
        }
    }

    /**
     * @param fresh   whether the article has no entity rows yet (stored for the first time by this batch)
     * @param from    the article as it was tagged
     * @param version the store's change number of {@code from} when the caller knows it is exactly the stored row
     *                of that number (the store just wrote it), else null
     */
    private static void persist(Tx tx, EntityEnrichment e, RowBatches rows, boolean fresh, Article from,
                                Long version) throws SQLException {
        Article enriched = e.article();
        String id = enriched.id();
        PreparedStatement numbered = tx.kept("SELECT article_no FROM articles WHERE id = ?");
        numbered.setString(1, id);
        long no;
        try (java.sql.ResultSet rs = numbered.executeQuery()) {
            if (!rs.next()) {
                return; // deleted meanwhile by another process: nothing to tag
            }
            no = rs.getLong(1);
        }
        if (!fresh) {
            rows.beforeDeleting(id);
            tx.update("DELETE FROM entity_mentions WHERE article_no = ?", no);
            tx.update("DELETE FROM article_entities WHERE article_no = ?", no);
            tx.update("DELETE FROM article_tags WHERE article_no = ? AND auto = 1", no);
        }
        rows.added(id);
        PreparedStatement ps = rows.mentions;
        int ord = 0;
        for (EntityEnrichment.ResolvedMention m : e.mentions()) {
            ps.setString(1, id);
            ps.setInt(2, ord++);
            ps.setLong(3, m.entityId());
            ps.setInt(4, m.mention().part());
            ps.setInt(5, m.mention().start());
            ps.setInt(6, m.mention().end());
            ps.setString(7, m.mention().spelling());
            ps.setLong(8, no);
            ps.addBatch();
        }
        String day = enriched.publishedDay().map(Object::toString).orElse(null);
        ps = rows.articleEntities;
        for (var ae : enriched.entities()) {
            ps.setString(1, id);
            ps.setLong(2, Long.parseLong(ae.id()));
            ps.setInt(3, ae.count());
            ps.setString(4, day);
            ps.setLong(5, no);
            ps.addBatch();
        }
        Article stored;
        if (version != null && tx.update("UPDATE articles SET json = ? WHERE id = ? AND seq = ?", ArticleJson.toLine(
                from.withEntities(enriched.entities(), enriched.autoTags())), id, version) == 1) {
            // The row still holds the version the store wrote (a change number is never given twice): the article
            // in hand is its content, so it is neither read back nor parsed.
            stored = from;
        } else {
            // The current row is read inside the transaction: a newer version stored meanwhile by another process
            // keeps its content, and is not marked enriched (the owner's catch-up tags it).
            var current = tx.first("SELECT json FROM articles WHERE id = ?", rs -> rs.getString(1), id);
            if (current.isEmpty()) {
                return;
            }
            stored = ArticleJson.parse(current.get());
            if (!sameContent(stored, enriched)) {
                return;
            }
            Article updated = stored.withEntities(enriched.entities(), enriched.autoTags());
            tx.update("UPDATE articles SET json = ? WHERE id = ?", ArticleJson.toLine(updated), id);
        }
        if (stored.tags().isEmpty()) {
            ps = rows.tags;
            for (String tag : new LinkedHashSet<>(enriched.autoTags())) {
                ps.setString(1, id);
                ps.setString(2, tag);
                ps.setLong(3, no);
                ps.addBatch();
            }
        }
        if (!fresh) {
            tx.update("DELETE FROM entity_enriched WHERE article_id = ?", id);
        }
        // The hash is copied by the database: the row's own (this version's, as the update above checked).
        tx.update("INSERT INTO entity_enriched (article_id, content_hash) SELECT id, content_hash FROM articles "
                + "WHERE id = ?", id);
    }

    /**
     * Takes deleted articles out of the entity tables, in the deleting transaction: their mentions come off the
     * counts of their entities and spellings (a full name stays a key at zero, as in the resolver), and their rows
     * go (with the mentions an editor's "not an entity" kept of them). An open indexer must be reopened afterwards (the archive does so when it sees the deletions).
     * Call it before the store deletes the articles: their rows are found by the articles' numbers (V92). An id not
     * stored has no rows.
     */
    public static void forget(Tx tx, java.util.Collection<String> ids) throws SQLException {
        boolean changed = false;
        Set<Long> counted = new LinkedHashSet<>();
        for (String id : ids) {
            List<EntityResolver.Counted> rows = tx.query("SELECT entity_id, spelling, COUNT(*) FROM entity_mentions "
                    + "WHERE article_no = " + ArticleRows.NUMBER_OF_ID + " GROUP BY entity_id, spelling",
                    rs -> new EntityResolver.Counted(rs.getLong(1), rs.getString(2), rs.getInt(3)), id);
            Set<Long> entities = new LinkedHashSet<>();
            for (EntityResolver.Counted c : rows) {
                tx.update("UPDATE entity_spellings SET mentions = CASE WHEN mentions > ? THEN mentions - ? ELSE 0 END "
                        + "WHERE entity_id = ? AND spelling = ?", c.mentions(), c.mentions(), c.entityId(), c.spelling());
                tx.update("DELETE FROM entity_spellings WHERE entity_id = ? AND spelling = ? AND mentions = 0 "
                        + "AND keyed = 0", c.entityId(), c.spelling());
                tx.update("UPDATE entities SET mentions = CASE WHEN mentions > ? THEN mentions - ? ELSE 0 END "
                        + "WHERE id = ?", c.mentions(), c.mentions(), c.entityId());
                entities.add(c.entityId());
            }
            for (long e : entities) {
                tx.update("UPDATE entities SET articles = CASE WHEN articles > 0 THEN articles - 1 ELSE 0 END "
                        + "WHERE id = ?", e);
                // The canonical spelling as KnownEntity#name picks it: the most mentioned full one.
                var name = tx.first("SELECT spelling FROM entity_spellings WHERE entity_id = ? "
                        + "ORDER BY keyed DESC, mentions DESC LIMIT 1", rs -> rs.getString(1), e);
                if (name.isPresent()) {
                    tx.update("UPDATE entities SET name = COALESCE(fixed_name, ?) WHERE id = ?", name.get(), e);
                }
            }
            tx.update("DELETE FROM entity_mentions WHERE article_no = " + ArticleRows.NUMBER_OF_ID, id);
            tx.update("DELETE FROM article_entities WHERE article_no = " + ArticleRows.NUMBER_OF_ID, id);
            tx.update("DELETE FROM entity_enriched WHERE article_id = ?", id);
            // What "not an entity" kept of this article's mentions: a restore must not bring back a deleted article.
            tx.update("DELETE FROM entity_rejected_mentions WHERE article_id = ?", id);
            changed |= !rows.isEmpty();
            counted.addAll(entities);
        }
        if (changed) {
            tx.update("UPDATE entity_state SET value = value + 1 WHERE name = 'version'");
            long version = tx.number("SELECT value FROM entity_state WHERE name = 'version'");
            for (long e : counted) {
                tx.update("UPDATE entities SET changed_version = ? WHERE id = ?", version, e);
            }
        }
    }

    private static boolean sameContent(Article a, Article b) {
        return java.util.Objects.equals(a.title(), b.title()) && a.body().equals(b.body());
    }

    private static void saveEntity(Tx tx, KnownEntity k, String now, long version, RowBatches rows)
            throws SQLException {
        int updated = tx.update("UPDATE entities SET name = ?, mentions = ?, articles = ?, updated_at = ?, "
                + "changed_version = ? WHERE id = ?", k.name() == null ? "" : k.name(), k.mentions(), k.articles(),
                now, version, k.id());
        if (updated == 0) {
            tx.update("INSERT INTO entities (id, type, name, mentions, articles, created_at, updated_at, "
                    + "changed_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k.id(), k.type(),
                    k.name() == null ? "" : k.name(), k.mentions(), k.articles(), now, now, version);
        }
        Long owner = k.id();
        rows.beforeDeleting(owner);
        tx.update("DELETE FROM entity_spellings WHERE entity_id = ?", k.id());
        rows.added(owner);
        PreparedStatement ps = rows.spellings;
        for (Map.Entry<String, Long> s : k.spellings().entrySet()) {
            ps.setLong(1, k.id());
            ps.setString(2, s.getKey());
            ps.setLong(3, s.getValue());
            ps.setInt(4, k.isKeyed(s.getKey()) ? 1 : 0);
            ps.addBatch();
        }
    }

    private void restore(boolean fromFile) {
        EntityResolver r = stage.resolver();
        store.database().read(tx -> {
            // First: a write committed while the rest is read makes the version move on, which the next write sees.
            version = tx.number("SELECT value FROM entity_state WHERE name = 'version'");
            Map<Long, Map<String, Long>> spellings = new HashMap<>();
            Map<Long, Set<String>> keyed = new HashMap<>();
            tx.query("SELECT entity_id, spelling, mentions, keyed FROM entity_spellings", rs -> {
                long id = rs.getLong(1);
                spellings.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                if (rs.getInt(4) == 1) {
                    keyed.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(rs.getString(2));
                }
                return null;
            });
            tx.query("SELECT id, type, mentions, articles, fixed_name FROM entities ORDER BY id", rs -> {
                long id = rs.getLong(1);
                r.restore(id, rs.getString(2), spellings.getOrDefault(id, Map.of()), keyed.getOrDefault(id, Set.of()),
                        rs.getLong(3), rs.getLong(4));
                if (rs.getString(5) != null) {
                    r.fixName(id, rs.getString(5));
                }
                return null;
            });
            tx.query("SELECT spelling, entity_id FROM entity_pins", rs -> {
                r.pin(rs.getString(1), rs.getLong(2));
                return null;
            });
            tx.query("SELECT spelling FROM entity_rejections", rs -> {
                r.reject(rs.getString(1));
                return null;
            });
            edits = tx.number("SELECT value FROM entity_state WHERE name = 'edits'");
            r.reserve(tx.number("SELECT value FROM entity_state WHERE name = 'next_id'") - 1);
            String why = fromFile ? readContext() : "rebuilt";
            if (why == null) {
                loadedFrom = "context file";
                savedVersion = version;
                return null;
            }
            if (fromFile && !why.startsWith("no context file")) {
                r.clearContext(); // what a damaged file gave before its fault showed
                System.err.println("marsad: " + why + "; counting the entities' context from the store");
            }
            loadedFrom = "store (" + why + ")";
            long[] article = {Long.MIN_VALUE};
            List<Long> ids = new ArrayList<>();
            tx.query("SELECT article_no, entity_id FROM article_entities ORDER BY article_no", rs -> {
                long a = rs.getLong(1);
                if (a != article[0]) {
                    r.restoreContext(ids);
                    ids.clear();
                    article[0] = a;
                }
                ids.add(rs.getLong(2));
                return null;
            });
            r.restoreContext(ids);
            return null;
        });
        r.drainTouched();
        exact = true;
    }
}
