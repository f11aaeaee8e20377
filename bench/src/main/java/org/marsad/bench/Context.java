package org.marsad.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.bench.report.Report;

/**
 * What every part of a run shares.
 *
 * @param quick  small samples and short JMH settings (bench/run --quick)
 * @param root   the repository root
 * @param out    the output directory (report.md, report.json)
 * @param work   scratch space under out (corpora, data directories, samples); rebuilt on each run
 * @param eval   the evaluation data, when present
 * @param corpus the real articles to measure on (ANT, else the bundled sample)
 * @param pg     a PostgreSQL JDBC URL for the parts that need one (bench/run --pg, else MARSAD_TEST_PG_URL)
 * @param size   the archive size asked with bench/run --size (the large part's), when given
 */
public record Context(boolean quick, Path root, Path out, Path work, Optional<EvalData> eval, Corpus corpus,
                      Report report, Optional<String> pg, java.util.OptionalInt size) {

    /** Picks the quick or the full value. */
    public int size(int quickValue, int fullValue) {
        return quick ? quickValue : fullValue;
    }

    /** The quick or the full value of one row of the quick-mode table. */
    public int size(QuickSizes s) {
        return quick ? s.quick() : s.full();
    }

    /** The size asked with {@code --size}, else the quick or the full value. */
    public int sizeOr(int quickValue, int fullValue) {
        return size.isPresent() ? size.getAsInt() : size(quickValue, fullValue);
    }

    /**
     * Writes report.md and report.json with what is measured so far, so that a long run stopped or killed later
     * still leaves its finished stages on disk; a failure to write is reported on stderr, not thrown.
     */
    public void checkpoint() {
        try {
            org.marsad.bench.report.ReportWriter.write(report, out);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("bench: could not write the report so far: " + e);
        }
    }

    /** The note for a part that needs the evaluation data and does not have it. */
    public static String noEvalData(String what) {
        return "no evaluation data (" + what + "): set MARSAD_EVAL_DIR or place it at ../shared/eval beside the "
                + "repository";
    }
}
