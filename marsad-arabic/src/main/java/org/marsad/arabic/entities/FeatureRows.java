package org.marsad.arabic.entities;

/**
 * A row of its own for each key of a fixed set of feature keys, in a table of about as many rows as keys: a perfect
 * hash (hash and displace), built once when a model is loaded. A key's row is one bucket's displacement (a small
 * array that stays in the caches) and one hash away, where an open-addressing table wants a probe loop and, at the
 * load that keeps its probes short, two and a half times the rows (the tagger's weight table did not fit the caches,
 * and its probe was a quarter of the tagger's samples).
 *
 * <p>A key outside the set gets some row too: the table using the rows tells it apart by the key stored there.
 */
final class FeatureRows {
    /** Keys per bucket on average: each bucket costs one int, and larger buckets are harder to place. */
    private static final int BUCKET_KEYS = 4;

    private final int[] displacement;
    private final int rows;

    /** @param keys distinct keys */
    FeatureRows(long[] keys) {
        int n = keys.length;
        int buckets = Math.max(1, n / BUCKET_KEYS);
        // A tenth of the rows spare: the last buckets placed still find free rows within a few displacements.
        for (int rows = n + n / 10 + 1; ; rows += n / 10 + 1) {
            int[] placed = place(keys, buckets, rows);
            if (placed != null) {
                this.displacement = placed;
                this.rows = rows;
                return;
            }
            if (rows > 4 * n + 64) {
                throw new IllegalArgumentException("the keys are not distinct");
            }
        }
    }

    /** How many rows the keys' table needs. */
    int rows() {
        return rows;
    }

    /** The row of {@code key}: its own when it is one of the keys, else any row. */
    int rowOf(long key) {
        long h = spread(key);
        return row(h, displacement[bucket(h, displacement.length)], rows);
    }

    /**
     * The key's bits mixed (a bijection, so distinct keys stay distinct): the model's keys are well-spread hashes,
     * but a set of keys alike in some bits must not crowd one bucket.
     */
    private static long spread(long key) {
        long z = (key ^ (key >>> 33)) * 0xFF51AFD7ED558CCDL;
        return z ^ (z >>> 29);
    }

    private static int bucket(long spread, int buckets) {
        return (int) (((spread >>> 32) * buckets) >>> 32);
    }

    private static int row(long spread, int displacement, int rows) {
        // not linear in the displacement: two keys of a bucket on one row must part for some displacement
        long z = (spread ^ displacement * 0x9E3779B97F4A7C15L) * 0xC4CEB9FE1A85EC53L;
        z = (z ^ (z >>> 32)) * 0xBF58476D1CE4E5B9L;
        return (int) (((z >>> 32) * rows) >>> 32);
    }

    /**
     * Each bucket's displacement, the largest buckets first, so that every key lands on a free row of its own; null
     * when some bucket finds none within the tries allowed (the caller gives more rows).
     */
    private static int[] place(long[] keys, int buckets, int rows) {
        // The spread keys grouped by bucket (a counting sort): bucket b's are byBucket[start[b] .. start[b + 1]).
        long[] spread = new long[keys.length];
        int[] start = new int[buckets + 1];
        for (int k = 0; k < keys.length; k++) {
            spread[k] = spread(keys[k]);
            start[bucket(spread[k], buckets) + 1]++;
        }
        int largest = 0;
        for (int b = 0; b < buckets; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        long[] byBucket = new long[keys.length];
        int[] filled = new int[buckets];
        for (long h : spread) {
            int b = bucket(h, buckets);
            byBucket[start[b] + filled[b]++] = h;
        }
        // The buckets by size, largest first (ties in bucket order, so the table is the same for the same keys).
        int[] order = new int[buckets];
        int[] sizeStart = new int[largest + 2];
        for (int b = 0; b < buckets; b++) {
            sizeStart[largest - (start[b + 1] - start[b]) + 1]++;
        }
        for (int s = 0; s <= largest; s++) {
            sizeStart[s + 1] += sizeStart[s];
        }
        for (int b = 0; b < buckets; b++) {
            order[sizeStart[largest - (start[b + 1] - start[b])]++] = b;
        }
        int[] displacement = new int[buckets];
        boolean[] taken = new boolean[rows];
        int[] tried = new int[largest];
        for (int b : order) {
            int from = start[b];
            int size = start[b + 1] - from;
            int d = 0;
            while (!fits(byBucket, from, size, d, rows, taken, tried)) {
                if (++d > 1 << 16) {
                    return null;
                }
            }
            for (int k = 0; k < size; k++) {
                taken[tried[k]] = true;
            }
            displacement[b] = d;
        }
        return displacement;
    }

    /** Whether displacement {@code d} puts a bucket's keys on free rows, each its own (left in {@code rows}). */
    private static boolean fits(long[] byBucket, int from, int size, int d, int rowCount, boolean[] taken,
            int[] rows) {
        for (int k = 0; k < size; k++) {
            int r = row(byBucket[from + k], d, rowCount);
            if (taken[r]) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                if (rows[j] == r) {
                    return false;
                }
            }
            rows[k] = r;
        }
        return true;
    }
}
