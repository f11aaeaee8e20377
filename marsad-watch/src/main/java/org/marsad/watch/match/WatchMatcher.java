package org.marsad.watch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;
import org.marsad.model.Article;
import org.marsad.search.ArticleMatching;
import org.marsad.search.FormCounts;
import org.marsad.search.WordForms;

/**
 * Matches each new article against every registered watch query at once, the way a percolator does: Lucene's
 * monitor keeps the queries in an index of their terms, so an article is only checked against the queries that
 * share a term with it (or that have no term to filter on, such as a date bound alone), then each candidate query
 * runs for real on a one-document index of the article.
 *
 * <p>Exactness: the article becomes the same Lucene document the search index makes, analyzed by the same
 * analyzer, and each query is the very Lucene query search runs ({@link ArticleMatching}); the term filter only
 * skips queries that cannot match. So a watch matches an article exactly when searching its query finds it. That
 * includes the other forms search takes for a word (لمستودع for مستودع, a broken plural's other number), which search
 * chooses by the archive's counts: the matcher is given the archive's {@link FormCounts} and a watch's query takes the
 * forms they allow when it is registered. Those counts move only when an article holding the word or one of its
 * forms is stored, so before matching an article the matcher asks again about the words whose terms it holds (a few
 * count look-ups each) and compiles again the watches of a word whose forms changed. The article is matched against
 * the archive it is already in, as search finds it once stored. A word none of whose terms the article holds cannot
 * match it through any form, so its forms need no asking then.
 *
 * <p>Thread safety: registering, removing and matching may run concurrently.
 */
public final class WatchMatcher implements AutoCloseable {
    private final Monitor monitor;
    private final org.marsad.search.EntityNames names;
    private final FormCounts counts;
    // each registered watch's query text and the Lucene query it was given, to compile again when counts move
    private final Map<Long, Registered> registered = new HashMap<>();
    // the words of the registered queries that may take other forms, and which of them read each stemmed term
    private final Map<String, Word> words = new HashMap<>();
    private final Map<String, Set<String>> wordsByStem = new HashMap<>();

    private record Registered(String text, Query query, List<String> words) {
    }

    /** A query word, the forms it takes now, and the watches whose queries write it. */
    private static final class Word {
        final WordForms forms;
        List<String> taken;
        final Set<Long> watches = new HashSet<>();

        Word(WordForms forms, List<String> taken) {
            this.forms = forms;
            this.taken = taken;
        }
    }

    /**
     * A matcher without entity names ({@code person:} filters match the spellings articles carry) and without the
     * archive's counts (a word takes no other forms).
     */
    public WatchMatcher() {
        this(org.marsad.search.EntityNames.NONE, FormCounts.NONE);
    }

    /**
     * A matcher whose queries look entity filters and name variants up in {@code names}, and choose a word's other
     * forms by {@code counts}, as search does (see {@link org.marsad.store.Archive#entityNames},
     * {@link org.marsad.search.SearchIndex#formCounts()}); both are read when a watch is registered.
     */
    public WatchMatcher(org.marsad.search.EntityNames names, FormCounts counts) {
        this.names = names;
        this.counts = counts;
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
        registerAll(Map.of(watchId, query));
    }

    /**
     * Registers many watches at once (one update of the monitor's query index instead of one per watch: what makes
     * loading thousands of watches take seconds rather than minutes).
     *
     * @throws org.marsad.search.QuerySyntaxException when a query does not parse (nothing is registered)
     */
    public synchronized void registerAll(Map<Long, String> queries) {
        Map<Long, Registered> compiled = new LinkedHashMap<>();
        Map<Long, List<WordForms>> forms = new HashMap<>();
        queries.forEach((id, query) -> {
            Query q = ArticleMatching.query(query, names, counts);
            List<WordForms> w = counts == FormCounts.NONE ? List.of() : WordForms.of(query);
            forms.put(id, w);
            compiled.put(id, new Registered(query, q, w.stream().map(WordForms::word).toList()));
        });
        for (Long id : compiled.keySet()) {
            forget(id);
        }
        put(compiled);
        forms.forEach((id, w) -> {
            for (WordForms f : w) {
                words.computeIfAbsent(f.word(), k -> {
                    for (String stem : f.stems()) {
                        wordsByStem.computeIfAbsent(stem, x -> new HashSet<>()).add(k);
                    }
                    return new Word(f, f.taken(counts));
                }).watches.add(id);
            }
        });
    }

    private void put(Map<Long, Registered> compiled) {
        List<MonitorQuery> all = new ArrayList<>(compiled.size());
        compiled.forEach((id, r) -> all.add(new MonitorQuery(Long.toString(id), r.query(), r.text(), Map.of())));
        try {
            monitor.register(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registered.putAll(compiled);
    }

    /** Drops a watch from the words it wrote. */
    private void forget(long id) {
        Registered r = registered.remove(id);
        if (r == null) {
            return;
        }
        for (String w : r.words()) {
            Word word = words.get(w);
            if (word != null && word.watches.remove(id) && word.watches.isEmpty()) {
                words.remove(w);
                for (String stem : word.forms.stems()) {
                    Set<String> of = wordsByStem.get(stem);
                    if (of != null && of.remove(w) && of.isEmpty()) {
                        wordsByStem.remove(stem);
                    }
                }
            }
        }
    }

    /** Asks again about {@code asked} (words), compiles the watches of those whose forms changed; how many. */
    private int recompile(Set<String> asked) {
        // one view of the archive for every question about this article
        return counts.within(now -> {
            Set<Long> changed = new HashSet<>();
            for (String w : asked) {
                Word word = words.get(w);
                List<String> taken = word.forms.taken(now);
                if (!taken.equals(word.taken)) {
                    word.taken = taken;
                    changed.addAll(word.watches);
                }
            }
            Map<Long, Registered> again = new LinkedHashMap<>();
            for (long id : changed) {
                Registered r = registered.get(id);
                again.put(id, new Registered(r.text(), ArticleMatching.query(r.text(), names, now), r.words()));
            }
            if (!again.isEmpty()) {
                put(again);
            }
            return again.size();
        });
    }

    /** Forgets a watch. */
    public synchronized void remove(long watchId) {
        try {
            monitor.deleteById(Long.toString(watchId));
            forget(watchId);
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

    /**
     * The ids of the watches whose query finds this article, in the archive as the counts see it (the article
     * stored in it, as the running service matches).
     */
    public synchronized Set<Long> match(Article article) {
        if (!wordsByStem.isEmpty()) {
            Set<String> asked = new HashSet<>();
            for (String stem : ArticleMatching.stemsAmong(article, wordsByStem.keySet())) {
                asked.addAll(wordsByStem.get(stem));
            }
            if (!asked.isEmpty()) {
                recompile(asked);
            }
        }
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
