package org.marsad.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyF1ScorerTest {

    @Test
    void identicalTokensScoreOneWhateverThePunctuationAndSpacing() {
        BodyF1Scorer.DocScore s = BodyF1Scorer.score("One two, three four five.", "one two three four five");
        // Case differs, so "One" and "one" are different tokens: 1 of 2 shingles shared.
        assertThat(s.identicalTokens()).isFalse();
        BodyF1Scorer.DocScore same = BodyF1Scorer.score("One two, three four five.", "One  two\nthree four five");
        assertThat(same.identicalTokens()).isTrue();
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecall() {
        // gold: a b c d e f -> shingles abcd bcde cdef; predicted: a b c d e f g h -> + defg efgh
        BodyF1Scorer.DocScore extra = BodyF1Scorer.score("a b c d e f", "a b c d e f g h");
        assertThat(extra.precision()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(extra.recall()).isEqualTo(1.0);
        BodyF1Scorer.DocScore missing = BodyF1Scorer.score("a b c d e f g h", "a b c d e f");
        assertThat(missing.precision()).isEqualTo(1.0);
        assertThat(missing.recall()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(extra.tp() + extra.fp() + extra.fn()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        BodyF1Scorer.DocScore s = BodyF1Scorer.score("w x y z", "w x y z w x y z");
        // predicted shingles: wxyz twice, xyzw, yzwx, zwxy; gold: wxyz once.
        assertThat(s.precision()).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void shortTextsAreOneShingleAndArabicWordsAreTokens() {
        assertThat(BodyF1Scorer.score("مرحبا بكم", "مرحبا بكم").f1()).isEqualTo(1.0);
        assertThat(BodyF1Scorer.score("مرحبا بكم", "أهلا بكم").f1()).isEqualTo(0.0);
    }

    @Test
    void nothingPredictedLeavesPrecisionOutOfTheMean() {
        BodyF1Scorer scorer = new BodyF1Scorer();
        scorer.add("a b c d e", "");
        scorer.add("a b c d e", "a b c d e");
        BodyF1Scorer.Result r = scorer.result();
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(r.accuracy()).isEqualTo(0.5);
    }

    @Test
    void missingEvaluationDataIsSkippedWithANote(@TempDir Path empty) {
        ExtractionEval.Result r = ExtractionEval.run(empty);
        assertThat(r.scrapinghub()).isNull();
        assertThat(r.arabic()).isEmpty();
        assertThat(r.notes()).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("skipped"));
    }
}
