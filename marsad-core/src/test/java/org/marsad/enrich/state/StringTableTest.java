package org.marsad.enrich.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The packed string table answers as a list of ids plus a map from id to position would: seeded ids of the archive's
 * shape (16 hex digits), arbitrary ones (Arabic, empty, long, differing in one character), through growth.
 */
class StringTableTest {

    @Test
    void answersAsAListAndAMapWould() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            StringTable table = new StringTable();
            List<String> byOrdinal = new ArrayList<>();
            Map<String, Integer> ordinals = new HashMap<>();
            int n = 1 + rnd.nextInt(20_000);
            for (int i = 0; i < n; i++) {
                String id = id(rnd, byOrdinal);
                if (ordinals.containsKey(id)) {
                    String taken = id;
                    assertThatThrownBy(() -> table.add(taken)).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                assertThat(table.add(id)).isEqualTo(byOrdinal.size());
                ordinals.put(id, byOrdinal.size());
                byOrdinal.add(id);
            }
            assertThat(table.size()).isEqualTo(byOrdinal.size());
            for (int o = 0; o < byOrdinal.size(); o++) {
                assertThat(table.get(o)).isEqualTo(byOrdinal.get(o));
                assertThat(table.find(byOrdinal.get(o))).isEqualTo(o);
            }
            for (int i = 0; i < 2_000; i++) {
                String other = id(rnd, List.of());
                assertThat(table.find(other)).isEqualTo(ordinals.getOrDefault(other, -1));
            }
        }
    }

    /** Interning numbers strings in order of first use, as the story clusterer's dictionaries need. */
    @Test
    void interningNumbersStringsInOrderOfFirstUse() {
        for (long seed = 1; seed <= 10; seed++) {
            Random rnd = new Random(seed);
            StringTable table = new StringTable();
            Map<String, Integer> firstUse = new HashMap<>();
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                String s = !seen.isEmpty() && rnd.nextInt(3) == 0 ? seen.get(rnd.nextInt(seen.size())) : id(rnd, seen);
                Integer expected = firstUse.computeIfAbsent(s, x -> firstUse.size());
                assertThat(table.intern(s)).isEqualTo(expected);
                seen.add(s);
            }
            assertThat(table.size()).isEqualTo(firstUse.size());
        }
    }

    @Test
    void anOrdinalOutsideTheTableIsRefused() {
        StringTable table = new StringTable();
        table.add("a");
        assertThatThrownBy(() -> table.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(table.find("b")).isEqualTo(-1);
    }

    // Mostly archive ids; some Arabic, empty, long, or an earlier id with one character changed or added.
    private static String id(Random rnd, List<String> earlier) {
        int kind = rnd.nextInt(10);
        if (kind == 0 && !earlier.isEmpty()) {
            String e = earlier.get(rnd.nextInt(earlier.size()));
            if (e.isEmpty() || rnd.nextBoolean()) {
                return e + (char) ('a' + rnd.nextInt(3));
            }
            int at = rnd.nextInt(e.length());
            return e.substring(0, at) + (char) ('0' + rnd.nextInt(3)) + e.substring(at + 1);
        }
        if (kind == 1) {
            StringBuilder b = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                b.append((char) (0x0621 + rnd.nextInt(40)));
            }
            return b.toString();
        }
        if (kind == 2) {
            return "https://example.invalid/" + rnd.nextInt(1_000) + "/" + "x".repeat(rnd.nextInt(300));
        }
        return String.format("%016x", rnd.nextLong() & (rnd.nextBoolean() ? 0xffffL : -1L));
    }
}
