package org.marsad.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateBytes;

/**
 * An entity's context (the entities met beside it, with how many articles they share) kept in primitive arrays
 * counts as the map it replaces did: articles added and taken back, the first {@link KnownEntity#MAX_CONTEXT}
 * entities kept once full, an entity forgotten when its count falls to zero; and it goes through the context file.
 */
class KnownEntityContextTest {

    @Test
    void countsAsAMapUnderRandomMeetingsAndPartings() {
        Random rnd = new Random(5122026L);
        for (int round = 0; round < 200; round++) {
            KnownEntity e = new KnownEntity(1_000_000, "PER");
            Map<Long, Integer> model = new HashMap<>();
            int others = 10 + rnd.nextInt(150); // some rounds overflow MAX_CONTEXT, some never fill it
            for (int step = 0; step < 2_000; step++) {
                long other = 1 + rnd.nextInt(others) * 7919L;
                int n = rnd.nextInt(3) == 0 ? -1 - rnd.nextInt(2) : 1 + rnd.nextInt(2);
                e.meet(other, n);
                meetInModel(model, other, n);
            }
            assertEquals(new TreeMap<>(model), e.contextCounts(), "round " + round);
            for (long other = 1; other < others * 7919L; other += 7919L) {
                assertEquals(model.getOrDefault(other, 0), e.context(other));
            }
            assertEquals(!model.isEmpty(), e.hasContext());
        }
    }

    @Test
    void goesThroughTheContextFileAndReadsOneWrittenInAnyOrder() throws IOException {
        KnownEntity e = new KnownEntity(7, "ORG");
        e.meet(300, 2);
        e.meet(12, 1);
        e.meet(4_000_000_000L, 5);
        KnownEntity back = new KnownEntity(7, "ORG");
        back.readContext(StateBytes.input(StateBytes.written(e::writeContext)));
        assertEquals(e.contextCounts(), back.contextCounts());
        assertEquals(5, back.context(4_000_000_000L));

        // a file of the map-backed resolver lists its context in hash order, not sorted
        byte[] unsorted = StateBytes.written(out -> {
            out.writeInt(3);
            out.writeLong(900);
            out.writeInt(1);
            out.writeLong(20);
            out.writeInt(4);
            out.writeLong(500);
            out.writeInt(2);
        });
        KnownEntity read = new KnownEntity(7, "ORG");
        read.readContext(StateBytes.input(unsorted));
        assertEquals(Map.of(20L, 4, 500L, 2, 900L, 1), read.contextCounts());
        assertEquals(4, read.context(20));
        assertEquals(0, read.context(21));
    }

    @Test
    void aContextNamingOneEntityTwiceIsADamagedFile() throws IOException {
        byte[] twice = StateBytes.written(out -> {
            out.writeInt(2);
            out.writeLong(20);
            out.writeInt(1);
            out.writeLong(20);
            out.writeInt(3);
        });
        assertThrows(CorruptStateException.class,
                () -> new KnownEntity(7, "ORG").readContext(StateBytes.input(twice)));
    }

    // The map-backed context's rule: a newcomer only while fewer than MAX_CONTEXT are remembered.
    private static void meetInModel(Map<Long, Integer> model, long other, int n) {
        Integer c = model.get(other);
        if (c == null && (n < 0 || model.size() >= KnownEntity.MAX_CONTEXT)) {
            return;
        }
        int after = (c == null ? 0 : c) + n;
        if (after <= 0) {
            model.remove(other);
        } else {
            model.put(other, after);
        }
    }
}
