package org.marsad.enrich.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;
import org.marsad.enrich.state.StringTable;
import org.marsad.enrich.text.Hashing;

/**
 * An incremental near-duplicate index over MinHash signatures with LSH banding. Checking a new article looks only
 * at the articles that share a band with it, so the cost does not grow with the archive.
 *
 * <p>Candidates are verified, not trusted: they must be similar enough by Jaccard or by containment with a
 * sensible length ratio, and they must not be template look-alikes — texts that share their wording but differ
 * in the figures (each has numbers the other lacks) or in what they are about (a word of the candidate's
 * headline that its body repeats, typically a name or a place, is missing from the new text altogether).
 *
 * <p>Copies form groups around their earliest known original. The index is the in-memory half of a state whose
 * truth is in the store: {@link #restore} re-adds stored decisions without deciding again, so ids and links stay
 * stable across restarts. Not thread-safe.
 */
public final class NearDuplicateIndex {
    private final DedupRules rules;
    private final int k;
    private BandHeads heads;
    /** LSH chain links (article i's band b at i * bands + b), signatures (k per article) and stem filters. */
    private Column.Ints next = new Column.Ints(1024);
    private Column.Ints signatures = new Column.Ints(1024);
    private int[] sizes = new int[64];
    private long[] times = new long[64];
    private int[] roots = new int[64];
    private float[] sims = new float[64];
    /**
     * Every article's figure hashes and anchor hashes, one after another in one array: article i's figures are
     * {@code pool[at[i], mid[i])} and its anchors {@code pool[mid[i], at[i + 1])}. Two small arrays per article
     * would cost about forty bytes more (their headers and references), for every article of the archive.
     */
    private int[] pool = new int[1024];
    private int[] at = new int[65];
    private int[] mid = new int[64];
    private Column.Longs blooms = new Column.Longs(64 * StemBloom.LONGS);
    /** A candidate's signature and stem filter while it is verified. */
    private final int[] theirs;
    private final long[] theirBloom = new long[StemBloom.LONGS];
    /** Article ids by ordinal and back: packed, as every article of the archive is here. */
    private StringTable ids = new StringTable();
    /**
     * The members (other than the root itself) of each group, as a list through the members in the order they
     * joined: a root's first and last copy, and each copy's next one (-1 for none). Twelve bytes per article where a
     * map of boxed lists cost about forty per copy and forty more per group.
     */
    private int[] firstCopy = new int[64];
    private int[] lastCopy = new int[64];
    private int[] nextCopy = new int[64];
    private int count;
    private int[] seen = new int[64];
    private int stamp;

    public NearDuplicateIndex(DedupRules rules) {
        this.rules = rules;
        this.k = rules.bands() * rules.rows();
        this.theirs = new int[k];
        this.heads = new BandHeads(1024, this::entryKey);
    }

    /** Number of articles indexed. */
    public int size() {
        return count;
    }

    /**
     * Decides whether the article copies an indexed one, then indexes it. Offering an id already indexed returns
     * its standing decision and changes nothing.
     */
    public DuplicateVerdict offer(ArticleFeatures f) {
        requireSignature(f);
        int known = ids.find(f.id());
        if (known >= 0) {
            return standing(known);
        }
        int best = -1;
        double bestSim = 0;
        for (int c : candidates(f.signature())) {
            double sim = verify(f, c);
            if (sim > bestSim || sim == bestSim && best >= 0 && times[roots[c]] < times[roots[best]]) {
                best = c;
                bestSim = sim;
            }
        }
        int me = append(f);
        if (best < 0) {
            roots[me] = me;
            return DuplicateVerdict.original();
        }
        int root = roots[best];
        if (f.time() >= times[root]) {
            roots[me] = me;
            join(me, root, (float) similarity(me, root));
            return new DuplicateVerdict(ids.get(root), (double) sims[me], List.of());
        }
        // The new article is older than the group's original: it becomes the original of the whole group.
        roots[me] = me;
        List<Integer> moved = members(root);
        moved.add(root);
        firstCopy[root] = -1;
        lastCopy[root] = -1;
        List<DuplicateVerdict.Repoint> repointed = new ArrayList<>();
        for (int m : moved) {
            join(m, me, (float) similarity(m, me));
            repointed.add(new DuplicateVerdict.Repoint(ids.get(m), f.id(), sims[m]));
        }
        return new DuplicateVerdict(null, null, repointed);
    }

