package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.marsad.model.Article;

/**
 * What matching one article at a time (saved searches, see marsad-watch) needs so that a saved query finds exactly
 * what the same query finds in search: the index's analyzer, the index's document for an article and the search's
 * Lucene query for a query text. Nothing here is a second implementation; every method hands out the one search
 * uses.
 */
public final class ArticleMatching {
    // Facets only count; they never decide a match. The index's builder is still used so the fields are the same.
    private static final FacetsConfig FACETS = ArticleDocuments.facetsConfig();

    private ArticleMatching() {
    }

    /** The analyzer of every indexed field (stemmed for the {@code *_stem} fields, folded for the rest). */
    public static Analyzer analyzer() {
        return ArticleDocuments.analyzer();
    }

    /** The Lucene document the index makes of an article. */
    public static Document document(Article article) {
        try {
            return ArticleDocuments.toDocument(article, FACETS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Those of {@code wanted} (stemmed terms) that the article's title or body holds: which counts its storing moved
     * (see {@link WordForms#stems()}).
     */
    public static Set<String> stemsAmong(Article article, Set<String> wanted) {
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        List<String> texts = new ArrayList<>();
        texts.add(article.title() == null ? "" : article.title());
        if (article.body() != null) {
            texts.addAll(article.body());
        }
        for (String text : texts) {
            try (TokenStream ts = ArticleDocuments.STEMMED.tokenStream("", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String t = term.toString();
                    if (wanted.contains(t)) {
                        found.add(t);
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /**
     * The Lucene query search runs for a query text (no other filters), less the other forms of its words that
     * search chooses by the archive's counts ({@code OtherForms}): for checking that a query parses.
     *
     * @throws QuerySyntaxException when the query does not parse; its message is one line
     */
    public static Query query(String query) {
        return LuceneQueries.ofOneArticle(SearchRequest.of(query), EntityNames.NONE, FormCounts.NONE);
    }

    /**
     * The Lucene query search runs for a query text, with the archive's entity names (see
     * {@link org.marsad.store.Archive#entityNames}) and the other forms of its words that search takes, chosen now
     * by the archive's {@code counts} ({@link SearchIndex#formCounts()}): the query search's own rewrites to
     * against the archive as it is. Counts change as the archive grows: compile it again to follow them.
     *
     * @throws QuerySyntaxException when the query does not parse; its message is one line
     */
    public static Query query(String query, EntityNames names, FormCounts counts) {
        return LuceneQueries.ofOneArticle(SearchRequest.of(query), names, counts);
    }
}
