package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.text.Hashing;

/** The hash arrays of an article's features: each word's hash once, sorted, whatever the set's order. */
class ArticleFeaturesHashesTest {

    @Test
    void areTheSortedDistinctHashesOfSeededWordSets() {
        Random rnd = new Random(20261206L);
        for (int round = 0; round < 2_000; round++) {
            Set<String> words = new HashSet<>();
            for (int n = rnd.nextInt(40); n > 0; n--) {
                words.add(Integer.toString(rnd.nextInt(60), 36) + (rnd.nextBoolean() ? "ال" : ""));
            }
            // the boxed stream the features were made with before
            int[] expected = words.stream().mapToInt(w -> (int) Hashing.hash(w)).sorted().distinct().toArray();
            assertThat(ArticleFeatures.hashes(words)).isEqualTo(expected);
        }
    }
}
