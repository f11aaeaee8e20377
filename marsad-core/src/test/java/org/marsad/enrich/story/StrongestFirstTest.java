package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An article's terms are ranked by one long per term: sorting the longs must give the order of the clusterer's
 * comparator over (id, weight) entries (heaviest first, then by id), and give back each weight bit for bit; seeded
 * weights with ties, both zeros, negatives, infinities and NaN.
 */
class StrongestFirstTest {

    @Test
    void keysSortAsTheComparatorOrdersEntriesAndKeepTheirWeights() {
        float[] odd = {0f, -0f, 1f, -1f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.NaN};
        for (long seed = 1; seed <= 200; seed++) {
            Random rnd = new Random(seed);
            int n = rnd.nextInt(300);
            List<Map.Entry<Integer, Float>> entries = new ArrayList<>();
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                int id = rnd.nextInt(5) == 0 ? Integer.MAX_VALUE - i : i * 7 + rnd.nextInt(7);
                float w = switch (rnd.nextInt(4)) {
                    case 0 -> odd[rnd.nextInt(odd.length)];
                    case 1 -> rnd.nextInt(4) * 0.25f; // ties
                    case 2 -> (float) (rnd.nextGaussian() * 1e-3);
                    default -> rnd.nextFloat() * 40;
                };
                entries.add(Map.entry(id, w));
                keys[i] = StoryClusterer.strongestFirst(w, id);
            }
            entries.sort(StoryClusterer.STRONGEST_FIRST);
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                assertThat((int) keys[i]).isEqualTo(entries.get(i).getKey());
                assertThat(Float.floatToRawIntBits(StoryClusterer.weightOf(keys[i])))
                        .isEqualTo(Float.floatToIntBits(entries.get(i).getValue()));
            }
        }
    }
}
