package org.marsad.enrich.dedup;

import java.io.IOException;
import java.util.Arrays;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;

/**
 * The LSH bucket heads: band key → the latest chain entry with that key, or -1. An open-addressing table of entries
 * only: an entry's key is not stored but recomputed from the signature it points into ({@link Keys}), so a slot is
 * 4 bytes instead of the 13 of a key/value/used table — the table was the largest per-article cost of the
 * near-duplicate index (20 bands, each a slot at most half full). Lookups find exactly what a map would.
 */
final class BandHeads {
    /** The band key of a chain entry. */
    @FunctionalInterface
    interface Keys {
        long keyOf(int entry);
    }

    private static final int EMPTY = -1;
    private final Keys keys;
    private int[] slots;
    private int size;

    BandHeads(int capacity, Keys keys) {
        this.keys = keys;
        int cap = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        slots = new int[cap];
        Arrays.fill(slots, EMPTY);
    }

    int get(long key) {
        int mask = slots.length - 1;
        for (int i = slot(key, mask); slots[i] != EMPTY; i = (i + 1) & mask) {
            if (keys.keyOf(slots[i]) == key) {
                return slots[i];
            }
        }
        return EMPTY;
    }

    /** Makes {@code entry} the head of {@code key}'s chain and returns the previous head, or -1. */
    int put(long key, int entry) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = slot(key, mask);
        while (slots[i] != EMPTY) {
            if (keys.keyOf(slots[i]) == key) {
                int old = slots[i];
                slots[i] = entry;
                return old;
            }
            i = (i + 1) & mask;
        }
        slots[i] = entry;
        size++;
        return EMPTY;
    }

    int size() {
        return size;
    }

    long bytes() {
        return slots.length * 4L;
    }

    /** Writes the table as it is laid out, so that reading it back needs no rehashing. */
    void writeTo(StateOutput out) throws IOException {
        out.writeInt(slots.length);
        out.writeInt(size);
        out.writeInts(slots, 0, slots.length);
    }

    /**
     * Reads a table written by {@link #writeTo}; {@code entries} bounds the entry numbers it may hold.
     *
     * @throws CorruptStateException when the table contradicts itself
     */
    static BandHeads readFrom(StateInput in, Keys keys, int entries) throws IOException {
        int cap = in.readLength();
        int size = in.readLength();
        if (Integer.bitCount(cap) != 1 || size * 2L > cap || (long) cap * 4 > in.limit()) {
            throw new CorruptStateException("bad table size " + cap + "/" + size);
        }
        BandHeads h = new BandHeads(1, keys);
        h.slots = new int[cap];
        in.readInts(h.slots, 0, cap);
        int n = 0;
        for (int e : h.slots) {
            if (e != EMPTY) {
                if (e < 0 || e >= entries) {
                    throw new CorruptStateException("table entry " + e + " out of range");
                }
                n++;
            }
        }
        if (n != size) {
            throw new CorruptStateException("table counts " + n + " entries, not " + size);
        }
        h.size = size;
        return h;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (int e : old) {
            if (e != EMPTY) {
                int i = slot(keys.keyOf(e), mask);
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = e;
            }
        }
    }
}
