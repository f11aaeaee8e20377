package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The story-pair files shipped with the bench (and the test fixtures beside them), read for the sample tests. */
final class ShippedFiles {
    private ShippedFiles() {
    }

    /** A resource of this package as text: a shipped file of the bench or a fixture of the tests. */
    static String text(String name) {
        try (InputStream in = ShippedFiles.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of a resource's TSV text, header first. */
    static List<String[]> rows(String name) {
        return parse(text(name));
    }

    /** The rows of TSV text, header first, blank lines and a relabelling's leading '#' lines left out. */
    static List<String[]> parse(String tsv) {
        List<String[]> out = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /**
     * Checks the rows of a labels file (header first): each has its two numbers, a label and a note, and the notes
     * are short English summaries, no Arabic text copied from the corpus.
     */
    static void assertLabelledInEnglish(List<String[]> rows) {
        for (String[] r : rows.subList(1, rows.size())) {
            assertThat(r).as("row %s", String.join(" ", r)).hasSize(4);
            assertThat(r[2]).isIn("event", "topic", "unrelated");
            assertThat(r[3]).as("note of %s %s", r[0], r[1]).isNotBlank();
            assertThat(r[3].codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)).as(r[3]).isTrue();
        }
    }
}
