package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement of a second reading with the first, as LABELLING.md's consistency checks report it. */
class LabelAgreementTest {
    private static final String FIRST = """
            docno_a\tdocno_b\tlabel\tnote
            A-1\tB-1\tevent\tx
            A-2\tB-2\tevent\tx
            A-3\tB-3\tevent\tx
            A-4\tB-4\tevent\tx
            A-5\tB-5\tevent\tx
            A-6\tB-6\ttopic\tx
            A-7\tB-7\ttopic\tx
            A-8\tB-8\ttopic\tx
            A-9\tB-9\ttopic\tx
            A-10\tB-10\tunrelated\tx
            """;

    @Test
    void kappaDiscountsTheAgreementChanceGivesAtTheReadersOwnLabelRates() {
        // Second reading in the reverse order, pair 5 written the other way round and read as topic.
        String second = reversed(FIRST.replace("A-5\tB-5\tevent\tx", "B-5\tA-5\ttopic\ty"));
        LabelAgreement a = LabelAgreement.of(FIRST, second);
        assertThat(a.pairs()).isEqualTo(10);
        assertThat(a.agreed()).isEqualTo(9);
        assertThat(a.agreement()).isCloseTo(0.9, offset(1e-12));
        // Chance: event 5/10 x 4/10, topic 4/10 x 5/10, unrelated 1/10 x 1/10 = 0.41; kappa (0.9 - 0.41) / 0.59.
        assertThat(a.kappa()).isCloseTo(0.49 / 0.59, offset(1e-12));
    }

    @Test
    void theTableCountsEachPairUnderTheFirstReadersLabelAndTheSecondsLabel() {
        String second = reversed(FIRST.replace("A-5\tB-5\tevent\tx", "B-5\tA-5\ttopic\ty")
                .replace("A-10\tB-10\tunrelated\tx", "A-10\tB-10\ttopic\ty"));
        // Rows: the first reading's event, topic, unrelated; columns: the second's.
        assertThat(LabelAgreement.table(FIRST, second)).isDeepEqualTo(new int[][] {{4, 1, 0}, {0, 4, 0}, {0, 1, 0}});
        assertThat(LabelAgreement.of(FIRST, second).agreed()).isEqualTo(8);
    }

    @Test
    void aReadingOfOnlyPartOfTheSampleIsComparedOnItsOwnPairs() {
        String second = "docno_a\tdocno_b\tlabel\tnote\nA-6\tB-6\tevent\ty\nA-1\tB-1\tevent\ty\n";
        LabelAgreement a = LabelAgreement.of(FIRST, second);
        assertThat(a.pairs()).isEqualTo(2);
        assertThat(a.agreed()).isEqualTo(1);
        // Chance: first event 1/2 and topic 1/2, second event 2/2: 0.5; kappa (0.5 - 0.5) / 0.5 = 0.
        assertThat(a.kappa()).isCloseTo(0.0, offset(1e-12));
    }

    @Test
    void aPairTheFirstReadingNeverHadIsRefused() {
        assertThatThrownBy(() -> LabelAgreement.of(FIRST, "docno_a\tdocno_b\tlabel\tnote\nA-1\tC-1\tevent\ty\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pair A-1 C-1 of the second reading is not in the first");
        assertThatThrownBy(() -> LabelAgreement.of(FIRST, "docno_a\tdocno_b\tlabel\tnote\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The rows of a labels file in the reverse order, header kept first. */
    private static String reversed(String tsv) {
        List<String> rows = new ArrayList<>(List.of(tsv.split("\n")));
        String header = rows.remove(0);
        Collections.reverse(rows);
        return header + "\n" + String.join("\n", rows) + "\n";
    }
}
