package org.marsad.search;

import static org.marsad.search.ArticleDocuments.BODY_STEM;
import static org.marsad.search.ArticleDocuments.ID;
import static org.marsad.search.ArticleDocuments.PUBLISHED_SORT;
import static org.marsad.search.ArticleDocuments.TITLE_STEM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.model.Article;

/**
 * The embedded search index: Lucene on local disk, with Marsad's Arabic analysis (see {@link ArticleDocuments}
 * for the fields and {@link LuceneQueries} for ranking).
 *
 * <p>One process writes an index at a time. When another process holds the write lock (a running server), the
 * index opens read-only on its last commit: searches work, writes fail.
 *
 * <p>Thread safety: searches may run concurrently with each other and with writes.
 */
public final class LuceneIndex implements SearchIndex {
    /** The analysis and document layout version this code writes; an index with another one is rebuilt. */
    public static final int ANALYSIS_VERSION = ArticleDocuments.ANALYSIS_VERSION;

    @Override
    public int analysisVersion() {
        return ANALYSIS_VERSION;
    }

    private static final String KEY_STORE_ID = "marsad.store_id";
    private static final String KEY_STORE_SEQ = "marsad.store_seq";
    private static final String KEY_ANALYSIS = "marsad.analysis_version";
    private static final int FACET_VALUES = 10;
    /**
     * How many of the best base scores get the proximity bonus (at least the page's depth). An article below them
     * would need a bonus larger than the gap to the last of them to reach a page of 10 or 20; the bench's
     * search-cpu harness compares the top 10s with and without the cut.
     */
    static final int RESCORED = 100;

    private final Directory dir;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer = ArticleDocuments.analyzer();
    private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
    private volatile FacetState facetState;
    private volatile EntityNames entityNames = EntityNames.NONE;
    /** Most requests whose queries are kept built (a few kilobytes each). */
    private static final int RANKED_QUERIES_KEPT = 1_024;
    private final RankedQueryCache rankedQueries = new RankedQueryCache(RANKED_QUERIES_KEPT);

    private volatile ReaderFields readerFields;
    private volatile KeptFacets keptFacets;
    // While true, searches keep their reader (see holdSearches): nothing refreshes it.
    private volatile boolean held;
    // Read-only: the generation of the commit the searchers read (-1 before the first check), and the checks that
    // read a commit (see refreshIfChanged).
    private volatile long readerGeneration = -1;
    private final java.util.concurrent.atomic.AtomicLong commitReads = new java.util.concurrent.atomic.AtomicLong();

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** The fields of every segment of one reader, merged: the highlighter asks which offsets a field has. */
    private record ReaderFields(IndexReader reader, org.apache.lucene.index.FieldInfos infos) {
    }

    /** How long an opener that lost the write lock waits for the winner's first commit of a fresh index. */
    private static final java.time.Duration FIRST_COMMIT_WAIT = java.time.Duration.ofSeconds(30);

