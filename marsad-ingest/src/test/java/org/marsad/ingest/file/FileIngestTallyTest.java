package org.marsad.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * review23: the progress of an ingest counted files, so one JSON Lines file of 100,000 articles showed nothing until
 * it was done. The run tells its watcher the articles read and stored, overall and in the file being read, as it
 * goes.
 */
class FileIngestTallyTest extends FileIngestFixture {
    private final List<FileIngest.Tally> told = new ArrayList<>();

    @BeforeEach
    void watch() {
        ingest.watchedBy(told::add);
    }

    private Path lines(String name, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"url\":\"https://example.org/").append(name).append('/').append(i)
                    .append("\",\"title\":\"خبر رقم ").append(i).append("\",\"body\":[\"نص الخبر رقم ").append(i)
                    .append(".\"]}\n");
        }
        return Files.writeString(tmp.resolve(name + ".jsonl"), sb, StandardCharsets.UTF_8);
    }

    @Test
    void aLongFileIsToldArticleByArticleAndBatchByBatchBeforeItEnds() throws IOException {
        Path big = lines("big", 2 * FileIngest.BATCH + 50);
        Path small = lines("small", 30);

        ingest.file(big);
        // Mid-file: every article read was told, and the batches saved so far were counted as stored.
        assertThat(told).anySatisfy(t -> {
            assertThat(t.file()).isEqualTo(big);
            assertThat(t.fileArticles()).isEqualTo(FileIngest.BATCH + 1);
            assertThat(t.articles()).isEqualTo(FileIngest.BATCH + 1);
        });
        assertThat(told).anySatisfy(t -> assertThat(t.stored()).isEqualTo(FileIngest.BATCH));
        ingest.file(small);
        ingest.flush();

        FileIngest.Tally last = told.get(told.size() - 1);
        assertThat(last.file()).isEqualTo(small);
        assertThat(last.fileArticles()).as("the second file counts from zero").isEqualTo(30);
        assertThat(last.articles()).isEqualTo(2 * FileIngest.BATCH + 80);
        assertThat(last.stored()).isEqualTo(2 * FileIngest.BATCH + 80);
    }
}
