package org.marsad.watch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.marsad.model.Article;
import org.marsad.search.ArticleMatching;

/**
 * Matches each new article against every registered watch query at once, the way a percolator does: Lucene's
 * monitor keeps the queries in an index of their terms, so an article is only checked against the queries that
 * share a term with it (or that have no term to filter on, such as a date bound alone), then each candidate query
 * runs for real on a one-document index of the article.
 *
 * <p>Exactness: the article becomes the same Lucene document the search index makes, analyzed by the same
 * analyzer, and each query is the very Lucene query search runs ({@link ArticleMatching}); the term filter only
 * skips queries that cannot match. So a watch matches an article exactly when searching its query finds it.
 *
 * <p>Thread safety: registering, removing and matching may run concurrently.
 */
public final class WatchMatcher implements AutoCloseable {
    private final Monitor monitor;
    private final org.marsad.search.EntityNames names;

    /** A matcher without entity names ({@code person:} filters match the spellings articles carry). */
    public WatchMatcher() {
        this(org.marsad.search.EntityNames.NONE);
    }

    /**
     * A matcher whose queries look entity filters and name variants up in {@code names}, as search does (see
     * {@link org.marsad.store.Archive#entityNames}); the lookup happens when a watch is registered.
     */
    public WatchMatcher(org.marsad.search.EntityNames names) {
        this.names = names;
        try {
            monitor = new Monitor(ArticleMatching.analyzer(), new TermFilteredPresearcher());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Lucene query of a watch query, as search makes it.
     *
     * @throws org.marsad.search.QuerySyntaxException when it does not parse
     */
    public static Query compile(String query) {
        return ArticleMatching.query(query);
    }

    /**
     * Registers a watch, replacing what was registered under its id.
     *
     * @throws org.marsad.search.QuerySyntaxException when the query does not parse (nothing is registered)
     */
    public void register(long watchId, String query) {
        Query q = ArticleMatching.query(query, names);
        try {
            monitor.register(new MonitorQuery(Long.toString(watchId), q, query, java.util.Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Registers many watches at once (one update of the monitor's query index instead of one per watch: what makes
     * loading thousands of watches take seconds rather than minutes).
     *
     * @throws org.marsad.search.QuerySyntaxException when a query does not parse (nothing is registered)
     */
    public void registerAll(java.util.Map<Long, String> queries) {
        List<MonitorQuery> all = new java.util.ArrayList<>(queries.size());
        queries.forEach((id, query) -> all.add(new MonitorQuery(Long.toString(id), ArticleMatching.query(query, names),
                query,
                java.util.Map.of())));
        try {
            monitor.register(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets a watch. */
    public void remove(long watchId) {
        try {
            monitor.deleteById(Long.toString(watchId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of registered watches. */
    public int size() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the watches whose query finds this article. */
    public Set<Long> match(Article article) {
        Document doc = ArticleMatching.document(article);
        try {
            MatchingQueries<QueryMatch> m = monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
            Set<Long> ids = new HashSet<>();
            for (QueryMatch qm : m.getMatches()) {
                ids.add(Long.parseLong(qm.getQueryId()));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matching watches of each article of a batch, in the batch's order (one pass per article). */
    public List<Set<Long>> matchAll(List<Article> articles) {
        return articles.stream().map(this::match).toList();
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