    /**
     * Re-indexes an article with its stored decision (on open, from the store, in the order of the articles'
     * times). A {@code duplicateOf} that is not indexed (yet) leaves the article as an original in memory.
     */
    public void restore(ArticleFeatures f, String duplicateOf, Double similarity) {
        requireSignature(f);
        if (ids.find(f.id()) >= 0) {
            return;
        }
        int me = append(f);
        int root = duplicateOf == null ? -1 : ids.find(duplicateOf);
        roots[me] = me;
        if (root >= 0) {
            join(me, roots[root], similarity == null ? (float) similarity(me, roots[root]) : similarity.floatValue());
        }
    }

    /** The id of the article indexed {@code ordinal}-th (0 first). */
    public String idAt(int ordinal) {
        if (ordinal < 0 || ordinal >= count) {
            throw new IndexOutOfBoundsException(ordinal);
        }
        return ids.get(ordinal);
    }

    /** The ordinal of an indexed article (see {@link #idAt}), or -1 when it is not indexed. */
    public int ordinalOf(String id) {
        return ids.find(id);
    }

    /** The original an indexed article copies, or null when it is an original or unknown. */
    public String originalOf(String id) {
        int o = ids.find(id);
        return o < 0 || roots[o] == o ? null : ids.get(roots[o]);
    }

    /** The ids of the known copies of an original (empty for an article with none). */
    public List<String> copiesOf(String id) {
        int o = ids.find(id);
        List<String> out = new ArrayList<>();
        if (o >= 0) {
            for (int m = firstCopy[roots[o]]; m >= 0; m = nextCopy[m]) {
                out.add(ids.get(m));
            }
        }
        return out;
    }

    /** Approximate heap held by the index, in bytes (arrays and tables; strings and maps estimated). */
    public long memoryBytes() {
        long b = heads.bytes() + next.heapBytes() + signatures.heapBytes() + blooms.heapBytes();
        b += sizes.length * (4L + 8 + 4 + 4 + 4 + 4 + 4 + 12);
        b += ids.bytes() + pool.length * 4L + at.length * 4L;
        return b;
    }

    /**
     * Bytes of the index that stay in the state file it was read from (mapped, not on the heap): the signatures,
     * stem filters and chain links of the articles read from it.
     */
    public long mappedBytes() {
        return signatures.mappedBytes() + blooms.mappedBytes() + next.mappedBytes();
    }

    /**
     * Writes the whole index (signatures, figures, anchors, stem filters, LSH chains, groups) so that
     * {@link #readFrom} gives back an index that decides exactly as this one would.
     */
    public void writeTo(StateOutput out) throws IOException {
        out.writeInt(k);
        out.writeInt(rules.bands());
        out.writeInt(count);
        signatures.writeTo(out, count * k);
        out.writeInts(sizes, 0, count);
        out.writeLongs(times, 0, count);
        out.writeInts(roots, 0, count);
        out.writeFloats(sims, 0, count);
        // Fixed-width arrays written whole: reading them back makes no object per article.
        out.writeInts(at, 0, count + 1);
        out.writeInts(mid, 0, count);
        out.writeInts(pool, 0, at[count]);
        ids.writeTo(out);
        blooms.writeTo(out, count * StemBloom.LONGS);
        next.writeTo(out, count * rules.bands());
        heads.writeTo(out);
        out.writeInts(firstCopy, 0, count);
        out.writeInts(lastCopy, 0, count);
        out.writeInts(nextCopy, 0, count);
    }

