package org.marsad.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The resolver's hashed name lookups give back exactly what the map of lists they replace gave: the entities filed
 * under a key, once each, in filing order, and nothing for a key never filed.
 */
class NameIndexTest {

    @Test
    void answersAsAMapOfListsWouldUnderRandomFiling() {
        Random rnd = new Random(20261205L);
        List<KnownEntity> entities = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            entities.add(new KnownEntity(i, i % 3 == 0 ? "ORG" : "PER"));
        }
        // keys shaped like the resolver's: a type, then Arabic letters, many sharing prefixes and one-letter deletions
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder k = new StringBuilder(rnd.nextBoolean() ? "PER|" : "ORG|");
            int n = 2 + rnd.nextInt(9);
            for (int j = 0; j < n; j++) {
                k.append(letters.charAt(rnd.nextInt(rnd.nextBoolean() ? 4 : letters.length())));
            }
            keys.add(k.toString());
        }
        NameIndex index = new NameIndex();
        Map<String, List<KnownEntity>> model = new HashMap<>();
        for (int step = 0; step < 40_000; step++) {
            String key = keys.get(rnd.nextInt(keys.size()));
            KnownEntity e = entities.get(rnd.nextInt(rnd.nextInt(4) == 0 ? entities.size() : 5));
            index.add(key, e);
            List<KnownEntity> list = model.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
        assertEquals(model.size(), index.size());
        for (String key : keys) {
            assertEquals(model.getOrDefault(key, List.of()), index.get(key), key);
        }
        for (int i = 0; i < 1_000; i++) {
            assertTrue(index.get("LOC|never filed " + i).isEmpty());
        }
    }

    @Test
    void keysThatDifferOnlyInTypeOrOneLetterStayApart() {
        KnownEntity egypt = new KnownEntity(1, "LOC");
        KnownEntity club = new KnownEntity(2, "ORG");
        NameIndex index = new NameIndex();
        index.add("LOC|مصر", egypt);
        index.add("ORG|مصر", club);
        index.add("ORG|مصري", club);
        assertEquals(List.of(egypt), index.get("LOC|مصر"));
        assertEquals(List.of(club), index.get("ORG|مصر"));
        assertEquals(List.of(), index.get("LOC|مصري"));
        assertEquals(3, index.size());
    }
}
