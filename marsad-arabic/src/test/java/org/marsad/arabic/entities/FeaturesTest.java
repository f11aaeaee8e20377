package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The feature hashes the shipped model was trained on stay what they were. */
class FeaturesTest {
    @Test
    void aRangesHashIsTheHashOfItsSubstring() {
        Random random = new Random(20261205L);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوىيءآأإؤئةـًٌٍَُِّْa1 ";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder word = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            String s = word.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertThat(Features.fnv(s, from, to)).as("%s [%d, %d)", s, from, to)
                    .isEqualTo(Features.fnv(s.substring(from, to)));
        }
    }

    /**
     * A sentence's features through the thread's word memo are those of words analysed afresh, while the memo fills,
     * turns over its generations and brings back words of an older one (vocabularies smaller and larger than it).
     */
    @Test
    void wordsFromTheMemoGiveTheFeaturesOfFreshlyAnalysedWords() {
        Random random = new Random(20261205L);
        String letters = "ابتجحدرسعفقكلمنهوي";
        for (int round = 0; round < 4; round++) {
            String[] vocabulary = new String[round % 2 == 0 ? 500 : 60_000];
            for (int w = 0; w < vocabulary.length; w++) {
                StringBuilder word = new StringBuilder(random.nextInt(4) == 0 ? "وال" : "");
                for (int i = 2 + random.nextInt(6); i > 0; i--) {
                    word.append(letters.charAt(random.nextInt(letters.length())));
                }
                vocabulary[w] = word.toString();
            }
            for (int sentence = 0; sentence < 2_000; sentence++) {
                List<String> tokens = new ArrayList<>();
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    // half of them among the first words (the frequent ones), half any
                    int pick = random.nextBoolean() ? random.nextInt(vocabulary.length) : random.nextInt(300);
                    tokens.add(vocabulary[pick]);
                }
                WordFeatures[] memo = Features.analyse(tokens, Gazetteer.empty());
                Word[] fresh = new Word[tokens.size()];
                for (int i = 0; i < fresh.length; i++) {
                    fresh[i] = Word.of(tokens.get(i), Gazetteer.empty()::isWhole);
                    assertThat(memo[i].word).as("round %d, %s", round, tokens.get(i)).isEqualTo(fresh[i]);
                }
                assertThat(Features.extract(memo, Gazetteer.empty())).as("round %d, %s", round, tokens)
                        .isDeepEqualTo(Features.extract(fresh, Gazetteer.empty()));
            }
        }
    }
}
