package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanScoresTest {
    private static final Set<EntityType> MAIN = Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG);

    @Test
    void onlyExactSpansWithTheRightTypeCount() {
        SpanScores s = new SpanScores();
        s.add(List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"),
                List.of("B-PER", "O", "O", "B-LOC", "O", "B-LOC", "I-LOC"));
        // PER: predicted a shorter span → a false positive and a miss; LOC: one right, one wrong type
        assertThat(s.precision(EntityType.PER)).isZero();
        assertThat(s.recall(EntityType.PER)).isZero();
        assertThat(s.precision(EntityType.LOC)).isEqualTo(0.5);
        assertThat(s.recall(EntityType.LOC)).isEqualTo(1.0);
        assertThat(s.recall(EntityType.ORG)).isZero();
        double[] micro = s.micro(MAIN);
        assertThat(micro[0]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(micro[1]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.macroF1(MAIN)).isCloseTo((0 + 2 / 3.0 + 0) / 3, within(1e-9));
    }

    @Test
    void anInsideTagThatDoesNotContinueStartsAnEntity() {
        SpanScores s = new SpanScores();
        s.add(List.of("O", "B-LOC"), List.of("O", "I-LOC"));
        assertThat(s.f1(EntityType.LOC)).isEqualTo(1.0);
    }
}