    private LuceneIndex(Directory dir, IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        this.dir = dir;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * The merge policy of a served index: Lucene's tiered policy keeping about four segments per size tier instead
     * of ten, segments under 16 MB counted as 16 MB. An index that grows by small commits (a save of a batch, a feed
     * followed while serving) is never merged down by a bulk load's compaction, and every search pays each segment
     * its set-up (terms looked up, scorers, rescore and highlighter cursors opened). Saved in batches of 500, the
     * bench's archive keeps 5 segments instead of 8 at 20,000 articles and 10 instead of 21 at 100,000, for the same
     * ingest CPU within the runs' noise; a search costs 0.81-0.86x the CPU, with the same top 10s (bench/README,
     * branch search24). Lower still (one segment) is the bulk load's compaction, not a policy's job.
     */
    private static TieredMergePolicy servedMergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(4);
        policy.setFloorSegmentMB(16);
        return policy;
    }

    /** Opens (creating if needed) the index in {@code path}; read-only when another process is writing it. */
    public static LuceneIndex open(Path path) {
        Directory dir = null;
        try {
            Files.createDirectories(path);
            dir = FSDirectory.open(path);
            IndexWriterConfig cfg = new IndexWriterConfig(ArticleDocuments.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setMergePolicy(servedMergePolicy())
                    // Keep the last commit's user data (store sequence) readable by a reader opened later.
                    .setCommitOnClose(false);
            IndexWriter w;
            try {
                w = new IndexWriter(dir, cfg);
            } catch (LockObtainFailedException e) {
                if (!awaitFirstCommit(dir)) {
                    throw new IndexException("the index in " + path + " is locked by another process", e);
                }
                return new LuceneIndex(dir, null, new SearcherManager(dir, KeptWeightsSearcher.factory()));
            }
            if (w.getLiveCommitData() == null || !DirectoryReader.indexExists(dir)) {
                w.commit();
            }
            return new LuceneIndex(dir, w, new SearcherManager(w, KeptWeightsSearcher.factory()));
        } catch (IOException e) {
            closeQuietly(dir);
            throw new IndexException("cannot open the index in " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the index has a commit to read, waiting a bounded time for one: two processes opening a fresh data
     * directory at once race for the write lock, and the loser finds the winner's index a moment later, once the
     * winner has made its first commit (on a loaded machine that moment can take seconds).
     */
    private static boolean awaitFirstCommit(Directory dir) throws IOException {
        long deadline = System.nanoTime() + FIRST_COMMIT_WAIT.toNanos();
        while (!DirectoryReader.indexExists(dir)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Opens an existing index for searching only: no write lock is taken and nothing is written in {@code path}
     * (for a directory this process may not write).
     *
     * @throws IndexException when there is no index in {@code path}
     */
    public static LuceneIndex openReadOnly(Path path) {
        if (!Files.isDirectory(path)) {
            throw new IndexException("no search index in " + path, null);
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexException("no search index in " + path, null);
            }
            return new LuceneIndex(dir, null, new SearcherManager(dir, KeptWeightsSearcher.factory()));
        } catch (IOException e) {
            closeQuietly(dir);
            throw new IndexException("cannot open the index in " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(dir);
            throw e;
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public boolean writable() {
        return writer != null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IndexException("the index is read-only: another marsad process is writing it", null);
        }
        return writer;
    }

    @Override
    public void put(Article article) {
        try {
            writer().updateDocument(new Term(ID, article.id()), ArticleDocuments.toDocument(article, facetsConfig));
        } catch (IOException e) {
            throw new IndexException("cannot index article " + article.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean concurrentWrites() {
        // IndexWriter is thread-safe and analyses a document on the calling thread.
        return writer != null;
    }

    @Override
    public void delete(String id) {
        try {
            writer().deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new IndexException("cannot remove article " + id + " from the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void refresh() {
        try {
            refreshIfChanged();
        } catch (IOException e) {
            throw new IndexException("cannot refresh the index: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean holdSearches(boolean hold) {
        if (hold && !searchable()) {
            return false;
        }
        // The held reader keeps the files of the commit it reads: the writer deletes none a reader it opened holds.
        held = hold;
        if (!hold) {
            refresh();
        }
        return true;
    }

    /**
     * Whether today's searches can read the index as it is: one an older Marsad made before analysis version 6 has
     * no doc values on the id, which every search reads to order equal scores ("unexpected docvalues type NONE for
     * field 'id'"), so it cannot serve while it is rebuilt.
     */
    private boolean searchable() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                org.apache.lucene.index.FieldInfo id = org.apache.lucene.index.FieldInfos
                        .getMergedFieldInfos(s.getIndexReader()).fieldInfo(ArticleDocuments.ID);
                return id == null || id.getDocValuesType() == org.apache.lucene.index.DocValuesType.SORTED;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new IndexException("cannot read the index: " + e.getMessage(), e);
        }
    }

    @Override
    public long readerVersion() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                // Each reader of one directory gets a higher version when the index changed; an index rebuilt in
                // place keeps counting up from the commit it replaced.
                return ((DirectoryReader) s.getIndexReader()).getVersion();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new IndexException("cannot read the index version: " + e.getMessage(), e);
        }
    }

    @Override
    public void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new IndexException("cannot clear the index: " + e.getMessage(), e);
        }
    }

    /**
     * Merges every segment into one. A rebuild leaves the index in segments of the writer's buffer size (eleven at
     * 100,000 articles), each searched apart: every query term is looked up, and every scorer, doc-values iterator
     * and highlighter cursor opened, once per segment. At 100,000 articles one segment took a quarter to a third off
     * the CPU of a search over HTTP, with the same answers (bench/README, branch search12).
     */
    @Override
    public void compact() {
        IndexWriter w = writer();
        try {
            java.util.Set<String> before = segmentNames(w);
            // Not forceMerge(1) alone: it waits for the merge however long it runs (minutes at a million
            // articles), and a server stopping meanwhile waited with it. The merge runs on the writer's merge
            // threads while this waits a little at a time, until it is done or the process stops.
            w.forceMerge(1, false);
            awaitMerges(w);
            if (!compactionStopped && leftUnmerged(w, before) > 1) {
                // What is left: a second round when there were too many parts for one. Not asked for when the
                // first round is done: forceMerge takes every part there is, and parts written since it began (a
                // server's saves during a merge while quiet) would have the whole index rewritten once more.
                w.forceMerge(1, false);
                awaitMerges(w);
            }
        } catch (IOException e) {
            throw new IndexException("cannot merge the index: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitMerges(IndexWriter w) throws InterruptedException {
        while (!compactionStopped && !w.getMergingSegments().isEmpty()) {
            Thread.sleep(MERGE_POLL_MS);
        }
    }

    /** The names of the writer's segments now (what is buffered is written out as a segment first). */
    private static java.util.Set<String> segmentNames(IndexWriter w) throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(w)) {
            for (org.apache.lucene.index.LeafReaderContext leaf : r.leaves()) {
                names.add(segmentInfo(leaf).name);
            }
        }
        return names;
    }

    /**
     * How many of the writer's segments a compaction begun with the segments {@code before} has still to merge: those
     * of them not merged yet, and what its forced merges wrote (one when it is done). Segments written since it
     * began, or merged from those alone by the policy, are not its business.
     */
    private static int leftUnmerged(IndexWriter w, java.util.Set<String> before) throws IOException {
        int left = 0;
        try (DirectoryReader r = DirectoryReader.open(w)) {
            for (org.apache.lucene.index.LeafReaderContext leaf : r.leaves()) {
                org.apache.lucene.index.SegmentInfo info = segmentInfo(leaf);
                String forcedTo = info.getDiagnostics().get("mergeMaxNumSegments");
                if (before.contains(info.name) || (forcedTo != null && !forcedTo.equals("-1"))) {
                    left++;
                }
            }
        }
        return left;
    }

    private static org.apache.lucene.index.SegmentInfo segmentInfo(org.apache.lucene.index.LeafReaderContext leaf) {
        return ((org.apache.lucene.index.SegmentReader) org.apache.lucene.index.FilterLeafReader.unwrap(leaf.reader()))
                .getSegmentInfo().info;
    }

    /** The segments searches read now, each searched apart; -1 when unknown. */
    @Override
    public int segments() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** How often a compaction looks whether its merge is done, or the process stops. */
    private static final long MERGE_POLL_MS = 50;

    // Set once the process stops: a compaction under way, or begun after, stops waiting for its merge.
    private volatile boolean compactionStopped;

    @Override
    public void stopCompacting() {
        compactionStopped = true;
    }

    /** Whether the writer is merging parts of the index now (tests). */
    boolean merging() {
        return !writer().getMergingSegments().isEmpty();
    }

    /** Slows merges that compaction asks for to {@code mbPerSecond} (tests: a merge that lasts). */
    void throttleCompaction(double mbPerSecond) {
        ((org.apache.lucene.index.ConcurrentMergeScheduler) writer().getConfig().getMergeScheduler())
                .setForceMergeMBPerSec(mbPerSecond);
    }

    @Override
    public void commit(String storeId, long storeSeq) {
        IndexWriter w = writer();
        Map<String, String> data = new HashMap<>();
        data.put(KEY_STORE_ID, storeId == null ? "" : storeId);
        data.put(KEY_STORE_SEQ, Long.toString(storeSeq));
        data.put(KEY_ANALYSIS, Integer.toString(ArticleDocuments.ANALYSIS_VERSION));
        w.setLiveCommitData(data.entrySet());
        try {
            w.commit();
            if (!held) {
                searchers.maybeRefresh();
            }
        } catch (IOException e) {
            throw new IndexException("cannot commit the index: " + e.getMessage(), e);
        }
    }

    @Override
    public IndexState state() {
        Map<String, String> data = new HashMap<>();
        try {
            if (writer != null) {
                Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
                if (live != null) {
                    live.forEach(e -> data.put(e.getKey(), e.getValue()));
                }
            } else {
                IndexSearcher s = searchers.acquire();
                try {
                    data.putAll(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
                } finally {
                    searchers.release(s);
                }
            }
        } catch (IOException e) {
            throw new IndexException("cannot read the index state: " + e.getMessage(), e);
        }
        String id = data.get(KEY_STORE_ID);
        return new IndexState(id == null || id.isEmpty() ? null : id,
                Long.parseLong(data.getOrDefault(KEY_STORE_SEQ, "0")),
                Integer.parseInt(data.getOrDefault(KEY_ANALYSIS, "0")));
    }

    @Override
    public void entityNames(EntityNames names) {
        this.entityNames = names == null ? EntityNames.NONE : names;
    }

    @Override
    public long documentsWithWord(String word) {
        List<String> terms = LuceneQueries.terms(ArticleDocuments.EXACT, word);
        if (terms.size() != 1) {
            return 0;
        }
        return withSearcher(s -> (long) s.getIndexReader().docFreq(new Term(ArticleDocuments.BODY_EXACT, terms.get(0)))
                + s.getIndexReader().docFreq(new Term(ArticleDocuments.TITLE_EXACT, terms.get(0))));
    }

    @Override
    public FormCounts formCounts() {
        return new FormCounts() {
            @Override
            public long articles(String stem, long enough) {
                return withSearcher(s -> new ReaderFormCounts(s.getIndexReader()).articles(stem, enough));
            }

            @Override
            public long atMost(String stem) {
                return withSearcher(s -> new ReaderFormCounts(s.getIndexReader()).atMost(stem));
            }

            @Override
            public long atLeast(String stem) {
                return withSearcher(s -> new ReaderFormCounts(s.getIndexReader()).atLeast(stem));
            }

            @Override
            public <T> T within(java.util.function.Function<FormCounts, T> work) {
                return withSearcher(s -> work.apply(new ReaderFormCounts(s.getIndexReader())));
            }
        };
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public SearchResults search(SearchRequest request, FacetSet facets) {
        LuceneQueries.Ranked ranked = rankedQueries.ranked(request, entityNames);
        // The base query matches what the whole query matches: it counts, collects the facets and finds the words
        // to highlight. By date, the proximity bonus only orders articles of one time, so it stays in the query.
        Query query = ranked.base();
        Query bonus = ranked.proximity();
        int limit = Math.max(1, Math.min(request.limit(), 1000));
        int offset = Math.max(0, request.offset());
        Sort sort = sortOf(request.sort());
        boolean rescore = bonus != null && sort == BY_RELEVANCE;
        Query ordering = bonus == null || rescore ? query
                : new BooleanQuery.Builder().add(query, Occur.MUST).add(bonus, Occur.SHOULD).build();
        return withSearcher(s -> {
            int wanted = offset + limit;
            long total = 0;
            FacetsCollector matches = null;
            ScoreDoc[] all;
            // counted by this reader already (the same words and filters, any page or order): not counted again
            KeptFacets kept = facets.none() ? null : keptFacets(s.getIndexReader());
            KeptFacets.Counted known = kept == null ? null : kept.get(query, facets);
            boolean count = kept != null && known == null;
            if (bonus == null || rescore) {
                // One pass: the query scores its matches without reading word positions (the proximity bonus is
                // added afterwards to the best of them), so scoring every match to count it exactly costs less
                // than counting in a pass of its own and taking the page in another.
                int first = rescore ? Math.max(RESCORED, wanted) : wanted;
                // by relevance, the same hits as Lucene's collector without decoding each passing hit's id
                // (ids as ordinals on a one-segment index: they only order the hits; a shown hit's id is its record's)
                CollectorManager<?, ? extends TopDocs> top = sort == BY_RELEVANCE
                        ? new RelevanceTop(sort, ID, first, true)
                        : new TopFieldCollectorManager(sort, first, null, Integer.MAX_VALUE);
                TopDocs found;
                if (!count) {
                    found = s.search(query, top);
                } else {
                    Object[] both = s.search(query, new MultiCollectorManager(new FacetsCollectorManager(), top));
                    matches = (FacetsCollector) both[0];
                    found = (TopDocs) both[1];
                }
                total = found.totalHits.value;
                all = rescore ? ProximityRescore.rescore(s, found.scoreDocs, bonus, wanted) : found.scoreDocs;
            } else {
                // Two passes: the matches are counted (and collected for the facets) without scoring, and the
                // page is taken by a collector that may skip documents which cannot reach it. Scoring every match
                // to count them exactly cost more than both passes: the proximity clause reads positions for each.
                if (known != null) {
                    total = known.total();
                } else if (!count) {
                    total = s.count(query);
                } else {
                    matches = s.search(query, new FacetsCollectorManager());
                    for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
                        total += m.totalHits;
                    }
                }
                all = total == 0 ? new ScoreDoc[0]
                        : s.search(ordering, new TopFieldCollectorManager(sort, wanted, null, wanted)).scoreDocs;
            }
            int from = Math.min(offset, all.length);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
            List<SearchHit> hits = hits(s, ranked.snippets(), page, sort);
            Map<String, List<SearchResults.FacetCount>> counted = Map.of();
            if (known != null) {
                counted = known.facets();
            } else if (matches != null) {
                counted = facets(s, matches, facets);
                kept.keep(query, facets, new KeptFacets.Counted(total, counted));
            }
            return new SearchResults(total, hits, counted);
        });
    }

    /** How many searches' facet counts the current reader keeps (for tests). */
    int keptFacetSearches() {
        KeptFacets k = keptFacets;
        return k == null ? 0 : k.size();
    }

    /** How many scoring weights the current searcher keeps (for tests). */
    int keptWeights() {
        return withSearcher(s -> s instanceof KeptWeightsSearcher k ? k.keptWeights() : 0);
    }

    // The facet counts of searches this reader answered: dropped with the reader, as the facet ordinals below.
    private KeptFacets keptFacets(IndexReader reader) {
        KeptFacets k = keptFacets;
        if (k == null || !k.reads(reader)) {
            k = new KeptFacets(reader, KeptFacets.MAX_VALUES);
            keptFacets = k;
        }
        return k;
    }

    @Override
    public List<String> matchingIds(SearchRequest request) {
        Query query = LuceneQueries.of(request, entityNames);
        return withSearcher(s -> {
            int n = Math.max(1, s.getIndexReader().numDocs());
            return storedIds(s, s.search(query, n, sortOf(request.sort())));
        });
    }

    /**
     * The ids of the documents found, in their order. Every order ends with the id's doc values ({@link #BY_ID}), so
     * a hit carries its id as its last sort value: read there, not decompressed from the stored fields (a block a
     * hit, about a third of the copies' ranks on a search page); the stored field for a hit without one.
     */
    private static List<String> storedIds(IndexSearcher s, TopDocs top) throws IOException {
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        org.apache.lucene.index.StoredFields fields = null;
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd instanceof FieldDoc fd && fd.fields.length > 0
                    && fd.fields[fd.fields.length - 1] instanceof org.apache.lucene.util.BytesRef id) {
                ids.add(id.utf8ToString());
            } else {
                fields = fields == null ? s.storedFields() : fields;
                ids.add(fields.document(sd.doc, java.util.Set.of(ID)).get(ID));
            }
        }
        return ids;
    }

    /**
     * Those of the ids that match, in the search's order ({@link RanksAmong}: the request's kept query moved to the
     * few documents, reading the id of the few that match rather than of every match).
     */
    @Override
    public List<String> matchingAmong(SearchRequest request, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<org.apache.lucene.util.BytesRef> terms = ids.stream().distinct()
                .map(org.apache.lucene.util.BytesRef::new).toList();
        Query whole = rankedQueries.whole(request, entityNames);
        return withSearcher(s -> storedIds(s, RanksAmong.top(s, whole, terms, sortOf(request.sort()))));
    }

    /**
     * The last key of every order: the id (its doc values), ascending, as the SolrCloud collection sorts. Without
     * it equal scores and equal times come out in index order, which differs between the two indexes and changes
     * when segments merge, so a hit could move from one page to the next.
     */
    private static final SortField BY_ID = new SortField(ID, SortField.Type.STRING);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_ID);
    private static final Sort BY_DATE;
    private static final Sort BY_DATE_OLDEST;

    static {
        SortField byDate = new SortField(PUBLISHED_SORT, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        BY_DATE = new Sort(byDate, SortField.FIELD_SCORE, BY_ID);
        // Oldest first, and still the undated last (as Solr's sortMissingLast does in either order).
        SortField oldest = new SortField(PUBLISHED_SORT, SortField.Type.LONG, false);
        oldest.setMissingValue(Long.MAX_VALUE);
        BY_DATE_OLDEST = new Sort(oldest, SortField.FIELD_SCORE, BY_ID);
    }

    static Sort sortOf(SearchRequest.Sort sort) {
        return switch (sort) {
            case DATE -> BY_DATE;
            case OLDEST -> BY_DATE_OLDEST;
            case RELEVANCE -> BY_RELEVANCE;
        };
    }

    /** A hit's score: the value its sort kept for the score key (a sorted search leaves {@code ScoreDoc.score} unset). */
    private static float score(ScoreDoc sd, Sort sort) {
        if (!Float.isNaN(sd.score)) {
            return sd.score;
        }
        if (sd instanceof FieldDoc fd) {
            SortField[] keys = sort.getSort();
            for (int i = 0; i < keys.length && i < fd.fields.length; i++) {
                if (keys[i].getType() == SortField.Type.SCORE && fd.fields[i] instanceof Float f) {
                    return f;
                }
            }
        }
        return 0f;
    }

    // snippets: what the highlighter looks for (LuceneQueries.forSnippets of the search's query), null for nothing
    private List<SearchHit> hits(IndexSearcher s, Query snippets, ScoreDoc[] docs, Sort sort) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        SnippetHighlighter highlighter = highlighter(s, analyzer);
        highlighter.useFieldInfos(fieldInfos(s.getIndexReader()));
        Query wanted = snippets == null ? null : LuceneQueries.resolvedForSnippets(snippets, s);
        Object[] bodies = wanted == null ? new Object[ids.length]
                : highlighter.snippets(BODY_STEM, wanted, ids, 2).get(BODY_STEM);
        List<SearchHit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            HitRecord d = highlighter.loaded(docs[i].doc);
            Snippets.Snippet snip = bodies[i] instanceof Snippets.Snippet sn ? sn
                    : new Snippets.Snippet(lead(highlighted(d.body())), List.of());
            float score = score(docs[i], sort);
            out.add(new SearchHit(d.id(), d.title(), d.source(), d.published(), d.url(), snip.text(), snip.spans(),
                    score));
        }
        return out;
    }

    /** The highlighter of hits' bodies; shared with {@link ArticleIndexing#snippets} so every index shows the same. */
    static SnippetHighlighter highlighter(IndexSearcher s, Analyzer analyzer) {
        return highlighter(s, analyzer, false);
    }

    /** {@link #highlighter(IndexSearcher, Analyzer)}, looking for every term of the query in every hit when asked. */
    static SnippetHighlighter highlighter(IndexSearcher s, Analyzer analyzer, boolean everyTerm) {
        KeptSentences kept = new KeptSentences();
        return new SnippetHighlighter(UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new Snippets())
                .withScorer(new PassageScores())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(SentenceBreaks.JUMP, kept), Snippets.MAX_PASSAGE / 2, 0.5f))
                // Term by term from the offsets in the postings: no per-hit re-run of the query (see forSnippets).
                .withWeightMatches(false)
                .withMaxLength(MAX_HIGHLIGHTED), everyTerm, kept,
                s instanceof KeptWeightsSearcher k ? k.termStates() : null);
    }

    /** The body snippet of each document for the query: a {@link Snippets.Snippet}, or null when none. */
    static Object[] bodySnippets(SnippetHighlighter highlighter, Query query, int[] ids) throws IOException {
        Query wanted = LuceneQueries.forSnippets(query);
        wanted = wanted == null ? null : LuceneQueries.resolvedForSnippets(wanted, highlighter.getIndexSearcher());
        return wanted == null ? new Object[ids.length]
                : highlighter.snippets(BODY_STEM, wanted, ids, 2).get(BODY_STEM);
    }

    /** How much of a body the highlighter looks at (and a lead is cut from; its hit record's sentences cover it). */
    static final int MAX_HIGHLIGHTED = 20_000;

    // The highlighter's object-returning entry point is protected; Snippets returns objects, not strings. It also
    // loads the body from each hit's record, keeping the record's other fields for the result.
    static final class SnippetHighlighter extends UnifiedHighlighter {
        private final Map<Integer, HitRecord> loaded = new HashMap<>();
        private HitRecord.Reader records;

        // Whether every term of the query is looked for in every hit (the stock strategy, kept to test against).
        private final boolean everyTerm;
        // Where the loaded records' sentence boundaries go for this highlighter's break iterators.
        private final KeptSentences kept;

        // Where the query's terms are in each segment, kept by the searcher across searches (null: looked up here).
        private final KeptTermStates termStates;

        SnippetHighlighter(Builder b, boolean everyTerm, KeptSentences kept, KeptTermStates termStates) {
            super(b);
            this.everyTerm = everyTerm;
            this.kept = kept;
            this.termStates = termStates;
        }

        @Override
        protected org.apache.lucene.search.uhighlight.FieldOffsetStrategy getOffsetStrategy(OffsetSource source,
                org.apache.lucene.search.uhighlight.UHComponents components) {
            return source == OffsetSource.POSTINGS && !everyTerm ? new HitTermOffsets(components, termStates)
                    : super.getOffsetStrategy(source, components);
        }

        /** The merged field infos of this highlighter's reader, kept by the index so that it need not merge them. */
        void useFieldInfos(org.apache.lucene.index.FieldInfos infos) {
            fieldInfos = infos;
        }

        Map<String, Object[]> snippets(String field, Query query, int[] docIds, int passages) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages});
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                 doc = docs.nextDoc()) {
                HitRecord h = loaded(doc);
                String body = highlighted(h.body());
                if (body != null && h.sentences() != null) {
                    kept.put(body, h.sentences());
                }
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    row[f] = BODY_STEM.equals(fields[f]) && body != null ? body : "";
                }
                values.add(row);
            }
            return values;
        }

        HitRecord loaded(int doc) throws IOException {
            HitRecord h = loaded.get(doc);
            if (h == null) {
                if (records == null) {
                    records = new HitRecord.Reader(searcher.getIndexReader());
                }
                h = records.read(doc);
                loaded.put(doc, h);
            }
            return h;
        }
    }

    /** The part of a body the highlighter looks at. */
    private static String highlighted(String body) {
        return body != null && body.length() > MAX_HIGHLIGHTED ? body.substring(0, MAX_HIGHLIGHTED) : body;
    }

    private static String lead(String text) {
        if (text == null) {
            return "";
        }
        String body = text.replaceAll("\\s+", " ").strip();
        if (body.length() <= Snippets.MAX_PASSAGE) {
            return body;
        }
        int cut = body.lastIndexOf(' ', Snippets.MAX_PASSAGE);
        return body.substring(0, cut > 0 ? cut : Snippets.MAX_PASSAGE) + " …";
    }

    private Map<String, List<SearchResults.FacetCount>> facets(IndexSearcher s, FacetsCollector fc, FacetSet asked)
            throws IOException {
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        // One counting pass over the matches serves every dimension; its cost follows the matches, not the archive.
        // Each segment is counted apart, on a spare core when one is idle (the searcher's helpers).
        MatchedFacetCounts counts = state == null ? null : MatchedFacetCounts.of(state, fc,
                s instanceof KeptWeightsSearcher kept ? kept.parts() : null);
        for (String dim : ArticleIndexing.FACETS) {
            if (!asked.counts(dim)) {
                continue;
            }
            List<SearchResults.FacetCount> values = new ArrayList<>();
            boolean every = dim.equals(ArticleIndexing.DATE_FACET) || dim.equals(ArticleIndexing.HOUR_FACET);
            boolean wanted = !dim.equals(ArticleIndexing.HOUR_FACET)
                    || ArticleIndexing.hourly(out.getOrDefault(ArticleIndexing.DATE_FACET, List.of()));
            if (wanted && counts != null) {
                values.addAll(every ? counts.all(dim) : counts.top(FACET_VALUES, dim));
            }
            if (every) {
                values.sort(java.util.Comparator.comparing(SearchResults.FacetCount::value));
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    // Merging the segments' field infos walks every field of every segment (about 4% of a search page's CPU when
    // each highlighter did it): once per reader, as the facet ordinals below.
    private org.apache.lucene.index.FieldInfos fieldInfos(IndexReader reader) {
        ReaderFields cached = readerFields;
        if (cached != null && cached.reader == reader) {
            return cached.infos;
        }
        org.apache.lucene.index.FieldInfos infos = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader);
        readerFields = new ReaderFields(reader, infos);
        return infos;
    }

    // Building the facet ordinals costs a pass over the index: once per reader, not per search.
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader == reader) {
            return cached.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new FacetOrdinals(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        return withSearcher(s -> {
            TopDocs self = s.search(new TermQuery(new Term(ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {TITLE_STEM, BODY_STEM});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(30);
            // Words in a quarter of a large archive say nothing about the article; a small one keeps them all.
            int docs = s.getIndexReader().numDocs();
            mlt.setMaxDocFreq(docs < 1000 ? Integer.MAX_VALUE : docs / 4);
            HitRecord.Reader records = new HitRecord.Reader(s.getIndexReader());
            HitRecord me = records.read(self.scoreDocs[0].doc);
            // The text as the stored fields gave it to MoreLikeThis before the body moved to the hit record.
            Map<String, java.util.Collection<Object>> text = new HashMap<>();
            text.put(TITLE_STEM, me.title() == null ? List.of() : List.of(me.title()));
            text.put(BODY_STEM, me.body() == null ? List.of() : List.of(me.body()));
            Query like = mlt.like(text);
            Query q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT)
                    .build();
            TopDocs top = s.search(q, Math.max(1, limit), BY_RELEVANCE);
            List<SearchHit> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                HitRecord d = records.read(sd.doc);
                out.add(new SearchHit(d.id(), d.title(), d.source(), d.published(), d.url(), lead(d.body()), List.of(),
                        score(sd, BY_RELEVANCE)));
            }
            return out;
        });
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    /**
     * Makes searches see what was indexed since. An index this process writes asks its writer (in memory). One
     * opened without a writer would read the latest commit and every segment's info from disk on each check, before
     * every search: instead the directory's listing (which names the latest commit's generation) is compared with
     * the commit the reader holds, and the reader is reopened only when another commit has been made.
     */
    private void refreshIfChanged() throws IOException {
        if (held) {
            return;
        }
        if (writer != null) {
            searchers.maybeRefreshBlocking();
            return;
        }
        if (SegmentInfos.getLastCommitGeneration(dir.listAll()) == readerGeneration) {
            return;
        }
        commitReads.incrementAndGet();
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            readerGeneration = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getGeneration();
        } finally {
            searchers.release(s);
        }
    }

    /** How often a read-only index read its latest commit to reopen its reader (a measure for tests). */
    long commitReads() {
        return commitReads.get();
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            refreshIfChanged();
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new IndexException("search failed: " + e.getMessage(), e);
        }
    }

    /** Closes without committing: what was not committed is re-added from the store on the next open. */
    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
            dir.close();
        } catch (IOException e) {
            throw new IndexException("cannot close the index: " + e.getMessage(), e);
        }
    }
}
