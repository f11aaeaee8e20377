package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/** Facet labels kept per reader give every search the counts and labels Lucene's own state gives it. */
class FacetOrdinalsTest {
    private static final String[] SOURCES = {"الجزيرة", "العربية", "هسبريس", "الشرق", "بي بي سي", "اليوم السابع"};
    private static final String[] TAGS = {"سياسة", "اقتصاد", "رياضة", "صحة", "ثقافة", "طقس", "تعليم", "علوم"};

    /**
     * Over several segments with deleted articles, every search gets Lucene's own top values (counts, ties in label
     * order, labels) and all of its values both from the kept labels and from counting only the matches' values,
     * sparse or dense.
     */
    @Test
    void keptLabelsAndMatchedCountsCountAsLucenesOwnStateForAnySearch() throws Exception {
        Random rnd = new Random(20261205L);
        FacetsConfig config = ArticleDocuments.facetsConfig();
        try (ByteBuffersDirectory dir = randomArchive(rnd, config); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            assertThat(reader.numDeletedDocs()).isPositive();
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState lucenes = new DefaultSortedSetDocValuesReaderState(reader, config);
            // one state for every search, as the index keeps one per reader
            FacetOrdinals kept = new FacetOrdinals(reader, config);
            int compared = 0;
            for (int q = 0; q < 300; q++) {
                FacetsCollector matches = searcher.search(randomQuery(rnd), new FacetsCollectorManager());
                SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(lucenes, matches);
                SortedSetDocValuesFacetCounts keptCounts = new SortedSetDocValuesFacetCounts(kept, matches);
                int n = 1 + rnd.nextInt(12);
                List<MatchedFacetCounts> matched = List.of(MatchedFacetCounts.of(kept, matches, true),
                        MatchedFacetCounts.of(kept, matches, false), MatchedFacetCounts.of(kept, matches));
                for (String dim : ArticleIndexing.FACETS) {
                    boolean indexed = lucenes.getOrdRange(dim) != null;
                    FacetResult top = indexed ? expected.getTopChildren(n, dim) : null;
                    FacetResult all = indexed ? expected.getAllChildren(dim) : null;
                    if (indexed) {
                        assertSame(top, keptCounts.getTopChildren(n, dim));
                        assertSame(all, keptCounts.getAllChildren(dim));
                    }
                    for (MatchedFacetCounts m : matched) {
                        assertThat(m.top(n, dim)).isEqualTo(counts(top));
                        assertThat(m.all(dim)).isEqualTo(counts(all));
                    }
                    compared += top == null ? 0 : 1;
                }
            }
            assertThat(compared).isGreaterThan(1_000);
        }
    }

