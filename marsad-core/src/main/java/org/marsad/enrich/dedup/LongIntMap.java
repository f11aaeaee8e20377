package org.marsad.enrich.dedup;

import java.io.IOException;
import java.util.Arrays;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;

/** An open-addressing long → int map without boxing, for LSH bucket heads. Absent keys read as -1. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new boolean[cap];
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return -1;
    }

    /** Stores the value and returns the previous one, or -1. */
    int put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (used[i]) {
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    long bytes() {
        return keys.length * 13L;
    }

    /** Writes the table as it is laid out, so that reading it back needs no rehashing. */
    void writeTo(StateOutput out) throws IOException {
        out.writeInt(keys.length);
        out.writeInt(size);
        out.writeLongs(keys, 0, keys.length);
        out.writeInts(values, 0, values.length);
        for (int i = 0; i < used.length; i += 64) {
            long bits = 0;
            for (int b = 0; b < 64 && i + b < used.length; b++) {
                if (used[i + b]) {
                    bits |= 1L << b;
                }
            }
            out.writeLong(bits);
        }
    }

    static LongIntMap readFrom(StateInput in) throws IOException {
        int cap = in.readLength();
        int size = in.readLength();
        if (Integer.bitCount(cap) != 1 || size * 2 > cap) {
            throw new CorruptStateException("bad table size " + cap + "/" + size);
        }
        LongIntMap m = new LongIntMap(1);
        m.keys = new long[cap];
        m.values = new int[cap];
        m.used = new boolean[cap];
        m.size = size;
        in.readLongs(m.keys, 0, cap);
        in.readInts(m.values, 0, cap);
        int n = 0;
        for (int i = 0; i < cap; i += 64) {
            long bits = in.readLong();
            for (int b = 0; b < 64 && i + b < cap; b++) {
                if ((bits & 1L << b) != 0) {
                    m.used[i + b] = true;
                    n++;
                }
            }
        }
        if (n != size) {
            throw new CorruptStateException("table counts " + n + " entries, not " + size);
        }
        return m;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                put(k[i], v[i]);
            }
        }
        Arrays.fill(u, false);
    }
}
