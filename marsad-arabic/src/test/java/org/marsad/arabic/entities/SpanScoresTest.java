package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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

    @Test
    void theMacroFigureDoesNotDependOnTheSetsIterationOrder() {
        // F1 1, 1 and 1/3: (1 + 1) + 1/3 and (1/3 + 1) + 1 differ in the last bit, and Set.of's order changes per JVM
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        entities(gold, predicted, "PER", 1, 0, 0);
        entities(gold, predicted, "LOC", 1, 0, 0);
        entities(gold, predicted, "ORG", 1, 1, 3);
        SpanScores s = new SpanScores();
        s.add(gold, predicted);
        double forward = s.macroF1(new LinkedHashSet<>(List.of(EntityType.PER, EntityType.LOC, EntityType.ORG)));
        double backward = s.macroF1(new LinkedHashSet<>(List.of(EntityType.ORG, EntityType.LOC, EntityType.PER)));
        assertThat(backward).isEqualTo(forward);
        assertThat(forward).isCloseTo(7 / 9.0, within(1e-12));
    }

    /** One-token entities of a type: found, predicted but not in the gold, in the gold but missed. */
    private static void entities(List<String> gold, List<String> predicted, String type, int found, int extra,
            int missed) {
        for (int i = 0; i < found + extra + missed; i++) {
            gold.add(i < found || i >= found + extra ? "B-" + type : "O");
            predicted.add(i < found + extra ? "B-" + type : "O");
            gold.add("O");
            predicted.add("O");
        }
    }
}