    /**
     * A searcher that hands its slices of segments, and the facet counts of each segment, to helper threads
     * ({@link SpareCores}) answers every search as one thread does: the same best hits in the same order with the
     * same scores, the same total, and Lucene's own facet counts and labels.
     */
    @Test
    void searchesWhosePartsRunOnHelpersAnswerAsOneThread() throws Exception {
        Random rnd = new Random(20261207L);
        FacetsConfig config = ArticleDocuments.facetsConfig();
        try (ByteBuffersDirectory dir = randomArchive(rnd, config); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher alone = new IndexSearcher(reader);
            // a slice per segment, so that the helpers get parts to take even from this small index
            IndexSearcher helped = new IndexSearcher(reader, SpareCores.create(3)) {
                @Override
                protected LeafSlice[] slices(List<org.apache.lucene.index.LeafReaderContext> leaves) {
                    return slices(leaves, 1, 1);
                }
            };
            assertThat(helped.getSlices()).hasSizeGreaterThan(2);
            SortedSetDocValuesReaderState lucenes = new DefaultSortedSetDocValuesReaderState(reader, config);
            FacetOrdinals kept = new FacetOrdinals(reader, config);
            org.apache.lucene.search.Sort relevance = new org.apache.lucene.search.Sort(
                    org.apache.lucene.search.SortField.FIELD_SCORE,
                    new org.apache.lucene.search.SortField(ArticleDocuments.ID,
                            org.apache.lucene.search.SortField.Type.STRING));
            for (int q = 0; q < 200; q++) {
                Query query = randomQuery(rnd);
                int size = 1 + rnd.nextInt(40);
                Object[] one = alone.search(query, new org.apache.lucene.search.MultiCollectorManager(
                        new FacetsCollectorManager(), new RelevanceTop(relevance, ArticleDocuments.ID, size)));
                Object[] two = helped.search(query, new org.apache.lucene.search.MultiCollectorManager(
                        new FacetsCollectorManager(), new RelevanceTop(relevance, ArticleDocuments.ID, size)));
                org.apache.lucene.search.TopDocs a = (org.apache.lucene.search.TopDocs) one[1];
                org.apache.lucene.search.TopDocs b = (org.apache.lucene.search.TopDocs) two[1];
                assertThat(b.totalHits).isEqualTo(a.totalHits);
                assertThat(b.scoreDocs).hasSameSizeAs(a.scoreDocs);
                for (int i = 0; i < a.scoreDocs.length; i++) {
                    assertThat(b.scoreDocs[i].doc).isEqualTo(a.scoreDocs[i].doc);
                    assertThat(((org.apache.lucene.search.FieldDoc) b.scoreDocs[i]).fields)
                            .isEqualTo(((org.apache.lucene.search.FieldDoc) a.scoreDocs[i]).fields);
                }
                SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(lucenes,
                        (FacetsCollector) one[0]);
                MatchedFacetCounts counted = MatchedFacetCounts.of(kept, (FacetsCollector) two[0],
                        helped.getTaskExecutor());
                int n = 1 + rnd.nextInt(12);
                for (String dim : ArticleIndexing.FACETS) {
                    boolean indexed = lucenes.getOrdRange(dim) != null;
                    assertThat(counted.top(n, dim)).isEqualTo(counts(indexed ? expected.getTopChildren(n, dim) : null));
                    assertThat(counted.all(dim)).isEqualTo(counts(indexed ? expected.getAllChildren(dim) : null));
                }
            }
        }
    }

    private static List<SearchResults.FacetCount> counts(FacetResult r) {
        List<SearchResults.FacetCount> out = new ArrayList<>();
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                out.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return out;
    }

    /**
     * 600 random articles in several segments, never merged (their ordinals meet in an ordinal map, as in a growing
     * archive), with a few deleted and some re-indexed.
     */
    private static ByteBuffersDirectory randomArchive(Random rnd, FacetsConfig config) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.indexAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 600; i++) {
                List<String> tags = new ArrayList<>();
                for (int t = rnd.nextInt(4); t > 0; t--) {
                    tags.add(TAGS[rnd.nextInt(TAGS.length)]);
                }
                String published = String.format("2024-%02d-%02dT%02d:%02d:00Z", 1 + rnd.nextInt(3),
                        1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60));
                // now and then an earlier article again, whose first version is deleted
                String id = "a" + (i > 0 && rnd.nextInt(10) == 0 ? rnd.nextInt(i) : i);
                Article a = Article.builder().id(id).url("https://example.org/" + i).title("خبر " + i)
                        .body(List.of("نص الخبر " + i)).source(SOURCES[rnd.nextInt(SOURCES.length)])
                        .published(published).tags(tags).language("ar").build();
                w.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(a, config));
                if (rnd.nextInt(25) == 0) {
                    w.deleteDocuments(new Term(ArticleDocuments.ID, "a" + rnd.nextInt(i + 1)));
                }
                if (i % 97 == 96) {
                    w.commit();
                }
            }
        }
        return dir;
    }

    private static void assertSame(FacetResult expected, FacetResult actual) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual).isNotNull();
        assertThat(actual.labelValues).containsExactly(expected.labelValues);
        assertThat(actual.childCount).isEqualTo(expected.childCount);
    }

    private static Query randomQuery(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new MatchAllDocsQuery();
            case 1 -> new TermQuery(new Term(ArticleDocuments.SOURCE_KEY,
                    ArticleDocuments.key(SOURCES[rnd.nextInt(SOURCES.length)])));
            default -> new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArticleDocuments.TAG_KEY,
                            ArticleDocuments.key(TAGS[rnd.nextInt(TAGS.length)]))), Occur.SHOULD)
                    .add(new TermQuery(new Term(ArticleDocuments.TAG_KEY,
                            ArticleDocuments.key(TAGS[rnd.nextInt(TAGS.length)]))), Occur.SHOULD)
                    .build();
        };
    }
}
