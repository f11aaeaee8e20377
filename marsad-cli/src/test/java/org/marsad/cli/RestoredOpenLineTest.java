package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * The first command on a restored archive indexes its whole store before it runs: it says so in one line first (how
 * many articles, why, how long it takes) and how long it took after, instead of saying nothing for minutes.
 */
class RestoredOpenLineTest {
    @TempDir
    Path dir;

    @Test
    void theFirstCommandOnARestoredArchiveSaysItIndexesTheStoreBeforeItRuns() throws Exception {
        Path data = dir.resolve("data");
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://restore.example/" + i)
                    .title("افتتاح مدرسة رقم " + i).body(List.of("افتتحت المدرسة الجديدة رقم " + i + " صباح اليوم."))
                    .source("المرصد").language("ar").build(), null));
        }
        try (Archive archive = Archive.open(data)) {
            archive.save(batch);
        }
        Path backup = dir.resolve("backup");
        assertThat(CliRun.of("backup", "--data", data.toString(), "--to", backup.toString()).exitCode()).isZero();
        Path restored = dir.resolve("restored");
        assertThat(CliRun.of("restore", "--from", backup.toString(), "--data", restored.toString()).exitCode())
                .isZero();

        String first = stderrOf("search", "--data", restored.toString(), "مدرسة");
        List<String> lines = first.lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("marsad: indexing the 3 stored articles of " + restored
                + " before the command runs (there was no index; about ")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.startsWith("marsad: indexed 3 articles of " + restored + " in "))
                .hasSize(1);

        // The index is there now: the next command says nothing of it.
        assertThat(stderrOf("search", "--data", restored.toString(), "مدرسة")).doesNotContain("index");
    }

    /** What the command wrote on the process's stderr (where opening speaks). */
    private static String stderrOf(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(run.err()).isZero();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
