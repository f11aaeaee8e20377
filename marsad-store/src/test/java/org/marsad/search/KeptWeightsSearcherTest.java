package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The searcher that keeps its scoring weights ({@link KeptWeightsSearcher}): a query asked again of the same reader
 * reuses its weight, yet every answer (documents, scores, totals) is the one a plain searcher gives, asked once or
 * many times, from several threads, with boosts; and a reader that saw a new document answers with the new
 * statistics. Made-up documents of a few words from a small vocabulary (seeded).
 */
class KeptWeightsSearcherTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};

    private static void add(IndexWriter w, Random random, int words) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Document d = new Document();
        d.add(new TextField("body", text.toString(), Field.Store.NO));
        w.addDocument(d);
    }

    /** 300 documents of 3 to 22 words, committed in several segments. */
    private static void addInSegments(IndexWriter w, Random random) throws Exception {
        for (int i = 0; i < 300; i++) {
            add(w, random, 3 + random.nextInt(20));
            if (i % 100 == 99) {
                w.commit();
            }
        }
        w.commit();
    }

    private static Query randomQuery(Random random) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 1 + random.nextInt(3);
        for (int i = 0; i < clauses; i++) {
            Query q;
            if (random.nextInt(4) == 0) {
                q = new PhraseQuery("body", WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
            } else {
                q = new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)]));
            }
            if (random.nextBoolean()) {
                q = new BoostQuery(q, 0.5f + random.nextInt(4));
            }
            b.add(q, i == 0 ? Occur.MUST : Occur.SHOULD);
        }
        return b.build();
    }

    private static String answer(TopDocs top) {
        StringBuilder s = new StringBuilder().append(top.totalHits.value).append(':');
        for (ScoreDoc d : top.scoreDocs) {
            s.append(d.doc).append('=').append(Float.floatToIntBits(d.score)).append(' ');
        }
        return s.toString();
    }

    @Test
    void aQueryAskedAgainReusesItsWeightAndAnswersAsAPlainSearcher() throws Exception {
        Random random = new Random(20261206L);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            addInSegments(w, random);
            SearcherManager manager = new SearcherManager(w, KeptWeightsSearcher.factory());
            IndexSearcher kept = manager.acquire();
            IndexSearcher plain = new IndexSearcher(kept.getIndexReader());
            try {
                Query q = randomQuery(random);
                assertThat(kept.createWeight(q, ScoreMode.TOP_SCORES, 1f))
                        .isSameAs(kept.createWeight(q, ScoreMode.TOP_SCORES, 1f))
                        .isNotSameAs(kept.createWeight(q, ScoreMode.COMPLETE, 1f))
                        .isNotSameAs(kept.createWeight(q, ScoreMode.TOP_SCORES, 2f));

                List<Query> queries = new ArrayList<>();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    // a third of the queries are asked again (the same object or an equal one)
                    Query next = i % 3 == 2 ? queries.get(random.nextInt(queries.size())) : randomQuery(random);
                    queries.add(next);
                    expected.add(answer(plain.search(next, 10)));
                }
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<List<String>>> runs = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        runs.add(pool.submit(() -> {
                            List<String> got = new ArrayList<>();
                            for (Query x : queries) {
                                got.add(answer(kept.search(x, 10)));
                            }
                            return got;
                        }));
                    }
                    for (Future<List<String>> run : runs) {
                        assertThat(run.get()).isEqualTo(expected);
                    }
                } finally {
                    pool.shutdown();
                }
                // boosted and unboosted forms of one query give their own scores
                Query base = new TermQuery(new Term("body", "alpha"));
                assertThat(answer(kept.search(new BoostQuery(base, 3f), 10)))
                        .isEqualTo(answer(plain.search(new BoostQuery(base, 3f), 10)))
                        .isNotEqualTo(answer(kept.search(base, 10)));
            } finally {
                manager.release(kept);
            }

            // A new document: the next reader's searcher answers with the new statistics, not the kept weights.
            Query q = new TermQuery(new Term("body", "theta"));
            IndexSearcher before = manager.acquire();
            String old;
            try {
                old = answer(before.search(q, 10));
            } finally {
                manager.release(before);
            }
            Document d = new Document();
            d.add(new TextField("body", "theta theta theta", Field.Store.NO));
            w.addDocument(d);
            manager.maybeRefreshBlocking();
            IndexSearcher after = manager.acquire();
            try {
                String now = answer(after.search(q, 10));
                assertThat(now).isNotEqualTo(old).isEqualTo(answer(new IndexSearcher(after.getIndexReader()).search(q, 10)));
            } finally {
                manager.release(after);
            }
            manager.close();
        }
    }

    /**
     * A query never asked, then another object of the same terms (a search page's copies' ranks weigh the whole query
     * again, a word's other forms are counted before they are weighed): the second finds every term's statistics
     * and segment states kept by the searcher, and looks nothing up in a segment's dictionary; a query with one
     * new term looks up that term only. Answers as a plain searcher's, score for score.
     */
    @Test
    void aQueryNeverAskedLooksEachTermUpOncePerReader() throws Exception {
        Random random = new Random(20261207L);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            addInSegments(w, random);
            AtomicInteger seeks = new AtomicInteger();
            try (DirectoryReader reader = new CountingSeeks(DirectoryReader.open(dir), seeks)) {
                int segments = reader.leaves().size();
                KeptWeightsSearcher kept = new KeptWeightsSearcher(reader);
                IndexSearcher plain = new IndexSearcher(reader);
                java.util.function.Supplier<Query> alphaBeta = () -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", "alpha")), Occur.MUST)
                        .add(new BoostQuery(new TermQuery(new Term("body", "beta")), 2f), Occur.SHOULD).build();
                String expected = answer(plain.search(alphaBeta.get(), 10));

                seeks.set(0);
                assertThat(answer(kept.search(alphaBeta.get(), 10))).isEqualTo(expected);
                assertThat(seeks.get()).as("first ask: each term in each segment").isEqualTo(2 * segments);

                seeks.set(0);
                assertThat(answer(kept.search(alphaBeta.get(), 10))).isEqualTo(expected);
                assertThat(seeks.get()).as("the same terms in new query objects").isZero();
                assertThat(kept.docFreq(new Term("body", "beta"))).isEqualTo(reader.docFreq(new Term("body", "beta")));

                Query alphaGamma = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", "alpha")), Occur.MUST)
                        .add(new TermQuery(new Term("body", "gamma")), Occur.SHOULD).build();
                String plainAnswer = answer(plain.search(alphaGamma, 10));
                seeks.set(0);
                assertThat(answer(kept.search(alphaGamma, 10))).isEqualTo(plainAnswer);
                assertThat(seeks.get()).as("only gamma, which is new").isEqualTo(segments);
            }
        }
    }

    /** A reader counting the seeks of a term by its bytes in any segment's dictionary (a lookup). */
    private static final class CountingSeeks extends FilterDirectoryReader {
        private final AtomicInteger seeks;

        CountingSeeks(DirectoryReader in, AtomicInteger seeks) throws java.io.IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader leaf) {
                    return new FilterLeafReader(leaf) {
                        @Override
                        public Terms terms(String field) throws java.io.IOException {
                            Terms t = super.terms(field);
                            return t == null ? null : new FilterTerms(t) {
                                @Override
                                public TermsEnum iterator() throws java.io.IOException {
                                    return new FilterTermsEnum(in.iterator()) {
                                        @Override
                                        public boolean seekExact(BytesRef text) throws java.io.IOException {
                                            seeks.incrementAndGet();
                                            return in.seekExact(text);
                                        }
                                    };
                                }
                            };
                        }

                        @Override
                        public CacheHelper getCoreCacheHelper() {
                            return null;
                        }

                        @Override
                        public CacheHelper getReaderCacheHelper() {
                            return null;
                        }
                    };
                }
            });
            this.seeks = seeks;
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws java.io.IOException {
            return new CountingSeeks(in, seeks);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
