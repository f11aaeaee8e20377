package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
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
    /**
     * The version of what every index shares (analysis, fields, ranking); an index elsewhere built with another one
     * is rebuilt. The embedded index has its own, {@link LuceneIndex#ANALYSIS_VERSION}, which is bumped with this one
     * and also alone when only its layout changes (8: the hit record's body as UTF-16), so that a SolrCloud
     * collection is not sent again for a change it does not have. Bump both when the analysis changes.
     */
    public static final int ANALYSIS_VERSION = 7;

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
            ArticleDocuments.FACET_MONTH, ArticleDocuments.FACET_PERSON, ArticleDocuments.FACET_PLACE,
            ArticleDocuments.FACET_ORG, ArticleDocuments.FACET_DATE, ArticleDocuments.FACET_HOUR);
    /**
     * The facets whose every value is returned, oldest first (not the most frequent ten): the publication days, and
     * the hours when the matches' days span at most {@link #HOURLY_DAYS} days.
     */
    public static final String DATE_FACET = ArticleDocuments.FACET_DATE;
    public static final String HOUR_FACET = ArticleDocuments.FACET_HOUR;
    /** The longest span of matched days, first to last, for which the hour facet is counted. */
    public static final int HOURLY_DAYS = 3;
    /** The fields {@link SearchIndex#documentsWithWord} counts in. */
    public static final List<String> WORD_FIELDS = List.of(ArticleDocuments.BODY_EXACT, ArticleDocuments.TITLE_EXACT);
    /** How many values of each facet a search returns. */
    public static final int FACET_VALUES = 10;
    /** The fields similar-article queries compare. */
    public static final List<String> SIMILAR_FIELDS = List.of(ArticleDocuments.TITLE_STEM, ArticleDocuments.BODY_STEM);

    private ArticleIndexing() {
    }

    /**
     * The values of each field of an article's document, named as in {@link ArticleDocuments} (facet values under
     * their dimension: {@code source}, {@code tag}, {@code month}, {@code person}, {@code place}, {@code org}), for an
     * index that takes documents as field values. Read off the embedded index's own document, so that both always
     * hold the same fields.
     */
    public static Map<String, List<Object>> fields(Article a) {
        Map<String, List<Object>> f = new LinkedHashMap<>();
        Document d = ArticleDocuments.fields(a);
        java.util.Set<String> dims = new java.util.HashSet<>();
        for (IndexableField field : d) {
            if (field instanceof SortedSetDocValuesFacetField facet) {
                dims.add(facet.dim);
            }
        }
        for (IndexableField field : d) {
            if (field instanceof SortedSetDocValuesFacetField facet) {
                add(f, facet.dim, facet.label);
            } else if (dims.contains(field.name())) {
                // A stored field named like a facet (source): one value, the facet's (stripped) one.
                continue;
            } else if (field instanceof org.apache.lucene.document.DoublePoint p) {
                // Figures: fractions and the one-ulp shifts of "more than" must survive (not longValue()).
                add(f, field.name(), p.numericValue().doubleValue());
            } else if (field instanceof LongPoint p) {
                add(f, field.name(), LongPoint.decodeDimension(p.binaryValue().bytes, p.binaryValue().offset));
            } else if (field.numericValue() != null) {
                add(f, field.name(), field.numericValue().longValue());
            } else if (field.stringValue() != null) {
                add(f, field.name(), field.stringValue());
            }
        }
        return f;
    }

    private static void add(Map<String, List<Object>> f, String name, Object value) {
        f.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    /**
     * The Lucene query of a request (its text and filters) with entity filters and name variants from
     * {@code names}, as the embedded index runs it.
     *
     * @throws QuerySyntaxException when the query does not parse or is too large
     */
    public static Query query(SearchRequest request, EntityNames names) {
        return LuceneQueries.of(request, names);
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
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.indexAnalyzer()))) {
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
                Object[] found = LuceneIndex.bodySnippets(
                        LuceneIndex.highlighter(new IndexSearcher(reader), ArticleDocuments.analyzer()), query, ids);
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

    /** A word as the folded (not stemmed) fields index it: its single term, or empty when it makes none or several. */
    public static java.util.Optional<String> foldedTerm(String word) {
        List<String> terms = LuceneQueries.terms(ArticleDocuments.EXACT, word);
        return terms.size() == 1 ? java.util.Optional.of(terms.get(0)) : java.util.Optional.empty();
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

    /**
     * Whether the hour facet is counted for these day facet values (oldest first): when they span at most
     * {@link #HOURLY_DAYS} days. A longer span would return an hour per hour of the archive.
     */
    public static boolean hourly(List<SearchResults.FacetCount> days) {
        if (days.isEmpty()) {
            return false;
        }
        try {
            java.time.LocalDate first = java.time.LocalDate.parse(days.get(0).value());
            java.time.LocalDate last = java.time.LocalDate.parse(days.get(days.size() - 1).value());
            return java.time.temporal.ChronoUnit.DAYS.between(first, last) < HOURLY_DAYS;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A snippet: plain text and its highlighted ranges. */
    public record Snippet(String text, List<SearchHit.Span> spans) {
    }
}
