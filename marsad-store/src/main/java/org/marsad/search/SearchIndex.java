package org.marsad.search;

import java.util.List;
import org.marsad.model.Article;

/**
 * A full-text index of articles, derived from the store and rebuildable from it at any time. Implementations:
 * {@link LuceneIndex} (embedded, on local disk) and {@code SolrIndex} (marsad-solr, a SolrCloud collection).
 *
 * <p>Writes are buffered until {@link #commit}, which makes them durable together with the store sequence number
 * they reflect, so that after a crash the owner can re-add exactly the articles the index is missing.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the article, or replaces the indexed one with the same id. Visible to searches at once. */
    void put(Article article);

    /** Removes the article with this id, if indexed. Visible to searches after the next refresh. */
    void delete(String id);

    /**
     * Sends what this process still buffers to the index itself, so that the writes outlive this process and other
     * writers of a {@link #shared} index may count on them (not a commit: Solr's update log keeps what it was sent).
     * Nothing to do for an in-process index.
     */
    default void send() {
    }

    /**
     * Opens a new view for searches now, so that every put so far is found without waiting for a search to
     * notice the change (near-real-time: no commit needed).
     */
    void refresh();

    /**
     * While held, searches keep reading the index as it was when the hold began, whatever is written or committed
     * meanwhile, so that a rebuild in progress is never shown half done; releasing shows the index as it is now.
     *
     * @return whether this index can hold its searches (false by default: the caller must not serve them then)
     */
    default boolean holdSearches(boolean hold) {
        return false;
    }

    /** Removes every article (for a rebuild). */
    void clear();

    /**
     * Rewrites what was put into as few parts as the index can search, waiting until it is done (after a rebuild
     * wrote all of it) or {@link #stopCompacting} is called; the next {@link #commit} makes it durable. Nothing by default (an index without parts).
     */
    default void compact() {
    }

    /**
     * How many parts searches read now, each searched apart (a search pays each its set-up); -1 when the index cannot
     * tell (by default, and a shared collection).
     */
    default int segments() {
        return -1;
    }

    /**
     * The process stops: a {@link #compact} under way, or begun after, returns without waiting for its merge, which
     * runs on until {@link #close} drops it. What was put and committed is kept; the index stays in its parts.
     */
    default void stopCompacting() {
    }

    /**
     * Makes every put durable and records that the index now reflects the store up to {@code storeSeq}, of the
     * store identified by {@code storeId}.
     */
    void commit(String storeId, long storeSeq);

    /** What the last commit recorded. */
    IndexState state();

    /**
     * The analysis and layout version this code writes into this kind of index: one whose {@link #state} records
     * another is rebuilt. By default what every index shares ({@link ArticleIndexing#ANALYSIS_VERSION}).
     */
    default int analysisVersion() {
        return ArticleIndexing.ANALYSIS_VERSION;
    }

    /**
     * A number that changes whenever what searches see changes (a refresh that brought changes, a rebuild), for
     * validators computed before searching; -1 when this index cannot tell (the default: a shared collection).
     */
    default long readerVersion() {
        return -1;
    }

    /** The entity names queries look up ({@code person:} filters, name variants); {@link EntityNames#NONE} by default. */
    void entityNames(EntityNames names);

    /** How many articles hold the word as written (folded, not stemmed) in their title or body (an estimate). */
    long documentsWithWord(String word);

    /**
     * The counts by which search chooses the other forms of a query word ({@code OtherForms}), read from what
     * searches see at the time of each call: saved searches take the same forms with them. {@link FormCounts#NONE}
     * (no other forms) by default.
     */
    default FormCounts formCounts() {
        return FormCounts.NONE;
    }

    /** Number of indexed articles. */
    long count();

    /**
     * A cheap read that fails with {@link IndexUnavailable} when the index cannot answer now: what an
     * {@link IndexBreaker} tries in the background. By default {@link #count}.
     */
    default void probe() {
        count();
    }

    /**
     * Runs a search. The order ends with the article id, ascending, in every implementation: by relevance, score
     * then id; by date, newest first (undated last), then score, then id. So equal scores and equal times come out
     * in one order, whichever index and however its segments or shards lie, and pages neither overlap nor skip.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    default SearchResults search(SearchRequest request) {
        return search(request, FacetSet.ALL);
    }

    /**
     * Runs a search counting only the facets a route shows ({@link FacetSet}); the facets not asked for are absent
     * from the results. Hits and total are those of {@link #search(SearchRequest)}.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    SearchResults search(SearchRequest request, FacetSet facets);

    /** The ids of every article matching the request (its limit and offset ignored), in its sort order. */
    List<String> matchingIds(SearchRequest request);

    /**
     * Those of {@code ids} that match the request, in its sort order: {@link #matchingIds} with only these ids kept.
     * The search page asks it for the versions of a report that rank off the page, a handful of ids; an index that
     * can restrict a search to them answers without listing every match.
     */
    default List<String> matchingAmong(SearchRequest request, java.util.Collection<String> ids) {
        java.util.Set<String> wanted = java.util.Set.copyOf(ids);
        return matchingIds(request).stream().filter(wanted::contains).toList();
    }

    /** Articles most like the one with this id (not itself), best first; empty when the id is not indexed. */
    List<SearchHit> similar(String id, int limit);

    /** Whether this index can be written (false when another process holds it). */
    boolean writable();

    /**
     * Whether other processes may write this index at the same time as this one (a SolrCloud collection that
     * several {@code marsad worker}s index into; false for the embedded index, which one process owns). An archive
     * on a shared index never clears it because its count differs from the store's (another writer may be between
     * storing and indexing), and serializes enrichment with the other writers through the store.
     */
    default boolean shared() {
        return false;
    }

    /**
     * Whether {@link #put} and {@link #delete} may be called from several threads at once, each analysing its own
     * document (Lucene's writer: a document is analysed on the thread that adds it), so that a writer can index a
     * batch on worker threads. Writes of different articles only; one article's writes stay in order on one thread.
     */
    default boolean concurrentWrites() {
        return false;
    }

    /**
     * Since when this index has been found unreachable (a shared index's nodes all down or hung); empty while it
     * answers, and always for an index that cannot be unreachable. {@link IndexBreaker} knows.
     */
    default java.util.Optional<java.time.Instant> unreachableSince() {
        return java.util.Optional.empty();
    }

    /** How many requests this process has sent again after a node could not pass them on to a peer (0 by default). */
    default long retriedRequests() {
        return 0;
    }

    @Override
    void close();

    /**
     * The recorded state of an index.
     *
     * @param storeId         the store the index was built from, or null for a new index
     * @param storeSeq        the store sequence number the index reflects
     * @param analysisVersion the version of the analysis it was built with; a different one means rebuild
     */
    record IndexState(String storeId, long storeSeq, int analysisVersion) {
    }
}