    /**
     * Reads an index written by {@link #writeTo} under the same rules.
     *
     * @throws CorruptStateException when the file does not fit the rules or itself
     */
    public static NearDuplicateIndex readFrom(StateInput in, DedupRules rules) throws IOException {
        NearDuplicateIndex x = new NearDuplicateIndex(rules);
        if (in.readInt() != x.k || in.readInt() != rules.bands()) {
            throw new CorruptStateException("written under other dedup rules");
        }
        int n = in.readLength();
        if ((long) n * x.k * 4 > in.limit()) {
            throw new CorruptStateException("more articles than the file holds: " + n);
        }
        x.ensure(Math.max(n, 1));
        x.count = n;
        x.signatures = Column.Ints.read(in, n * x.k);
        in.readInts(x.sizes, 0, n);
        in.readLongs(x.times, 0, n);
        in.readInts(x.roots, 0, n);
        in.readFloats(x.sims, 0, n);
        in.readInts(x.at, 0, n + 1);
        in.readInts(x.mid, 0, n);
        if (x.at[0] != 0 || x.at[n] < 0 || x.at[n] > in.limit()) {
            throw new CorruptStateException("figures do not add up");
        }
        for (int i = 0; i < n; i++) {
            if (x.mid[i] < x.at[i] || x.at[i + 1] < x.mid[i] || x.roots[i] < 0 || x.roots[i] >= n) {
                throw new CorruptStateException("bad article " + i);
            }
        }
        x.pool = new int[Math.max(1024, x.at[n])];
        in.readInts(x.pool, 0, x.at[n]);
        x.ids = StringTable.readFrom(in);
        if (x.ids.size() != n) {
            throw new CorruptStateException("ids of " + x.ids.size() + " articles, not " + n);
        }
        x.blooms = Column.Longs.read(in, n * StemBloom.LONGS);
        x.next = Column.Ints.read(in, n * rules.bands());
        x.heads = BandHeads.readFrom(in, x::entryKey, n * rules.bands());
        in.readInts(x.firstCopy, 0, n);
        in.readInts(x.lastCopy, 0, n);
        in.readInts(x.nextCopy, 0, n);
        for (int i = 0; i < n; i++) {
            if (x.firstCopy[i] < -1 || x.firstCopy[i] >= n || x.lastCopy[i] < -1 || x.lastCopy[i] >= n
                    || x.nextCopy[i] < -1 || x.nextCopy[i] >= n) {
                throw new CorruptStateException("bad group link at article " + i);
            }
        }
        return x;
    }

    private DuplicateVerdict standing(int o) {
        int r = roots[o];
        return r == o ? DuplicateVerdict.original() : new DuplicateVerdict(ids.get(r), (double) sims[o], List.of());
    }

    private void join(int member, int root, float sim) {
        roots[member] = root;
        sims[member] = sim;
        nextCopy[member] = -1;
        if (lastCopy[root] < 0) {
            firstCopy[root] = member;
        } else {
            nextCopy[lastCopy[root]] = member;
        }
        lastCopy[root] = member;
    }

    // The copies of a root, in the order they joined.
    private List<Integer> members(int root) {
        List<Integer> out = new ArrayList<>();
        for (int m = firstCopy[root]; m >= 0; m = nextCopy[m]) {
            out.add(m);
        }
        return out;
    }

    private double similarity(int a, int b) {
        int same = 0;
        for (int i = 0; i < k; i++) {
            if (signatures.get(a * k + i) == signatures.get(b * k + i)) {
                same++;
            }
        }
        return (double) same / k;
    }

