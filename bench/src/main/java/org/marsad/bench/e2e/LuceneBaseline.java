package org.marsad.bench.e2e;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.marsad.model.Article;

/**
 * The floor under Marsad's ingest and search: plain Lucene with its stock ArabicAnalyzer indexing the same articles
 * (title, body, source, URL) into a directory on disk and answering the same words, with no store, no extraction,
 * no Marsad analysis.
 */
public final class LuceneBaseline implements Closeable {
    private final Analyzer analyzer;
    private final FSDirectory dir;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    public LuceneBaseline(Path indexDir) throws IOException {
        this(indexDir, new ArabicAnalyzer());
    }

    public LuceneBaseline(Path indexDir, Analyzer analyzer) throws IOException {
        this.analyzer = analyzer;
        this.dir = FSDirectory.open(indexDir);
    }

    /** Indexes the articles and commits once; returns the seconds it took. */
    public double index(List<Article> articles) throws IOException {
        return index(articles, -1, () -> { });
    }

    /**
     * Indexes the articles and commits once, running {@code atMark} just before the article at position
     * {@code markAt} is added (never when it is outside the list), so a caller can read its clocks there and measure
     * the rest of the run apart from the JIT warm-up of the start; returns the seconds of the whole run.
     */
    public double index(List<Article> articles, int markAt, Runnable atMark) throws IOException {
        long t0 = System.nanoTime();
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            int i = 0;
            for (Article a : articles) {
                if (i == markAt) {
                    atMark.run();
                }
                Document d = new Document();
                d.add(new StringField("id", a.id() != null ? a.id() : Integer.toString(i), Field.Store.YES));
                if (a.url() != null) {
                    d.add(new StoredField("url", a.url()));
                }
                if (a.title() != null) {
                    d.add(new TextField("title", a.title(), Field.Store.YES));
                }
                d.add(new TextField("body", a.bodyText(), Field.Store.NO));
                if (a.source() != null) {
                    d.add(new StringField("source", a.source(), Field.Store.YES));
                }
                w.addDocument(d);
                i++;
            }
            w.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The stored ids of the top k hits for free-text words over title (boosted) and body. */
    public List<String> search(String words, int k) throws IOException {
        IndexSearcher s = searcher();
        TopDocs top = s.search(query(words), k);
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(s.storedFields().document(sd.doc).get("id"));
        }
        return ids;
    }

    /** Number of matching documents, for recall tests. */
    public long count(String words) throws IOException {
        return searcher().count(query(words));
    }

    // Opened on the first search; several client threads may ask at once (WebAB --clients): one opens it, the
    // others wait for it rather than finding the reader set and the searcher not yet.
    private synchronized IndexSearcher searcher() throws IOException {
        if (searcher == null) {
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        }
        return searcher;
    }

    private Query query(String words) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms(analyzer, "body", words)) {
            b.add(new BoostQuery(new TermQuery(new Term("title", t)), 2f), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term("body", t)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The terms an analyzer makes of a text. */
    public static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        dir.close();
        analyzer.close();
    }
}
