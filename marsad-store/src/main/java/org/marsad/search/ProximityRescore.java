package org.marsad.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Adds the proximity bonus to the best matches of a relevance search instead of to every match: the bonus reads
 * word positions, which for a common pair of words costs more than the rest of the scoring. A hit's score is its
 * base score plus the bonus, as the whole query would score it; the hits are then ordered as a relevance search
 * orders them (score descending, id ascending).
 */
final class ProximityRescore {
    private ProximityRescore() {
    }

    /**
     * The {@code wanted} best of {@code first} (a relevance search's hits: score then id) once the bonus is added.
     *
     * @param first hits sorted by the relevance sort, each a {@link FieldDoc} holding its score and its id (its
     *              bytes, or on a one-segment index its ordinal: see {@link RelevanceTop})
     */
    static ScoreDoc[] rescore(IndexSearcher s, ScoreDoc[] first, Query bonus, int wanted) throws IOException {
        if (first.length == 0) {
            return first;
        }
        FieldDoc[] byDoc = new FieldDoc[first.length];
        for (int i = 0; i < first.length; i++) {
            byDoc[i] = (FieldDoc) first[i];
        }
        // Scorers only move forward: visit the hits in index order, segment by segment.
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        Weight weight = s.createWeight(s.rewrite(bonus), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        FieldDoc[] rescored = new FieldDoc[byDoc.length];
        int leaf = -1;
        Bonus scorer = null;
        for (int i = 0; i < byDoc.length; i++) {
            FieldDoc d = byDoc[i];
            int at = ReaderUtil.subIndex(d.doc, leaves);
            LeafReaderContext ctx = leaves.get(at);
            if (at != leaf) {
                leaf = at;
                Scorer sc = weight.scorer(ctx);
                scorer = sc == null ? null : new Bonus(sc);
            }
            float score = (Float) d.fields[0];
            if (scorer != null && scorer.matches(d.doc - ctx.docBase)) {
                score += scorer.score();
            }
            Object[] fields = d.fields.clone();
            fields[0] = score;
            rescored[i] = new FieldDoc(d.doc, score, fields);
        }
        Arrays.sort(rescored, ProximityRescore::byRelevance);
        return Arrays.copyOf(rescored, Math.min(wanted, rescored.length));
    }

    /**
     * The bonus's scorer asked about the hits only. A phrase's scorer is two-phase: a cheap approximation (the
     * documents holding every word) and a check of the word positions. Advancing the scorer itself to a hit checks
     * the positions of every approximate match on the way until one passes, documents that are not among the hits
     * (most of the approximation, for common words); here the positions are read for the hits alone. The score of a
     * hit that passes is the scorer's, as before.
     */
    private static final class Bonus {
        private final Scorer scorer;
        // null when the scorer has no second phase: its iterator matches exactly
        private final TwoPhaseIterator twoPhase;
        private final DocIdSetIterator candidates;
        // The document the last answer was for, and that answer (the check is asked once per document).
        private int checked = -1;
        private boolean matched;

        Bonus(Scorer scorer) {
            this.scorer = scorer;
            this.twoPhase = scorer.twoPhaseIterator();
            this.candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }

        /** Whether the bonus matches {@code doc} (of the leaf; asked in increasing order), the scorer then on it. */
        boolean matches(int doc) throws IOException {
            if (doc == checked) {
                return matched;
            }
            int on = candidates.docID() < doc ? candidates.advance(doc) : candidates.docID();
            checked = doc;
            matched = on == doc && (twoPhase == null || twoPhase.matches());
            return matched;
        }

        float score() throws IOException {
            return scorer.score();
        }
    }

    // The relevance sort's order: score descending, then the id ascending (a missing id first, as Lucene sorts it).
    private static int byRelevance(FieldDoc a, FieldDoc b) {
        int c = Float.compare((Float) b.fields[0], (Float) a.fields[0]);
        if (c != 0) {
            return c;
        }
        if (a.fields[1] instanceof Integer x && b.fields[1] instanceof Integer y) {
            return Integer.compare(x, y); // ordinals of one segment, -1 for none: the ids' order
        }
        BytesRef x = (BytesRef) a.fields[1];
        BytesRef y = (BytesRef) b.fields[1];
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        return x.compareTo(y);
    }
}
