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

    /**
     * Truncating forgets the ids added last as if never added, through growth of the table: the rest keep their
     * ordinals and are still found, the forgotten are not, and ids interned next are numbered from the new size, as
     * in a table that never held the forgotten ones.
     */
    @Test
    void truncatingForgetsTheNewestIdsAsIfNeverAdded() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            StringTable table = new StringTable();
            StringTable never = new StringTable();
            List<String> kept = new ArrayList<>();
            for (int round = 0; round < 30; round++) {
                int before = table.size();
                List<String> tentative = new ArrayList<>();
                for (int i = rnd.nextInt(rnd.nextBoolean() ? 5 : 3_000); i > 0; i--) {
                    String s = id(rnd, kept);
                    if (table.find(s) < 0) {
                        table.add(s);
                        tentative.add(s);
                    }
                }
                table.truncate(before);
                assertThat(table.size()).isEqualTo(before);
                for (String s : tentative) {
                    assertThat(table.find(s)).isEqualTo(kept.contains(s) ? kept.indexOf(s) : -1);
                }
                // What is kept for good this round: some of the forgotten ids again, and others.
                for (int i = rnd.nextInt(50); i > 0; i--) {
                    String s = !tentative.isEmpty() && rnd.nextBoolean()
                            ? tentative.get(rnd.nextInt(tentative.size())) : id(rnd, kept);
                    assertThat(table.intern(s)).isEqualTo(never.intern(s));
                    if (!kept.contains(s)) {
                        kept.add(s);
                    }
                }
            }
            assertThat(table.size()).isEqualTo(kept.size());
            for (int o = 0; o < kept.size(); o++) {
                assertThat(table.get(o)).isEqualTo(kept.get(o));
                assertThat(table.find(kept.get(o))).isEqualTo(o);
            }
            final StringTable t = table;
            assertThatThrownBy(() -> t.truncate(t.size() + 1)).isInstanceOf(IllegalArgumentException.class);
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

    /**
     * A look-up finds an id by its UTF-8 bytes whatever their length per character (one to four, boundaries included)
     * and for lone surrogates too, which the encoder writes as '?': the same answers as a map keyed by the bytes.
     */
    @Test
    void findsIdsByTheirUtf8BytesForEveryCharacterWidth() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            StringTable table = new StringTable();
            Map<String, Integer> byBytes = new HashMap<>();
            List<String> added = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                String s = mixedWidths(rnd);
                String key = utf8Key(s);
                if (!byBytes.containsKey(key)) {
                    byBytes.put(key, table.add(s));
                    added.add(s);
                }
            }
            for (String s : added) {
                assertThat(table.find(s)).isEqualTo(byBytes.get(utf8Key(s)));
            }
            for (int i = 0; i < 3_000; i++) {
                String s = rnd.nextBoolean() ? mixedWidths(rnd) : oneChanged(rnd, added.get(rnd.nextInt(added.size())));
                assertThat(table.find(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                        .isEqualTo(byBytes.getOrDefault(utf8Key(s), -1));
            }
        }
    }

    private static String utf8Key(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // Characters of one to four UTF-8 bytes, the boundaries between widths among them, and now and then a lone
    // surrogate or a '?' (what a lone surrogate is written as).
    private static String mixedWidths(Random rnd) {
        int[] edges = {0x00, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
        StringBuilder b = new StringBuilder();
        for (int i = rnd.nextInt(6); i > 0; i--) {
            switch (rnd.nextInt(8)) {
                case 0 -> b.append((char) ('a' + rnd.nextInt(4)));
                case 1 -> b.append((char) (0x0621 + rnd.nextInt(4)));
                case 2 -> b.append((char) (0x4E00 + rnd.nextInt(4)));
                case 3 -> b.appendCodePoint(0x1F600 + rnd.nextInt(4));
                case 4 -> b.appendCodePoint(edges[rnd.nextInt(edges.length)]);
                case 5 -> b.append((char) (rnd.nextBoolean() ? 0xD800 + rnd.nextInt(2) : 0xDC00 + rnd.nextInt(2)));
                case 6 -> b.append('?');
                default -> b.append((char) (0xFB50 + rnd.nextInt(4)));
            }
        }
        return b.toString();
    }

    private static String oneChanged(Random rnd, String s) {
        if (s.isEmpty()) {
            return "?";
        }
        int at = rnd.nextInt(s.length());
        return s.substring(0, at) + (char) (s.charAt(at) ^ (1 << rnd.nextInt(16))) + s.substring(at + 1);
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
