package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The perfect hash under the tagger's weight table: every key a row of its own, inside a table about its size. */
class FeatureRowsTest {

    @Test
    void givesEachKeyItsOwnRowOnSeededRandomKeySets() {
        Random random = new Random(20261206L);
        for (int round = 0; round < 300; round++) {
            int n = round < 20 ? round : random.nextInt(round % 7 == 0 ? 60_000 : 3_000);
            Set<Long> distinct = new HashSet<>();
            while (distinct.size() < n) {
                // model keys are spread hashes; some sets share their low bits (one bucket) or are small numbers
                long key = switch (random.nextInt(3)) {
                    case 0 -> random.nextLong();
                    case 1 -> ((long) random.nextInt() << 32) | (round & 0xFF);
                    default -> 1 + random.nextInt(4 * n + 1);
                };
                distinct.add(key);
            }
            long[] keys = distinct.stream().mapToLong(Long::longValue).toArray();
            FeatureRows rows = new FeatureRows(keys);

            assertThat(rows.rows()).as("round %d: rows for %d keys", round, n).isLessThanOrEqualTo(2 * n + 2);
            Set<Integer> used = new HashSet<>();
            for (long key : keys) {
                int row = rows.rowOf(key);
                assertThat(row).as("round %d", round).isBetween(0, rows.rows() - 1);
                assertThat(used.add(row)).as("round %d: key %x shares row %d", round, key, row).isTrue();
            }
            for (int probe = 0; probe < 100; probe++) {
                assertThat(rows.rowOf(random.nextLong())).as("a key outside the set").isBetween(0, rows.rows() - 1);
            }
        }
    }

    @Test
    void placesTheSameKeysInTheSameRowsWhateverTheirOrder() {
        Random random = new Random(7L);
        long[] keys = random.longs(5_000).distinct().toArray();
        long[] reversed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        FeatureRows a = new FeatureRows(keys);
        FeatureRows b = new FeatureRows(reversed);
        for (long key : keys) {
            assertThat(b.rowOf(key)).isEqualTo(a.rowOf(key));
        }
    }

    @Test
    void refusesARepeatedKey() {
        assertThatThrownBy(() -> new FeatureRows(new long[] {5L, 9L, 5L}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not distinct");
    }
}
