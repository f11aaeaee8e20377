package org.marsad.cli;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import org.marsad.ingest.file.FileIngest;

/**
 * What {@code marsad ingest} shows a person at a terminal while it runs: beside the bar of files, the articles read
 * and stored, overall and in the file being read. The bar alone counted files, so a single JSON Lines file of 100,000
 * articles showed nothing until it was done. Off a terminal nothing is shown: the summary line says it all at the end.
 */
final class IngestProgress implements Consumer<FileIngest.Tally> {
    /** Often enough to see it move, seldom enough to cost nothing (the bar redraws every 200 ms itself). */
    static final long INTERVAL_NANOS = 500_000_000L;

    private final ProgressBar bar;
    private final LongSupplier nanos;
    private long shownAt;
    private boolean shown;

    IngestProgress(ProgressBar bar, LongSupplier nanos) {
        this.bar = bar;
        this.nanos = nanos;
    }

    @Override
    public void accept(FileIngest.Tally t) {
        long now = nanos.getAsLong();
        if (shown && now - shownAt < INTERVAL_NANOS) {
            return;
        }
        shown = true;
        shownAt = now;
        bar.setExtraMessage(line(t));
    }

    /**
     * "articles: 12,345 read, 12,200 stored (news.jsonl: 5,000)": the run's counts, then the file's when the run has
     * read other files before it (a bar on an 80-column terminal has room for little more).
     */
    static String line(FileIngest.Tally t) {
        String run = String.format(Locale.ROOT, "articles: %,d read, %,d stored", t.articles(), t.stored());
        if (t.file() == null || t.file().getFileName() == null || t.fileArticles() == t.articles()) {
            return run;
        }
        return run + String.format(Locale.ROOT, " (%s: %,d)", t.file().getFileName(), t.fileArticles());
    }
}
