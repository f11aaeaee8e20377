package org.marsad.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of the long commands (ingest, enrich, reindex), on stderr. */
final class Progress {
    private Progress() {
    }

    /**
     * A bar for {@code max} units, or null (nothing to show) when no person is watching — never in pipes, logs or
     * tests — or when there is at most one unit.
     */
    static ProgressBar bar(String task, long max, String unit) {
        if (System.console() == null || max < 2) {
            return null;
        }
        return build(task, max, unit);
    }

    /**
     * The bar of an ingest of {@code files} files, or null when no person is watching: a step per file of a known
     * number, or, for a single file, a bar of no known end (its articles, in the bar's message, are the progress).
     */
    static ProgressBar ingestBar(int files) {
        if (System.console() == null) {
            return null;
        }
        // Redrawn while no file ends (the library redraws on a step only), without an ETA (files are of any size):
        // the articles in its message are what moves, and the room they need on an 80-column terminal.
        return builder("ingest", files >= 2 ? files : -1, "files").continuousUpdate().hideEta().build();
    }

    private static ProgressBar build(String task, long max, String unit) {
        return builder(task, max, unit).build();
    }

    private static ProgressBarBuilder builder(String task, long max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish();
    }
}