    private int[] candidates(int[] sig) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        int[] out = new int[16];
        int n = 0;
        for (int band = 0; band < rules.bands(); band++) {
            int walked = 0;
            for (int e = heads.get(bandKey(sig, band)); e >= 0 && walked < rules.maxChain(); e = next.get(e)) {
                walked++;
                int doc = e / rules.bands();
                if (seen[doc] != stamp) {
                    seen[doc] = stamp;
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = doc;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The estimated similarity when candidate {@code c} is a true copy of the new article, else 0. */
    private double verify(ArticleFeatures f, int c) {
        int[] sig = f.signature();
        signatures.copy(c * k, theirs, k);
        blooms.copy(c * StemBloom.LONGS, theirBloom, StemBloom.LONGS);
        int same = 0;
        for (int i = 0; i < k; i++) {
            if (sig[i] == theirs[i]) {
                same++;
            }
        }
        PairCheck check = check(rules, (double) same / k, f.shingleCount(), sizes[c], f.numbers(), pool, at[c],
                mid[c], at[c + 1], f.stems(), f.anchors(), theirBloom, 0);
        return check.copy() ? Math.max(check.jaccard(), 1e-3) : 0;
    }

    /**
     * Why two articles are or are not copies of each other under the given rules (for diagnostics and tools;
     * the index applies the same test to its candidates, with {@code b} the earlier article).
     */
    public static PairCheck explain(DedupRules rules, ArticleFeatures a, ArticleFeatures b) {
        int[] bFigures = new int[b.numbers().length + b.anchors().length];
        System.arraycopy(b.numbers(), 0, bFigures, 0, b.numbers().length);
        System.arraycopy(b.anchors(), 0, bFigures, b.numbers().length, b.anchors().length);
        return check(rules, MinHasher.jaccard(a.signature(), b.signature()), a.shingleCount(), b.shingleCount(),
                a.numbers(), bFigures, 0, b.numbers().length, bFigures.length, a.stems(), a.anchors(), b.stemBloom(),
                0);
    }

    // b's figures are bPool[bFrom, bMid), its anchors bPool[bMid, bTo) (see pool).
    private static PairCheck check(DedupRules rules, double j, int a, int b, int[] numbersA, int[] bPool, int bFrom,
                                   int bMid, int bTo, int[] stemsA, int[] anchorsA, long[] bloomB, int bloomAt) {
        int small = Math.min(a, b);
        int large = Math.max(a, b);
        if (small == 0) {
            return new PairCheck(j, 0, 0, false, false, false);
        }
        double ratio = (double) small / large;
        double containment = Math.min(1, j * (a + b) / (1 + j) / small);
        boolean similar;
        if (small < rules.minShingles()) {
            similar = j >= 0.9 && ratio >= 0.8;
        } else {
            similar = j >= rules.jaccard() || containment >= rules.containment() && ratio >= rules.lengthRatio();
        }
        boolean figures = differentFigures(numbersA, bPool, bFrom, bMid);
        boolean anchor = missingAnchor(bPool, bMid, bTo, stemsA) && missingAnchor(anchorsA, bloomB, bloomAt);
        return new PairCheck(j, containment, ratio, figures, anchor, similar && !figures && !anchor);
    }

    /**
     * The outcome of comparing two articles.
     *
     * @param jaccard          estimated Jaccard similarity of their shingle sets
     * @param containment      estimated share of the shorter text's shingles found in the longer
     * @param lengthRatio      shorter / longer, in shingles
     * @param differentFigures each states figures the other does not
     * @param missingAnchor    each lacks a word that the other's headline and body both use
     * @param copy             the verdict
     */
    public record PairCheck(double jaccard, double containment, double lengthRatio, boolean differentFigures,
                            boolean missingAnchor, boolean copy) {
    }

    /**
     * Each side states figures the other does not, and they make a good part of all the figures: a price list,
     * a bulletin or an updated toll rather than a copy that added a date or wrote one figure differently.
     */
    static boolean differentFigures(int[] mine, int[] theirs) {
        return differentFigures(mine, theirs, 0, theirs.length);
    }

    // theirs[from, to) sorted, as mine.
    private static boolean differentFigures(int[] mine, int[] theirs, int from, int to) {
        if (mine.length == 0 || to == from) {
            return false;
        }
        int onlyMine = 0;
        for (int h : mine) {
            if (Arrays.binarySearch(theirs, from, to, h) < 0) {
                onlyMine++;
            }
        }
        int onlyTheirs = 0;
        for (int i = from; i < to; i++) {
            if (Arrays.binarySearch(mine, theirs[i]) < 0) {
                onlyTheirs++;
            }
        }
        return onlyMine > 0 && onlyTheirs > 0 && onlyMine + onlyTheirs >= 0.4 * (mine.length + (to - from));
    }

    /**
     * A word that the candidate's headline and body both use is absent from the new text. Checked both ways, it
     * is the mark of a template filled in with another name: "… تهنئ رئيس الأرجنتين …" against
     * "… تهنئ رئيس تشيلي …". One way only, it is usually a rewrite that dropped a word.
     */
    static boolean missingAnchor(int[] candidateAnchors, int[] newStems) {
        return missingAnchor(candidateAnchors, 0, candidateAnchors.length, newStems);
    }

    private static boolean missingAnchor(int[] candidate, int from, int to, int[] newStems) {
        for (int i = from; i < to; i++) {
            if (Arrays.binarySearch(newStems, candidate[i]) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean missingAnchor(int[] newAnchors, long[] bloom, int offset) {
        for (int h : newAnchors) {
            if (!StemBloom.mayContain(bloom, offset, h)) {
                return true;
            }
        }
        return false;
    }

    private int append(ArticleFeatures f) {
        int me = count++;
        ensure(me + 1);
        signatures.append(f.signature(), 0, k);
        sizes[me] = f.shingleCount();
        times[me] = f.time();
        putFigures(me, f.numbers(), f.anchors());
        blooms.append(f.stemBloom(), 0, StemBloom.LONGS);
        ids.add(f.id());
        firstCopy[me] = -1;
        lastCopy[me] = -1;
        nextCopy[me] = -1;
        if (f.shingleCount() > 0) {
            for (int band = 0; band < rules.bands(); band++) {
                int e = me * rules.bands() + band;
                next.set(e, heads.put(bandKey(f.signature(), band), e));
            }
        } else {
            for (int band = 0; band < rules.bands(); band++) {
                next.set(me * rules.bands() + band, -1);
            }
        }
        return me;
    }

    // Appends article i's figures and anchors to the pool (articles are added in ordinal order).
    private void putFigures(int i, int[] figures, int[] anchorHashes) {
        int need = at[i] + figures.length + anchorHashes.length;
        if (need > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(need, pool.length + (pool.length >> 1)));
        }
        System.arraycopy(figures, 0, pool, at[i], figures.length);
        mid[i] = at[i] + figures.length;
        System.arraycopy(anchorHashes, 0, pool, mid[i], anchorHashes.length);
        at[i + 1] = need;
    }

    private long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < rules.rows(); r++) {
            h = Hashing.combine(h, sig[band * rules.rows() + r]);
        }
        return h;
    }

    // The band key of chain entry e (article e / bands, band e % bands), from the stored signature.
    private long entryKey(int e) {
        int bands = rules.bands();
        int from = (e / bands) * k + (e % bands) * rules.rows();
        long h = e % bands;
        for (int r = 0; r < rules.rows(); r++) {
            h = Hashing.combine(h, signatures.get(from + r));
        }
        return h;
    }

    private void ensure(int n) {
        if (n > sizes.length) {
            int cap = Math.max(n, sizes.length * 2);
            sizes = Arrays.copyOf(sizes, cap);
            times = Arrays.copyOf(times, cap);
            roots = Arrays.copyOf(roots, cap);
            sims = Arrays.copyOf(sims, cap);
            mid = Arrays.copyOf(mid, cap);
            at = Arrays.copyOf(at, cap + 1);
            seen = Arrays.copyOf(seen, cap);
            firstCopy = Arrays.copyOf(firstCopy, cap);
            lastCopy = Arrays.copyOf(lastCopy, cap);
            nextCopy = Arrays.copyOf(nextCopy, cap);
        }
    }

    private void requireSignature(ArticleFeatures f) {
        if (f.signature().length != k) {
            throw new IllegalArgumentException("signature has " + f.signature().length + " values, rules need " + k);
        }
    }
}
