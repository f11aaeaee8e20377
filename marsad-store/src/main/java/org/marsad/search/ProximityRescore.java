package org.marsad.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
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
        Scorer scorer = null;
        for (int i = 0; i < byDoc.length; i++) {
            FieldDoc d = byDoc[i];
            int at = ReaderUtil.subIndex(d.doc, leaves);
            LeafReaderContext ctx = leaves.get(at);
            if (at != leaf) {
                leaf = at;
                scorer = weight.scorer(ctx);
            }
            float score = (Float) d.fields[0];
            int inLeaf = d.doc - ctx.docBase;
            if (scorer != null) {
                int on = scorer.docID() < inLeaf ? scorer.iterator().advance(inLeaf) : scorer.docID();
                if (on == inLeaf) {
                    score += scorer.score();
                }
            }
            Object[] fields = d.fields.clone();
            fields[0] = score;
            rescored[i] = new FieldDoc(d.doc, score, fields);
        }
        Arrays.sort(rescored, ProximityRescore::byRelevance);
        return Arrays.copyOf(rescored, Math.min(wanted, rescored.length));
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
