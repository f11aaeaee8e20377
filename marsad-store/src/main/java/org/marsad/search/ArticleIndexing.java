package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.marsad.model.Article;

/**
 * What every {@link SearchIndex} implementation shares with the embedded one, so that an index elsewhere (SolrCloud)
 * matches, ranks and shows results the same way: the field values of an article, the Lucene query of a request, and
 * the snippet of a hit.
 */
public final class ArticleIndexing {
    /** The analysis and document layout version; an index built with another one is rebuilt. */
    public static final int ANALYSIS_VERSION = ArticleDocuments.ANALYSIS_VERSION;

    /** The field holding an article's id. */
    public static final String ID = ArticleDocuments.ID;
    /** The stored fields a hit is made of. */
    public static final String TITLE = ArticleDocuments.TITLE_STEM;
    public static final String BODY = ArticleDocuments.BODY_STEM;
    public static final String SOURCE = ArticleDocuments.SOURCE;
    public static final String PUBLISHED = ArticleDocuments.PUBLISHED;
    public static final String URL = ArticleDocuments.URL;
    /** The field dates sort on (seconds since the epoch; absent when the date is unknown). */
    public static final String PUBLISHED_SORT = ArticleDocuments.PUBLISHED_SORT;
    /** The facet fields, in the order results list them. */
    public static final List<String> FACETS = List.of(ArticleDocuments.FACET_SOURCE, ArticleDocuments.FACET_TAG,
            ArticleDocuments.FACET_MONTH);
    /** How many values of each facet a search returns. */
    public static final int FACET_VALUES = 10;
    /** The fields similar-article queries compare. */
    public static final List<String> SIMILAR_FIELDS = List.of(ArticleDocuments.TITLE_STEM, ArticleDocuments.BODY_STEM);

    private ArticleIndexing() {
    }

    /**
     * The values of each field of an article's document, named as in {@link ArticleDocuments} (facet values under
     * {@code source}, {@code tag} and {@code month}), for an index that takes documents as field values.
     */
    public static Map<String, List<Object>> fields(Article a) {
        Map<String, List<Object>> f = new LinkedHashMap<>();
        add(f, ArticleDocuments.ID, a.id());
        if (a.url() != null) {
            add(f, ArticleDocuments.URL, a.url());
        }
        String title = a.title() == null ? "" : a.title();
        add(f, ArticleDocuments.TITLE_STEM, title);
        add(f, ArticleDocuments.TITLE_EXACT, title);
        String body = a.bodyText();
        add(f, ArticleDocuments.BODY_STEM, body);
        add(f, ArticleDocuments.BODY_EXACT, body);
        if (notBlank(a.source())) {
            // One stored and faceted value: the embedded index stores the name as given and facets it stripped.
            add(f, ArticleDocuments.SOURCE, a.source().strip());
            add(f, ArticleDocuments.SOURCE_KEY, ArticleDocuments.key(a.source()));
            add(f, ArticleDocuments.SOURCE_TEXT, a.source());
        }
        for (String tag : a.tags()) {
            if (notBlank(tag)) {
                add(f, ArticleDocuments.TAG_KEY, ArticleDocuments.key(tag));
                add(f, ArticleDocuments.TAG_TEXT, tag);
                add(f, ArticleDocuments.FACET_TAG, tag.strip());
            }
        }
        if (notBlank(a.category())) {
            for (String k : ArticleDocuments.categoryKeys(a.category())) {
                add(f, ArticleDocuments.CATEGORY_KEY, k);
            }
        }
        if (notBlank(a.author())) {
            add(f, ArticleDocuments.AUTHOR_TEXT, a.author());
        }
        if (notBlank(a.language())) {
            add(f, ArticleDocuments.LANG, a.language().strip().toLowerCase(Locale.ROOT));
        }
        if (a.published() != null) {
            LocalDate day = a.publishedDay().orElseThrow();
            add(f, ArticleDocuments.PUBLISHED, a.published());
            add(f, ArticleDocuments.DAY, day.toEpochDay());
            add(f, ArticleDocuments.PUBLISHED_SORT, ArticleDocuments.epochSecond(a.published()));
            add(f, ArticleDocuments.FACET_MONTH, day.toString().substring(0, 7));
        }
        return f;
    }

    private static void add(Map<String, List<Object>> f, String name, Object value) {
        f.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * The Lucene query of a request (its text and filters), as the embedded index runs it.
     *
     * @throws QuerySyntaxException when the query does not parse or is too large
     */
    public static Query query(SearchRequest request) {
        return LuceneQueries.of(request);
    }

    /**
     * The snippets of a page of hits, as the embedded index makes them: up to two passages of each body around the
     * query's matches, with the matched ranges; the body's lead when nothing matches in it. The hits are indexed
     * again in memory (with the fields an article gives, so that the query matches them as in the index) and
     * highlighted by the same code.
     *
     * @param hits the hits' articles, as much of each as the index stores (id, title, body, source, tags, category,
     *             author, language, published date)
     */
    public static List<Snippet> snippets(Query query, List<Article> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        FacetsConfig facets = ArticleDocuments.facetsConfig();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.analyzer()))) {
                for (Article a : hits) {
                    w.addDocument(ArticleDocuments.toDocument(a, facets));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                // One segment, documents in the order added.
                int[] ids = new int[hits.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = i;
                }
                Object[] found = LuceneIndex.bodySnippets(new IndexSearcher(reader), ArticleDocuments.analyzer(),
                        query, ids);
                List<Snippet> out = new ArrayList<>(ids.length);
                for (int i = 0; i < ids.length; i++) {
                    out.add(found[i] instanceof Snippets.Snippet s ? new Snippet(s.text(), s.spans())
                            : new Snippet(lead(hits.get(i).bodyText()), List.of()));
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a body, one line, cut at a word, as hits show it when no passage matched. */
    public static String lead(String text) {
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

    /** A snippet: plain text and its highlighted ranges. */
    public record Snippet(String text, List<SearchHit.Span> spans) {
    }
}
