package org.marsad.search;

import static org.marsad.search.ArticleDocuments.BODY_STEM;
import static org.marsad.search.ArticleDocuments.TITLE_STEM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * {@link FormCounts} of one index reader. Lucene's document frequencies count a term once per field and still count
 * deleted (replaced) documents until a merge drops them: an article writing لمستودع in its title and its body counted
 * twice, so on a small archive (two articles of مستودع, one of لمستودع: 4 and 2) the clitic rule's slack for small
 * counts was halved and the form refused. Articles are counted here by walking the two fields' postings together,
 * live documents only, and only as far as the rule needs; the cheap frequencies bound them first.
 */
final class ReaderFormCounts implements FormCounts {
    /** How many documents of the reader hold a term, deleted ones too (as {@link IndexReader#docFreq}). */
    interface DocFreq {
        int of(Term term) throws IOException;
    }

    private final IndexReader reader;
    private final DocFreq docFreq;
    // each term's two document frequencies, looked up once: the rule asks about a term several times
    private final Map<String, long[]> frequencies = new HashMap<>();

    ReaderFormCounts(IndexReader reader) {
        this(reader, reader::docFreq);
    }

    /** Counts of {@code reader} whose document frequencies are read through {@code docFreq} (a searcher's kept ones). */
    ReaderFormCounts(IndexReader reader, DocFreq docFreq) {
        this.reader = reader;
        this.docFreq = docFreq;
    }

    private long[] frequencies(String stem) {
        return frequencies.computeIfAbsent(stem, t -> {
            try {
                return new long[] {docFreq.of(new Term(TITLE_STEM, t)), docFreq.of(new Term(BODY_STEM, t))};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public long atMost(String stem) {
        long[] f = frequencies(stem);
        return f[0] + f[1];
    }

    @Override
    public long atLeast(String stem) {
        long[] f = frequencies(stem);
        return Math.max(0, Math.max(f[0], f[1]) - reader.numDeletedDocs());
    }

    @Override
    public long articles(String stem, long enough) {
        if (atMost(stem) == 0) {
            return 0;
        }
        long least = atLeast(stem);
        if (least >= enough) {
            return least;
        }
        BytesRef term = new BytesRef(stem);
        long n = 0;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                PostingsEnum title = postings(r, TITLE_STEM, term);
                PostingsEnum body = postings(r, BODY_STEM, term);
                int t = next(title);
                int b = next(body);
                while (t != DocIdSetIterator.NO_MORE_DOCS || b != DocIdSetIterator.NO_MORE_DOCS) {
                    int doc = Math.min(t, b);
                    if (live == null || live.get(doc)) {
                        if (++n >= enough) {
                            return n;
                        }
                    }
                    if (t == doc) {
                        t = next(title);
                    }
                    if (b == doc) {
                        b = next(body);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static PostingsEnum postings(LeafReader r, String field, BytesRef term) throws IOException {
        Terms terms = r.terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum e = terms.iterator();
        return e.seekExact(term) ? e.postings(null, PostingsEnum.NONE) : null;
    }

    private static int next(PostingsEnum p) throws IOException {
        return p == null ? DocIdSetIterator.NO_MORE_DOCS : p.nextDoc();
    }
}
