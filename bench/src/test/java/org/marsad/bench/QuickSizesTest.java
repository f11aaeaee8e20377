package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** bench/README.md's "Quick mode" table states what quick mode shrinks: it must be what the code runs. */
class QuickSizesTest {

    private static List<String> readmeRows() throws IOException {
        Path readme = Path.of("README.md"); // surefire runs in the bench module's directory
        List<String> rows = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("## ")) {
                in = line.equals("## Quick mode");
            } else if (in && line.startsWith("| ") && !line.startsWith("| size ")) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static String number(int n) {
        return n == Integer.MAX_VALUE ? "all" : String.format(Locale.ROOT, "%,d", n);
    }

    @Test
    void theReadmeTableListsEveryQuickSizeAsTheCodeHasIt() throws IOException {
        List<String> expected = new ArrayList<>();
        for (QuickSizes q : QuickSizes.values()) {
            expected.add("| " + q.name() + " | " + q.parts() + " | " + q.what() + " | " + number(q.quick()) + " | "
                    + number(q.full()) + " | " + q.quickShows() + " |");
        }
        assertThat(readmeRows()).containsExactlyElementsOf(expected);
    }

    @Test
    void quickModeIsNeverLargerThanTheFullRun() {
        for (QuickSizes q : QuickSizes.values()) {
            assertThat(q.quick()).as(q.name()).isPositive().isLessThan(q.full());
        }
    }

    @Test
    void contextPicksTheQuickOrTheFullValue() {
        Context quick = new Context(true, null, null, null, java.util.Optional.empty(), null, null,
                java.util.Optional.empty(), java.util.OptionalInt.empty());
        Context full = new Context(false, null, null, null, java.util.Optional.empty(), null, null,
                java.util.Optional.empty(), java.util.OptionalInt.empty());
        assertThat(quick.size(QuickSizes.CORPUS_ARTICLES)).isEqualTo(5_000);
        assertThat(full.size(QuickSizes.CORPUS_ARTICLES)).isEqualTo(100_000);
    }

    @Test
    void theReadmeNamesTheDefaultPartsAndThoseRunOnlyWhenNamed() throws IOException {
        // README lines wrap at 120 columns: compare with every run of white space as one space.
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertThat(readme).contains("leaves out the parts that run only when named ("
                + String.join(", ", new java.util.TreeSet<>(BenchMain.onlyWhenAsked())) + ")");
        assertThat(readme).contains("runs the same parts as the full run ("
                + String.join(", ", BenchMain.defaultParts()) + ")");
    }
}
