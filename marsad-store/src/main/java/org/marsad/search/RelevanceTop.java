package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The best hits of a relevance search (score descending, then the id ascending) with every match counted: the
 * answer of Lucene's {@code TopFieldCollector} for that sort and an exact count, hit for hit and field for field.
 *
 * <p>Lucene's collector decodes the id of every hit that enters its queue from the doc values' compressed terms,
 * so that it can compare ids across segments at any time; a search counting every match exactly lets hundreds of
 * hits through that queue, and those decodes were about a tenth of an API search's CPU at 100,000 articles (JFR).
 * Within one segment ids compare by their ordinals, so this collector keeps a segment's best by score and ordinal
 * and decodes only those kept when the segment is done; the segments' bests then meet by id.
 *
 * <p>On an index of one segment (what a rebuild or a bulk load leaves) the ids need not be decoded at all when the
 * caller only orders by them: asked for {@linkplain #RelevanceTop(Sort, String, int, boolean) ordinals}, each hit's
 * second sort value is then its id's ordinal as an {@link Integer} (-1 without an id), which orders the hits as
 * their ids do. A relevance search keeps its best 100 for the proximity rescore and shows 20: the other 80 ids were
 * decoded (a block of the doc values' compressed terms each) only to be compared.
 */
final class RelevanceTop implements CollectorManager<RelevanceTop.Slice, TopFieldDocs> {
    private final String idField;
    private final int size;
    private final Sort sort;
    private final boolean ordinals;

    /**
     * @param sort    the relevance sort: {@link SortField#FIELD_SCORE}, then {@code idField} as a string field
     * @param idField the field whose sorted doc values hold each document's id
     * @param size    most hits kept
     */
    RelevanceTop(Sort sort, String idField, int size) {
        this(sort, idField, size, false);
    }

    /**
     * @param ordinals whether a search over one segment may answer each id as its ordinal in that segment (an
     *                 {@link Integer}, -1 for none) instead of its bytes; with several segments ids are decoded
     */
    RelevanceTop(Sort sort, String idField, int size, boolean ordinals) {
        this.sort = sort;
        this.idField = idField;
        this.size = Math.max(1, size);
        this.ordinals = ordinals;
    }

    @Override
    public Slice newCollector() {
        return new Slice();
    }

    @Override
    public TopFieldDocs reduce(Collection<Slice> slices) throws IOException {
        long total = 0;
        List<Segment> segments = new ArrayList<>();
        for (Slice s : slices) {
            s.flush();
            total += s.total;
            segments.addAll(s.done);
        }
        if (ordinals && segments.size() == 1) {
            return new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), segments.get(0).byOrdinal(),
                    sort.getSort());
        }
        List<Kept> all = best(segments);
        all.sort(BEST_FIRST);
        int n = Math.min(size, all.size());
        FieldDoc[] docs = new FieldDoc[n];
        for (int i = 0; i < n; i++) {
            Kept k = all.get(i);
            // as Lucene's collector leaves it: the score is a sort value, ScoreDoc.score stays unset
            docs[i] = new FieldDoc(k.doc, Float.NaN, new Object[] {k.score, k.id});
        }
        return new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), docs, sort.getSort());
    }

    /**
     * The segments' kept hits that can be among the best {@link #size}, their ids decoded: every hit scoring above
     * the {@code size}-th best score of all kept hits, and those scoring just that (their ids decide which of them
     * are in). Each segment keeps its own best {@code size}; decoding them all cost {@code size} look-ups in the
     * doc values' compressed terms per segment with that many matches (29 segments in the large part's archive).
     */
    private List<Kept> best(List<Segment> segments) throws IOException {
        int kept = 0;
        for (Segment segment : segments) {
            kept += segment.count;
        }
        float[] scores = new float[kept];
        int at = 0;
        for (Segment segment : segments) {
            System.arraycopy(segment.scores, 0, scores, at, segment.count);
            at += segment.count;
        }
        List<Kept> out = new ArrayList<>(Math.min(kept, size + 16));
        if (kept <= size) {
            for (Segment segment : segments) {
                segment.decodeInto(out, Float.NEGATIVE_INFINITY);
            }
            return out;
        }
        Arrays.sort(scores);
        float last = scores[kept - size];
        for (Segment segment : segments) {
            segment.decodeInto(out, last);
        }
        return out;
    }

    /** A hit a segment kept, its id decoded. */
    private record Kept(int doc, float score, BytesRef id) {
    }

    // A missing id sorts first, as Lucene's string sort puts it; equal keys fall back to the index order.
    private static final Comparator<Kept> BEST_FIRST = (a, b) -> {
        int c = Float.compare(b.score, a.score);
        if (c != 0) {
            return c;
        }
        if (a.id == null || b.id == null) {
            c = a.id == null ? (b.id == null ? 0 : -1) : 1;
        } else {
            c = a.id.compareTo(b.id);
        }
        return c != 0 ? c : Integer.compare(a.doc, b.doc);
    };

    /** The hits of one slice of the index, segment by segment. */
    final class Slice implements Collector {
        private final List<Segment> done = new ArrayList<>();
        private long total;
        private Segment current;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            current = new Segment(context, DocValues.getSorted(context.reader(), idField));
            return current;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        /** Sets the finished segment's best hits aside (their ids are decoded, if need be, when all are done). */
        void flush() {
            if (current != null) {
                total += current.matches;
                done.add(current);
                current = null;
            }
        }
    }

    /**
     * One segment's best hits so far: a heap with the worst on top, by score and then id ordinal (-1 for a
     * document without an id, which sorts first), then document number.
     */
    private final class Segment implements LeafCollector {
        private final LeafReaderContext context;
        private final SortedDocValues ids;
        private final float[] scores = new float[size];
        private final int[] ords = new int[size];
        private final int[] docs = new int[size];
        private int count;
        private long matches;
        private Scorable scorer;

        Segment(LeafReaderContext context, SortedDocValues ids) {
            this.context = context;
            this.ids = ids;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            matches++;
            float score = scorer.score();
            if (count == size) {
                int c = Float.compare(score, scores[0]);
                if (c < 0) {
                    return;
                }
                int ord = ordOf(doc);
                // documents come in index order: of equal keys, the one already kept stays
                if (c == 0 && ord >= ords[0]) {
                    return;
                }
                scores[0] = score;
                ords[0] = ord;
                docs[0] = doc;
                down(0);
            } else {
                scores[count] = score;
                ords[count] = ordOf(doc);
                docs[count] = doc;
                up(count++);
            }
        }

        // Ordinals are asked for in increasing document order only, as doc values are read.
        private int ordOf(int doc) throws IOException {
            return ids.advanceExact(doc) ? ids.ordValue() : -1;
        }

        /** Whether the hit at {@code i} ranks below the one at {@code j}. */
        private boolean worse(int i, int j) {
            int c = Float.compare(scores[i], scores[j]);
            if (c != 0) {
                return c < 0;
            }
            if (ords[i] != ords[j]) {
                return ords[i] > ords[j];
            }
            return docs[i] > docs[j];
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1;
                if (left >= count) {
                    return;
                }
                int worst = left + 1 < count && worse(left + 1, left) ? left + 1 : left;
                if (!worse(worst, i)) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int i, int j) {
            float s = scores[i];
            scores[i] = scores[j];
            scores[j] = s;
            int o = ords[i];
            ords[i] = ords[j];
            ords[j] = o;
            int d = docs[i];
            docs[i] = docs[j];
            docs[j] = d;
        }

        /**
         * The kept hits best first, each id as its ordinal: within one segment ordinals order as the ids do, and
         * -1 (no id) first as Lucene's string sort puts a missing value.
         */
        FieldDoc[] byOrdinal() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (i, j) -> {
                int c = Float.compare(scores[j], scores[i]);
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(ords[i], ords[j]);
                return c != 0 ? c : Integer.compare(docs[i], docs[j]);
            });
            FieldDoc[] out = new FieldDoc[count];
            for (int k = 0; k < count; k++) {
                int i = order[k];
                out[k] = new FieldDoc(context.docBase + docs[i], Float.NaN, new Object[] {scores[i], ords[i]});
            }
            return out;
        }

        /**
         * Adds the kept hits scoring {@code least} or more, ids decoded, to {@code out}: in ordinal order, which
         * reads the terms forward.
         */
        void decodeInto(List<Kept> out, float least) throws IOException {
            Integer[] byOrd = new Integer[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (Float.compare(scores[i], least) >= 0) {
                    byOrd[n++] = i;
                }
            }
            Arrays.sort(byOrd, 0, n, Comparator.comparingInt(i -> ords[i]));
            for (int k = 0; k < n; k++) {
                int i = byOrd[k];
                BytesRef id = ords[i] < 0 ? null : BytesRef.deepCopyOf(ids.lookupOrd(ords[i]));
                out.add(new Kept(context.docBase + docs[i], scores[i], id));
            }
        }
    }
}
