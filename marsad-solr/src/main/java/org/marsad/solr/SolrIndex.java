package org.marsad.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndexing;
import org.marsad.search.EntityNames;
import org.marsad.search.FacetSet;
import org.marsad.search.IndexException;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * The search index on a SolrCloud collection (created by {@link SolrCollections#init}), behaving as the embedded
 * {@link org.marsad.search.LuceneIndex}: the same fields and analysis (the configset), the same query on each node
 * ({@link MarsadQParserPlugin}), the same facets, snippets (made here, from the hits' stored bodies, by the same
 * highlighter) and orders, with equal scores broken by id.
 *
 * <p>Writes are buffered and sent in batches; whatever this index wrote is sent and made visible (soft commit)
 * before its next read, so a process reads its own writes. {@link #commit} is a hard commit, after which the store
 * id, store sequence and analysis version are recorded as collection properties — only after, so the recorded state
 * never claims more than is durable. With a cluster given as URLs (no ZooKeeper) the state cannot be read back and
 * an archive rebuilds the collection on open: give the ZooKeeper address.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class SolrIndex implements SearchIndex {
    private static final String KEY_STORE_ID = "marsad.store_id";
    private static final String KEY_STORE_SEQ = "marsad.store_seq";
    private static final String KEY_ANALYSIS = "marsad.analysis_version";
    private static final int BATCH = 500;
    private static final int CURSOR_PAGE = 1_000;
    /** Stored only (schema): the category as given, for re-indexing a page of hits for its snippets. */
    private static final String CATEGORY = "category";
    private static final String HIT_FIELDS = String.join(",", ArticleIndexing.ID, ArticleIndexing.TITLE,
            ArticleIndexing.SOURCE, ArticleIndexing.PUBLISHED, ArticleIndexing.URL, ArticleIndexing.BODY, "score");
    private static final String SNIPPET_FIELDS = HIT_FIELDS + ",tag,author_text,lang," + CATEGORY;

    private final SolrCluster cluster;
    private final boolean ownsCluster;
    private final String collection;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private boolean unseen;
    private volatile EntityNames entityNames = EntityNames.NONE;
    // Null: this index may not write (a read-only view); else what it releases on close (maybe nothing).
    private AutoCloseable writer;

    private SolrIndex(SolrCluster cluster, boolean ownsCluster, String collection, AutoCloseable writer) {
        this.cluster = cluster;
        this.ownsCluster = ownsCluster;
        this.collection = collection;
        this.writer = writer;
    }

    private static final AutoCloseable NOTHING = () -> { };

    /**
     * Uses the collection on a connected cluster (which stays open when this index closes).
     *
     * @throws IndexException when the collection does not exist
     */
    public static SolrIndex on(SolrCluster cluster, String collection) {
        if (!SolrCollections.exists(cluster, collection)) {
            throw new IndexException("no collection '" + collection + "' at " + cluster.target()
                    + " (create it with: marsad solr init)", null);
        }
        return new SolrIndex(cluster, false, collection, NOTHING);
    }

    /** Connects to the cluster and uses the collection; closing the index closes the connection. */
    public static SolrIndex open(SolrTarget target, String collection) {
        return connect(target, collection, () -> NOTHING);
    }

    /**
     * Connects to the cluster and uses the collection, writable only while this process holds {@code writerLock}
     * (a file, created when missing; released on close), else as a read-only view — as the embedded index is
     * writable only by the process holding its write lock: one process sharing a data directory owns the derived
     * state (indexes, enriches), the others store only and leave the indexing to it.
     *
     * @throws SolrException when the cluster cannot be reached
     * @throws IndexException when the collection does not exist, or the lock file cannot be made
     */
    public static SolrIndex open(SolrTarget target, String collection, java.nio.file.Path writerLock) {
        return connect(target, collection, () -> WriterLock.tryTake(writerLock));
    }

    /** Connects to the cluster and uses the collection for searching only ({@link #writable} is false). */
    public static SolrIndex openReadOnly(SolrTarget target, String collection) {
        return connect(target, collection, () -> null);
    }

    private static SolrIndex connect(SolrTarget target, String collection,
                                     java.util.function.Supplier<AutoCloseable> writer) {
        SolrCluster c = SolrCluster.connect(target);
        try {
            SolrIndex i = on(c, collection);
            return new SolrIndex(c, true, i.collection, writer.get());
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The collection's name. */
    public String collection() {
        return collection;
    }

    @Override
    public synchronized void put(Article article) {
        checkWritable();
        SolrInputDocument d = new SolrInputDocument();
        for (Map.Entry<String, List<Object>> f : ArticleIndexing.fields(article).entrySet()) {
            for (Object v : f.getValue()) {
                d.addField(f.getKey(), v);
            }
        }
        if (article.category() != null && !article.category().isBlank()) {
            d.addField(CATEGORY, article.category());
        }
        pending.add(d);
        unseen = true;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public synchronized void delete(String id) {
        checkWritable();
        flush();
        update(new UpdateRequest().deleteById(id), "remove article " + id + " from the index");
        unseen = true;
    }

    @Override
    public synchronized void send() {
        flush();
    }

    @Override
    public synchronized void refresh() {
        flush();
        if (unseen) {
            update(new UpdateRequest().setAction(UpdateRequest.ACTION.COMMIT, true, true, true), "refresh the index");
            unseen = false;
        }
    }

    @Override
    public synchronized void clear() {
        checkWritable();
        pending.clear();
        update(new UpdateRequest().deleteByQuery("*:*"), "clear the index");
        unseen = true;
    }

    @Override
    public synchronized void commit(String storeId, long storeSeq) {
        checkWritable();
        flush();
        update(new UpdateRequest().setAction(UpdateRequest.ACTION.COMMIT, true, true), "commit the index");
        unseen = false;
        setProperty(KEY_STORE_ID, storeId == null ? "" : storeId);
        setProperty(KEY_STORE_SEQ, Long.toString(storeSeq));
        setProperty(KEY_ANALYSIS, Integer.toString(analysisVersion()));
    }

    private void setProperty(String name, String value) {
        NamedList<Object> r = cluster.withNode(c -> c.request(
                CollectionAdminRequest.setCollectionProperty(collection, name, value)));
        checkStatus(r, "record the index state");
    }

    @Override
    public IndexState state() {
        Map<String, String> p = cluster.collectionProperties(collection);
        String id = p.get(KEY_STORE_ID);
        try {
            return new IndexState(id == null || id.isEmpty() ? null : id,
                    Long.parseLong(p.getOrDefault(KEY_STORE_SEQ, "0")),
                    Integer.parseInt(p.getOrDefault(KEY_ANALYSIS, "0")));
        } catch (NumberFormatException e) {
            return new IndexState(null, 0, 0);
        }
    }

    /**
     * The names queries look up. The nodes cannot read the store's entity tables: each search looks its names up
     * here and sends the answers with the query ({@link NameLookups}), so {@code person:}/{@code place:}/{@code org:}
     * filters and name variants match on Solr as in the embedded index.
     */
    @Override
    public void entityNames(EntityNames names) {
        this.entityNames = names == null ? EntityNames.NONE : names;
    }

    @Override
    public long documentsWithWord(String word) {
        java.util.Optional<String> term = ArticleIndexing.foldedTerm(word);
        if (term.isEmpty()) {
            return 0;
        }
        refresh();
        long n = 0;
        for (String field : ArticleIndexing.WORD_FIELDS) {
            n += query(new SolrQuery("{!term f=" + field + "}" + term.get()).setRows(0)).getResults().getNumFound();
        }
        return n;
    }

    /**
     * The collection's article counts of a stemmed term (both stemmed fields, live articles once each). Search
     * chooses the forms in each shard by that shard's counts; a saved search by the collection's, which on a
     * collection of several shards can differ where a pair is close to the rule's bound.
     */
    @Override
    public org.marsad.search.FormCounts formCounts() {
        return (stem, enough) -> {
            refresh();
            SolrQuery q = new SolrQuery("{!bool should=$t should=$b}").setRows(0);
            q.set("t", "{!term f=" + ArticleIndexing.TITLE + "}" + stem);
            q.set("b", "{!term f=" + ArticleIndexing.BODY + "}" + stem);
            return query(q).getResults().getNumFound();
        };
    }

    @Override
    public long count() {
        refresh();
        SolrQuery q = new SolrQuery("*:*").setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** One count of the collection, without sending what this process buffers: whether the nodes answer now. */
    @Override
    public void probe() {
        query(new SolrQuery("*:*").setRows(0));
    }

    @Override
    public SearchResults search(SearchRequest request, FacetSet asked) {
        // Parsed here first: a bad query fails with the embedded index's message, the snippets need the query, and
        // the entity names it looks up go to the nodes with it.
        NameLookups names = NameLookups.recording(entityNames);
        Query lucene = ArticleIndexing.query(request, names);
        refresh();
        int limit = Math.max(1, Math.min(request.limit(), 1000));
        int offset = Math.max(0, request.offset());
        SolrQuery q = marsadQuery(request, names).setStart(offset).setRows(limit).setFields(SNIPPET_FIELDS);
        // Each shard sends its top hits' stored fields with their ids, so the node that fans the query out needs no
        // third round to fetch them (after the term statistics and the top ids): one round trip to every shard fewer,
        // for a page of hits from each shard instead of one page in all (bench/FIGURES-SCALE.md, "Where the time goes").
        q.set("distrib.singlePass", true);
        // Only the facets the route shows: the day facet (every day with matches) was most of a search's CPU.
        if (!asked.none()) {
            q.setFacet(true).setFacetLimit(ArticleIndexing.FACET_VALUES).setFacetMinCount(1).setFacetSort("count");
            for (String f : ArticleIndexing.FACETS) {
                if (asked.counts(f) && !f.equals(ArticleIndexing.HOUR_FACET)) {
                    q.addFacetField(f);
                }
            }
            if (asked.counts(ArticleIndexing.DATE_FACET)) {
                everyValue(q, ArticleIndexing.DATE_FACET);
            }
        }
        QueryResponse r = query(q);
        List<Article> found = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            found.add(article(d));
        }
        List<ArticleIndexing.Snippet> snippets = ArticleIndexing.snippets(lucene, found);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            hits.add(hit(r.getResults().get(i), snippets.get(i).text(), snippets.get(i).spans()));
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String f : ArticleIndexing.FACETS) {
            if (!asked.counts(f)) {
                continue;
            }
            if (f.equals(ArticleIndexing.HOUR_FACET)) {
                facets.put(f, ArticleIndexing.hourly(facets.get(ArticleIndexing.DATE_FACET)) ? hours(request, names)
                        : List.of());
            } else {
                facets.put(f, counts(r.getFacetField(f)));
            }
        }
        return new SearchResults(r.getResults().getNumFound(), List.copyOf(hits), facets);
    }

    /** Asks for every value of the facet, in value order (days and hours: oldest first). */
    private static void everyValue(SolrQuery q, String facet) {
        q.set("f." + facet + ".facet.limit", -1);
        q.set("f." + facet + ".facet.sort", "index");
    }

    // A second request, made only for a short span of days: the hours of a whole archive would be a long list.
    private List<SearchResults.FacetCount> hours(SearchRequest request, NameLookups names) {
        SolrQuery q = marsadQuery(request, names).setRows(0);
        q.setFacet(true).setFacetMinCount(1).addFacetField(ArticleIndexing.HOUR_FACET);
        everyValue(q, ArticleIndexing.HOUR_FACET);
        return counts(query(q).getFacetField(ArticleIndexing.HOUR_FACET));
    }

    private static List<SearchResults.FacetCount> counts(FacetField ff) {
        List<SearchResults.FacetCount> values = new ArrayList<>();
        if (ff != null && ff.getValues() != null) {
            for (FacetField.Count c : ff.getValues()) {
                values.add(new SearchResults.FacetCount(c.getName(), c.getCount()));
            }
        }
        return List.copyOf(values);
    }

    @Override
    public List<String> matchingIds(SearchRequest request) {
        NameLookups names = NameLookups.recording(entityNames);
        ArticleIndexing.query(request, names);
        refresh();
        List<String> ids = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = marsadQuery(request, names).setRows(CURSOR_PAGE).setFields(ArticleIndexing.ID);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                ids.add(string(d, ArticleIndexing.ID));
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return ids;
            }
            cursor = next;
        }
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        refresh();
        long docs = query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
        // The embedded index's MoreLikeThis settings: words in a quarter of a large archive say nothing.
        String maxDf = docs < 1000 ? "" : " maxdf=" + docs / 4;
        SolrQuery q = new SolrQuery("{!mlt qf=" + String.join(",", ArticleIndexing.SIMILAR_FIELDS)
                + " mintf=1 mindf=1 minwl=2 maxqt=30" + maxDf + "}" + id)
                .setRows(Math.max(1, limit))
                .setFields(HIT_FIELDS);
        q.addSort("score", SolrQuery.ORDER.desc).addSort(ArticleIndexing.ID, SolrQuery.ORDER.asc);
        QueryResponse r;
        try {
            r = query(q);
        } catch (IndexException e) {
            if (!exists(id)) {
                return List.of();
            }
            throw e;
        }
        List<SearchHit> out = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            if (!id.equals(string(d, ArticleIndexing.ID))) {
                out.add(hit(d, ArticleIndexing.lead(string(d, ArticleIndexing.BODY)), List.of()));
            }
        }
        return out;
    }

    private boolean exists(String id) {
        SolrQuery q = new SolrQuery("{!term f=" + ArticleIndexing.ID + "}" + id).setRows(0);
        return query(q).getResults().getNumFound() > 0;
    }

    @Override
    public synchronized boolean writable() {
        return writer != null;
    }

    /** Always: any number of processes (workers, servers with their own data directories) may index a collection. */
    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public long retriedRequests() {
        return cluster.retriedRequests();
    }

    private void checkWritable() {
        if (writer == null) {
            throw new IllegalStateException("this view of collection " + collection + " is read-only");
        }
    }

    @Override
    public synchronized void close() {
        try {
            // Sent, not committed: Solr's update log keeps them and its auto commit makes them durable.
            flush();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                    writer = null;
                }
            } catch (Exception e) {
                // Releasing a file lock fails only when its channel is gone already: nothing is held any more.
            } finally {
                if (ownsCluster) {
                    cluster.close();
                }
            }
        }
    }

    // ---- requests

    private static SolrQuery marsadQuery(SearchRequest request, NameLookups names) {
        SolrQuery q = new SolrQuery("{!" + MarsadQParserPlugin.NAME + " v=$marsad.q}");
        q.set("marsad.q", request.query() == null ? "" : request.query());
        setIf(q, NameLookups.PARAM, names.encode());
        setIf(q, MarsadQParserPlugin.SOURCE, request.source());
        setIf(q, MarsadQParserPlugin.TAG, request.tag());
        setIf(q, MarsadQParserPlugin.FROM, request.from() == null ? null : request.from().toString());
        setIf(q, MarsadQParserPlugin.TO, request.to() == null ? null : request.to().toString());
        // The embedded orders, then the id: equal scores come out the same way on any number of shards.
        if (request.sort() == SearchRequest.Sort.DATE) {
            q.addSort(ArticleIndexing.PUBLISHED_SORT, SolrQuery.ORDER.desc);
        } else if (request.sort() == SearchRequest.Sort.OLDEST) {
            // The schema's sortMissingLast keeps the undated last in this order too, as the embedded index does.
            q.addSort(ArticleIndexing.PUBLISHED_SORT, SolrQuery.ORDER.asc);
        }
        q.addSort("score", SolrQuery.ORDER.desc).addSort(ArticleIndexing.ID, SolrQuery.ORDER.asc);
        return q;
    }

    private static void setIf(SolrQuery q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.set(name, value);
        }
    }

    private QueryResponse query(SolrQuery q) {
        try {
            return cluster.read(c -> c.query(collection, q, SolrRequest.METHOD.POST));
        } catch (org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException e) {
            throw new IndexException("search failed: " + SolrCluster.oneLine(e), e);
        }
    }

    private synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        UpdateRequest u = new UpdateRequest();
        u.add(new ArrayList<>(pending));
        update(u, "index " + pending.size() + " articles");
        pending.clear();
    }

    private void update(org.apache.solr.client.solrj.request.AbstractUpdateRequest u, String what) {
        NamedList<Object> r;
        try {
            r = cluster.withNode(c -> u.process(c, collection).getResponse());
        } catch (org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException e) {
            throw new IndexException("cannot " + what + ": " + SolrCluster.oneLine(e), e);
        }
        checkStatus(r, what);
    }

    private static void checkStatus(NamedList<Object> r, String what) {
        Object header = r == null ? null : r.get("responseHeader");
        if (header instanceof NamedList<?> h && h.get("status") instanceof Number n && n.intValue() != 0) {
            throw new IndexException("cannot " + what + ": Solr status " + n, null);
        }
    }

    private static SearchHit hit(SolrDocument d, String snippet, List<SearchHit.Span> spans) {
        Object score = d.getFieldValue("score");
        float s = score instanceof Number n ? n.floatValue() : 0f;
        return new SearchHit(string(d, ArticleIndexing.ID), string(d, ArticleIndexing.TITLE),
                string(d, ArticleIndexing.SOURCE), string(d, ArticleIndexing.PUBLISHED), string(d, ArticleIndexing.URL),
                snippet, spans, Float.isNaN(s) ? 0f : s);
    }

    // As much of the article as the collection stores: what its snippet needs.
    private static Article article(SolrDocument d) {
        List<String> tags = new ArrayList<>();
        java.util.Collection<Object> tagValues = d.getFieldValues("tag");
        if (tagValues != null) {
            tagValues.forEach(t -> tags.add(t.toString()));
        }
        String body = string(d, ArticleIndexing.BODY);
        return new Article(string(d, ArticleIndexing.ID), string(d, ArticleIndexing.URL),
                string(d, ArticleIndexing.TITLE), string(d, ArticleIndexing.PUBLISHED), null,
                string(d, ArticleIndexing.SOURCE), string(d, "author_text"), string(d, "lang"),
                body == null ? List.of() : List.of(body), tags, List.of(), null, null, null, 0, string(d, CATEGORY));
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

}
