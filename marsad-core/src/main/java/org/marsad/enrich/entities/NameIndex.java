package org.marsad.enrich.entities;

import java.util.Arrays;
import java.util.List;

/**
 * The resolver's lookups from a name key to the entities filed under it, keyed by a 64-bit hash of the key instead
 * of the key's text. A spelling of ten letters is filed under a dozen keys (its one-letter deletions among them):
 * as strings in a {@code HashMap} of {@code ArrayList}s each cost about 150 bytes, here about 20, and every entity of
 * the archive has them.
 *
 * <p>Two keys of one hash would share their entities: the resolver checks every entity a lookup returns against the
 * spelling itself ({@code hasVariant}, {@code isClose}, {@code endsWith}, ...), so such a collision (about one in
 * 10<sup>7</sup> at a million keys) adds no wrong candidate. Entities under a key come back in the order they were
 * filed, as the list did. Not thread-safe: the resolver serializes.
 */
final class NameIndex {
    private static final long EMPTY = 0L;

    private long[] hashes = new long[16];
    /** A {@link KnownEntity} when one is filed under the key, else a {@code KnownEntity[]} in filing order. */
    private Object[] filed = new Object[16];
    private int keys;

    /** Files {@code e} under {@code key} (once: filing it again changes nothing). */
    void add(String key, KnownEntity e) {
        long h = hash(key);
        int slot = slot(h);
        if (hashes[slot] == EMPTY) {
            hashes[slot] = h;
            filed[slot] = e;
            if (++keys * 4 > hashes.length * 3) {
                grow();
            }
            return;
        }
        Object f = filed[slot];
        if (f == e) {
            return;
        }
        KnownEntity[] list = f instanceof KnownEntity one ? new KnownEntity[] {one} : (KnownEntity[]) f;
        for (KnownEntity k : list) {
            if (k == e) {
                return;
            }
        }
        KnownEntity[] more = Arrays.copyOf(list, list.length + 1);
        more[list.length] = e;
        filed[slot] = more;
    }

    /** The entities filed under {@code key}, in filing order (empty when none). */
    List<KnownEntity> get(String key) {
        long h = hash(key);
        Object f = filed[slot(h)];
        if (f == null) {
            return List.of();
        }
        return f instanceof KnownEntity one ? List.of(one) : Arrays.asList((KnownEntity[]) f);
    }

    /** Number of distinct keys. */
    int size() {
        return keys;
    }

    // The slot holding h, or the empty slot where it would go (linear probing; the table is never full).
    private int slot(long h) {
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != EMPTY && hashes[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldHashes = hashes;
        Object[] oldFiled = filed;
        hashes = new long[oldHashes.length * 2];
        filed = new Object[oldHashes.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int s = slot(oldHashes[i]);
                hashes[s] = oldHashes[i];
                filed[s] = oldFiled[i];
            }
        }
    }

    /** A 64-bit hash of the key's characters (FNV-1a, then a finalizer that spreads every bit), never {@link #EMPTY}. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }
}
