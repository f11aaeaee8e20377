package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.file.FileIngest;

/** review23: at a terminal, an ingest shows its articles read and stored, overall and in the file being read. */
class IngestProgressTest {
    @Test
    void theLineSaysTheRunsArticlesThenTheFiles() {
        assertThat(IngestProgress.line(new FileIngest.Tally(Path.of("dumps", "news.jsonl"), 5_000, 12_345, 12_200)))
                .isEqualTo("articles: 12,345 read, 12,200 stored (news.jsonl: 5,000)");
        assertThat(IngestProgress.line(new FileIngest.Tally(Path.of("news.jsonl"), 3, 3, 2)))
                .as("the first or only file: its counts are the run's").isEqualTo("articles: 3 read, 2 stored");
        assertThat(IngestProgress.line(new FileIngest.Tally(null, 0, 3, 2))).isEqualTo("articles: 3 read, 2 stored");
    }

    @Test
    void theBarsMessageMovesAtMostEveryHalfSecond() {
        long[] now = {0};
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest")
                .setConsumer(new DelegatingProgressBarConsumer(s -> { })).build()) {
            IngestProgress progress = new IngestProgress(bar, () -> now[0]);
            Path f = Path.of("news.jsonl");
            progress.accept(new FileIngest.Tally(f, 1, 11, 0));
            assertThat(bar.getExtraMessage()).isEqualTo("articles: 11 read, 0 stored (news.jsonl: 1)");
            now[0] += IngestProgress.INTERVAL_NANOS / 2;
            progress.accept(new FileIngest.Tally(f, 2, 12, 0));
            assertThat(bar.getExtraMessage()).as("too soon").endsWith("(news.jsonl: 1)");
            now[0] += IngestProgress.INTERVAL_NANOS;
            progress.accept(new FileIngest.Tally(f, 3, 13, 0));
            assertThat(bar.getExtraMessage()).endsWith("(news.jsonl: 3)");
        }
    }
}
