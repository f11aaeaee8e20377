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

    /**
     * Property test (seeded): on one segment, hits asked with ids as ordinals are Lucene's hits with each id's
     * ordinal in place of its bytes (-1 without one), and the proximity rescore orders them as it orders the hits
     * with their ids' bytes; on several segments the same collector still answers the ids' bytes.
     */
    @Test
    void oneSegmentsHitsMayCarryIdOrdinalsThatOrderAsTheIds() throws Exception {
        Random rnd = new Random(6122026L);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 900; i++) {
                    String text = words(rnd, 1 + rnd.nextInt(3));
                    for (int copy = rnd.nextInt(4) == 0 ? 2 : 1; copy > 0; copy--) {
                        Document d = new Document();
                        d.add(new TextField("text", text, Field.Store.NO));
                        if (rnd.nextInt(25) != 0) {
                            d.add(new SortedDocValuesField(ID, new BytesRef("d" + rnd.nextInt(1_000_000) + "-" + i
                                    + "-" + copy)));
                        }
                        w.addDocument(d);
                    }
                    if (rnd.nextInt(120) == 0) {
                        w.commit();
                    }
                }
                w.commit();
                try (DirectoryReader several = DirectoryReader.open(dir)) {
                    assertThat(several.leaves().size()).isGreaterThan(3);
                    IndexSearcher s = new IndexSearcher(several);
                    for (int q = 0; q < 50; q++) {
                        Query query = query(rnd);
                        TopDocs expected = s.search(query, new TopFieldCollectorManager(RELEVANCE, 100, null,
                                Integer.MAX_VALUE));
                        TopDocs got = s.search(query, new RelevanceTop(RELEVANCE, ID, 100, true));
                        for (int i = 0; i < got.scoreDocs.length; i++) {
                            assertThat(((FieldDoc) got.scoreDocs[i]).fields)
                                    .containsExactly(((FieldDoc) expected.scoreDocs[i]).fields);
                        }
                    }
                }
            }
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                w.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(1);
                IndexSearcher s = new IndexSearcher(reader);
                org.apache.lucene.index.SortedDocValues ids = reader.leaves().get(0).reader().getSortedDocValues(ID);
                int compared = 0;
                for (int q = 0; q < 300; q++) {
                    Query query = query(rnd);
                    int size = 1 + rnd.nextInt(rnd.nextBoolean() ? 10 : 300);
                    TopDocs expected = s.search(query, new TopFieldCollectorManager(RELEVANCE, size, null,
                            Integer.MAX_VALUE));
                    TopDocs got = s.search(query, new RelevanceTop(RELEVANCE, ID, size, true));
                    assertThat(got.totalHits).as(query.toString()).isEqualTo(expected.totalHits);
                    assertThat(got.scoreDocs).hasSameSizeAs(expected.scoreDocs);
                    for (int i = 0; i < got.scoreDocs.length; i++) {
                        FieldDoc g = (FieldDoc) got.scoreDocs[i];
                        FieldDoc e = (FieldDoc) expected.scoreDocs[i];
                        assertThat(g.doc).as("%s hit %d", query, i).isEqualTo(e.doc);
                        assertThat(g.fields[0]).isEqualTo(e.fields[0]);
                        BytesRef id = (BytesRef) e.fields[1];
                        assertThat(g.fields[1]).as("%s hit %d", query, i).isEqualTo(id == null ? -1 : ids.lookupTerm(id));
                    }
                    // the bonus a few hits get (ties of the base score stay ties and meet on the id)
                    Query bonus = new TermQuery(new Term("text", WORDS[rnd.nextInt(WORDS.length)]));
                    int wanted = 1 + rnd.nextInt(size);
                    org.apache.lucene.search.ScoreDoc[] byBytes = ProximityRescore.rescore(s, expected.scoreDocs,
                            bonus, wanted);
                    org.apache.lucene.search.ScoreDoc[] byOrdinals = ProximityRescore.rescore(s, got.scoreDocs,
                            bonus, wanted);
                    assertThat(byOrdinals).hasSameSizeAs(byBytes);
                    for (int i = 0; i < byBytes.length; i++) {
                        assertThat(byOrdinals[i].doc).as("%s rescored hit %d", query, i).isEqualTo(byBytes[i].doc);
                        assertThat(byOrdinals[i].score).isEqualTo(byBytes[i].score);
                    }
                    compared += byBytes.length;
                }
                assertThat(compared).isGreaterThan(3000);
            }
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
