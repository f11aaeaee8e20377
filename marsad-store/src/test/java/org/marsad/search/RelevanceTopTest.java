package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The relevance collector answers as Lucene's sorted collector with an exact count. Property test (seeded): an
 * index of several segments, full of equal scores (the same few words, exact copies) and some documents without an
 * id, searched by random words and conjunctions for random page sizes, in one slice and in several; every hit, its
 * document, its score and its id, in order, and the total are Lucene's.
 */
class RelevanceTopTest {
    private static final String ID = "id";
    private static final String[] WORDS = {"sun", "rain", "wind", "snow", "fog", "hail", "storm", "cloud"};
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.STRING));

    @Test
    void hitsAndTotalAreThoseOfLuceneSortedCollector() throws Exception {
        Random rnd = new Random(20261206L);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Directory dir = new ByteBuffersDirectory()) {
            // no merges: each commit stays a segment, so hits of equal score meet across segments
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 1200; i++) {
                    String text = words(rnd, 1 + rnd.nextInt(3));
                    for (int copy = rnd.nextInt(5) == 0 ? 2 : 1; copy > 0; copy--) {
                        Document d = new Document();
                        d.add(new TextField("text", text, Field.Store.NO));
                        if (rnd.nextInt(25) != 0) {
                            // ids in no relation to the index order
                            d.add(new SortedDocValuesField(ID, new BytesRef("d" + rnd.nextInt(1_000_000) + "-" + i
                                    + "-" + copy)));
                        }
                        w.addDocument(d);
                    }
                    if (rnd.nextInt(150) == 0) {
                        w.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves().size()).isGreaterThan(3);
                IndexSearcher one = new IndexSearcher(reader);
                IndexSearcher sliced = new IndexSearcher(reader, pool) {
                    @Override
                    protected LeafSlice[] slices(java.util.List<org.apache.lucene.index.LeafReaderContext> leaves) {
                        return slices(leaves, 1, 1); // a slice per segment
                    }
                };
                int compared = 0;
                for (int q = 0; q < 300; q++) {
                    Query query = query(rnd);
                    int size = 1 + rnd.nextInt(rnd.nextBoolean() ? 10 : 300);
                    IndexSearcher s = rnd.nextBoolean() ? one : sliced;
                    TopDocs expected = s.search(query, new TopFieldCollectorManager(RELEVANCE, size, null,
                            Integer.MAX_VALUE));
                    TopDocs got = s.search(query, new RelevanceTop(RELEVANCE, ID, size));
                    assertThat(got.totalHits).as(query.toString()).isEqualTo(expected.totalHits);
                    assertThat(got.scoreDocs).hasSameSizeAs(expected.scoreDocs);
                    for (int i = 0; i < got.scoreDocs.length; i++) {
                        FieldDoc g = (FieldDoc) got.scoreDocs[i];
                        FieldDoc e = (FieldDoc) expected.scoreDocs[i];
                        assertThat(g.doc).as("%s hit %d", query, i).isEqualTo(e.doc);
                        assertThat(g.fields).as("%s hit %d", query, i).containsExactly(e.fields);
                        assertThat(g.score).isNaN();
                    }
                    compared += got.scoreDocs.length;
                }
                assertThat(compared).isGreaterThan(5000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Query query(Random rnd) {
        if (rnd.nextBoolean()) {
            return new TermQuery(new Term("text", WORDS[rnd.nextInt(WORDS.length)]));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Occur occur = rnd.nextBoolean() ? Occur.MUST : Occur.SHOULD;
        for (int i = 0; i < 2; i++) {
            b.add(new TermQuery(new Term("text", WORDS[rnd.nextInt(WORDS.length)])), occur);
        }
        return b.build();
    }

    private static String words(Random rnd, int n) {
        return Corpus.words(rnd, WORDS, n);
    }
}
