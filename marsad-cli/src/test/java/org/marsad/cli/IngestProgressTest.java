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
                .isEqualTo("12,345 articles read, 12,200 stored (news.jsonl: 5,000)");
        assertThat(IngestProgress.line(new FileIngest.Tally(null, 0, 3, 2))).isEqualTo("3 articles read, 2 stored");
    }

    @Test
    void theBarsMessageMovesAtMostEveryHalfSecond() {
        long[] now = {0};
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest")
                .setConsumer(new DelegatingProgressBarConsumer(s -> { })).build()) {
            IngestProgress progress = new IngestProgress(bar, () -> now[0]);
            Path f = Path.of("news.jsonl");
            progress.accept(new FileIngest.Tally(f, 1, 1, 0));
            assertThat(bar.getExtraMessage()).isEqualTo("1 articles read, 0 stored (news.jsonl: 1)");
            now[0] += IngestProgress.INTERVAL_NANOS / 2;
            progress.accept(new FileIngest.Tally(f, 2, 2, 0));
            assertThat(bar.getExtraMessage()).as("too soon").endsWith("(news.jsonl: 1)");
            now[0] += IngestProgress.INTERVAL_NANOS;
            progress.accept(new FileIngest.Tally(f, 3, 3, 0));
            assertThat(bar.getExtraMessage()).endsWith("(news.jsonl: 3)");
        }
    }
}
