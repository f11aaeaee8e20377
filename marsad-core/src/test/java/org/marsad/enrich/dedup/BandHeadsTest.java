package org.marsad.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateBytes;

/**
 * The entries-only heads table answers as a map from key to latest entry would (seeded keys with many repeats and
 * keys that share slots), through growth and a write/read round trip; a damaged table is refused.
 */
class BandHeadsTest {

    @Test
    void answersAsAMapOfKeyToLatestEntryWould() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            int n = 200 + rnd.nextInt(5_000);
            long[] keyOf = new long[n];
            // Few distinct keys (long chains) or many; some differ only in bits the slot function folds together.
            int distinct = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : n);
            long[] pool = new long[distinct];
            for (int i = 0; i < distinct; i++) {
                pool[i] = rnd.nextInt(4) == 0 ? (long) i << 32 | i : rnd.nextLong();
            }
            BandHeads heads = new BandHeads(16, e -> keyOf[e]);
            Map<Long, Integer> expected = new HashMap<>();
            for (int e = 0; e < n; e++) {
                keyOf[e] = pool[rnd.nextInt(distinct)];
                Integer before = expected.put(keyOf[e], e);
                assertThat(heads.put(keyOf[e], e)).isEqualTo(before == null ? -1 : before);
            }
            assertThat(heads.size()).isEqualTo(expected.size());
            BandHeads read = roundTrip(heads, e -> keyOf[e], n);
            for (long k : pool) {
                int want = expected.getOrDefault(k, -1);
                assertThat(heads.get(k)).isEqualTo(want);
                assertThat(read.get(k)).isEqualTo(want);
            }
            for (int i = 0; i < 100; i++) {
                long absent = rnd.nextLong();
                if (!expected.containsKey(absent)) {
                    assertThat(heads.get(absent)).isEqualTo(-1);
                    assertThat(read.get(absent)).isEqualTo(-1);
                }
            }
        }
    }

    @Test
    void aTableWithEntriesBeyondTheIndexIsRefused() throws IOException {
        long[] keyOf = new long[100];
        Arrays.setAll(keyOf, i -> i * 7919L);
        BandHeads heads = new BandHeads(16, e -> keyOf[e]);
        for (int e = 0; e < 100; e++) {
            heads.put(keyOf[e], e);
        }
        assertThatThrownBy(() -> roundTrip(heads, e -> keyOf[e], 50)).isInstanceOf(CorruptStateException.class);
    }

    private static BandHeads roundTrip(BandHeads heads, BandHeads.Keys keys, int entries) throws IOException {
        return BandHeads.readFrom(StateBytes.input(StateBytes.written(heads::writeTo)), keys, entries);
    }
}
