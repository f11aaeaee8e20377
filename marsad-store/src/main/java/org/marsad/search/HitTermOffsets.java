package org.marsad.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's offsets from the postings, read for the terms a hit contains only. A query with name variants
 * asks for many terms, of which a hit holds a few; the stock strategy looked every term up in the term dictionary
 * and opened its offsets for every hit. Here each term is looked up once per segment, and a cheap document-only
 * cursor per term, moving forward with the hits (the highlighter visits them in document order), tells which terms
 * a hit contains; only those open their offsets.
 *
 * <p>One instance serves one highlighting call (not thread-safe).
 */
final class HitTermOffsets extends PostingsOffsetStrategy {
    private final Map<Terms, Segment> segments = new IdentityHashMap<>();
    // Where the terms are in each segment, kept from search to search by the searcher; null to look them up here.
    private final KeptTermStates kept;

    HitTermOffsets(UHComponents components, KeptTermStates kept) {
        super(components);
        this.kept = kept;
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms index, int doc, List<OffsetsEnum> results)
            throws IOException {
        Segment s = segments.get(index);
        // With phrases in the query the terms come as a fresh array each time, the same terms.
        if (s == null || (s.terms != terms && !java.util.Arrays.equals(s.terms, terms))) {
            s = new Segment(getField(), index, terms, kept);
            segments.put(index, s);
        }
        s.offsetsOf(doc, results);
    }

    /** The terms' state in one segment: where each is in the dictionary, and its document cursor. */
    private static final class Segment {
        private final String field;
        private final BytesRef[] terms;
        private final TermsEnum dictionary;
        // null where the segment does not hold the term (shared with other searches: read only)
        private final TermState[] states;
        private final PostingsEnum[] docs;
        // Each term's offsets cursor, kept from hit to hit and moved forward: the highlighter is done with a hit's
        // offsets before it asks for the next hit's. A fresh cursor per hit and term (three cloned inputs and its
        // buffers, then skipping from the term's first document) was over a third of the offsets' profile samples.
        private final PostingsEnum[] offsets;
        private int last = -1;

        Segment(String field, Terms index, BytesRef[] terms, KeptTermStates kept) throws IOException {
            this.field = field;
            this.terms = terms;
            this.dictionary = index.iterator();
            this.states = kept == null ? KeptTermStates.find(dictionary, terms) : kept.of(index, dictionary, terms);
            this.docs = new PostingsEnum[terms.length];
            this.offsets = new PostingsEnum[terms.length];
        }

        void offsetsOf(int doc, List<OffsetsEnum> results) throws IOException {
            boolean backwards = doc <= last;
            last = doc;
            for (int i = 0; i < terms.length; i++) {
                if (states[i] == null) {
                    continue;
                }
                PostingsEnum d = docs[i];
                if (d == null || backwards) {
                    // A hit before the last one (not the highlighter's order, but allowed): start this cursor again.
                    dictionary.seekExact(terms[i], states[i]);
                    d = dictionary.postings(d, PostingsEnum.NONE);
                    docs[i] = d;
                }
                if (d.docID() < doc) {
                    d.advance(doc);
                }
                if (d.docID() != doc) {
                    continue;
                }
                PostingsEnum o = offsets[i];
                // Only a hit before the one it stands on sends it back to the term's start.
                if (o == null || o.docID() >= doc) {
                    dictionary.seekExact(terms[i], states[i]);
                    o = dictionary.postings(o, PostingsEnum.OFFSETS);
                    if (o == null) {
                        throw new IllegalArgumentException("field '" + field + "' was indexed without offsets");
                    }
                    offsets[i] = o;
                }
                if (o.advance(doc) == doc) {
                    results.add(new OffsetsEnum.OfPostings(terms[i], o));
                }
            }
        }
    }
}
