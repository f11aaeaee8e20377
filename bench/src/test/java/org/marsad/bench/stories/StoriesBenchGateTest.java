package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.story.JoinGate;

/**
 * {@code StoriesBench --gate FILE}: the gate file JoinGateBench writes is read back as written, a file that is not
 * one is refused by name in one line, and the stories the bench scores are then joined through the gate.
 */
class StoriesBenchGateTest {
    private static final long START = 1_700_000_000L;

    @TempDir
    Path dir;

    private static JoinGate gate(double threshold) {
        return new JoinGate(new double[JoinGate.FEATURES.size()], 0, threshold);
    }

    @Test
    void aWrittenGateIsReadBackAsWritten() throws IOException {
        Path file = dir.resolve("gate.tsv");
        JoinGate written = gate(0.6);
        Files.writeString(file, written.write("made up for the test"));
        assertThat(StoriesBench.gate(file)).isEqualTo(written);
    }

    @Test
    void aMissingOrMalformedGateFileIsRefusedByName() throws IOException {
        Path missing = dir.resolve("none.tsv");
        assertThatThrownBy(() -> StoriesBench.gate(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none.tsv").hasMessageNotContaining("\n");
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "threshold\tnot a number\n");
        assertThatThrownBy(() -> StoriesBench.gate(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv");
    }

    /** Two outlets' reports worded alike join under the rules; a gate that admits nothing keeps them apart. */
    @Test
    void theScoredStoriesAreJoinedThroughTheGate() {
        assertThat(rewriteJoins(StoriesBench.scored(null))).as("the rules").isTrue();
        assertThat(rewriteJoins(StoriesBench.scored(gate(0.0)))).as("a gate that admits all").isTrue();
        assertThat(rewriteJoins(StoriesBench.scored(gate(1.01)))).as("a gate that admits nothing").isFalse();
    }

    private static boolean rewriteJoins(Enricher e) {
        List<String> words = List.of("w1", "w2", "w3", "w4", "w5", "w6");
        String first = e.clusterer().assign(article("a", START, "x", words), null);
        return e.clusterer().assign(article("b", START + 3_600L, "y", words), null).equals(first);
    }

    private static ArticleFeatures article(String id, long time, String source, List<String> words) {
        Map<String, Float> terms = new TreeMap<>();
        words.forEach(w -> terms.put(w, 1f));
        return new ArticleFeatures(id, time, source, "made-up headline " + id, new int[0], 0, new int[0], new int[0],
                new int[0], new long[0], terms, List.of(), List.of(), List.of(), Map.of());
    }
}
