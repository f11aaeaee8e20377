package org.marsad.bench.robust;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;

/**
 * Robustness: the worst CPU seconds per MB each component spends on inputs built to be expensive for it
 * ({@link Pathological}), at two sizes four times apart. A component whose cost is linear in its input keeps its
 * seconds per MB as the size grows (growth ≈ 1); a quadratic one quadruples it. A refused input counts with the time
 * it took to refuse.
 */
public final class RobustnessSection {
    /** An input still running after this long is reported as such and left behind (a daemon thread). */
    private static final long LIMIT_SECONDS = 120;
    private static final String TEXT_PAGE = "text page";
    private static final int TEXT_SMALL = 256 << 10;
    private static final int TEXT_LARGE = 1 << 20;
    /**
     * Growth of s/MB over a 4× size below which a cost is called linear: noise and cache effects move a linear
     * cost by well under 2×, a quadratic one quadruples it.
     */
    private static final double LINEAR_GROWTH = 2.0;

    private RobustnessSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("robustness", "Robustness: worst seconds per MB on pathological inputs");
        int small = ctx.quick() ? 64 << 10 : 256 << 10;
        int large = small * 4;
        Map<String, double[]> worst = new LinkedHashMap<>(); // component -> {s/MB small, s/MB large}
        Map<String, String> worstShape = new LinkedHashMap<>();
        // Raw text extraction (the tag splitter was exponential, issue 19) is also checked at 1 MB in both modes.
        Map<String, double[]> textLinearity = new LinkedHashMap<>(); // shape -> {s/MB at 256 KB, s/MB at 1 MB}
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "robustness");
            t.setDaemon(true);
            return t;
        });
        try {
            // Warm-up at a small size, so that JIT compilation is not charged to the first shape.
            for (Pathological.Input in : Pathological.all(16 << 10)) {
                Components.run(in.component(), in.bytes());
            }
            for (int size : List.of(small, large)) {
                for (Pathological.Input in : Pathological.all(size)) {
                    double secondsPerMb = measure(pool, in, s);
                    if (in.component().equals(TEXT_PAGE) && (size == TEXT_SMALL || size == TEXT_LARGE)) {
                        textLinearity.computeIfAbsent(in.shape(), k -> new double[2])[size == TEXT_SMALL ? 0 : 1] =
                                secondsPerMb;
                    }
                    double[] w = worst.computeIfAbsent(in.component(), k -> new double[] {0, 0});
                    int slot = size == small ? 0 : 1;
                    if (secondsPerMb > w[slot]) {
                        w[slot] = secondsPerMb;
                        if (slot == 1) {
                            worstShape.put(in.component(), in.shape());
                        }
                    }
                }
            }
            for (int size : List.of(TEXT_SMALL, TEXT_LARGE)) {
                if (size == small || size == large) {
                    continue; // measured above
                }
                for (Pathological.Input in : Pathological.all(size)) {
                    if (in.component().equals(TEXT_PAGE)) {
                        textLinearity.computeIfAbsent(in.shape(), k -> new double[2])[size == TEXT_SMALL ? 0 : 1] =
                                measure(pool, in, s);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Figures f = s.figures();
        Figures lin = f.group("text_page_linearity_1mb");
        double worstGrowth = 0;
        for (Map.Entry<String, double[]> e : textLinearity.entrySet()) {
            double[] v = e.getValue();
            double growth = v[0] > 0 ? v[1] / v[0] : Double.NaN;
            worstGrowth = Math.max(worstGrowth, Double.isNaN(growth) ? 0 : growth);
            lin.group(slug(e.getKey())).put("s_per_mb_256kb", v[0]).put("s_per_mb_1mb", v[1])
                    .put("growth_4x_size", growth);
        }
        lin.put("worst_growth_4x_size", worstGrowth)
                .put("verdict", worstGrowth < LINEAR_GROWTH ? "linear" : "not linear");
        ctx.report().headline(new Headline("raw text extraction: s/MB growth from 256 KB to 1 MB (worst shape)",
                "ratio", worstGrowth, null, Double.NaN, false));
        f.put("sizes_bytes", List.of(small, large));
        double overall = 0;
        String overallComponent = null;
        for (Map.Entry<String, double[]> e : worst.entrySet()) {
            double[] w = e.getValue();
            f.group(e.getKey().replace(' ', '_')).put("worst_s_per_mb", w[1]).put("worst_s_per_mb_small", w[0])
                    .put("growth_4x_size", w[0] > 0 ? w[1] / w[0] : Double.NaN)
                    .put("worst_shape", worstShape.get(e.getKey()));
            if (w[1] > overall) {
                overall = w[1];
                overallComponent = e.getKey();
            }
        }
        ctx.report().headline(new Headline("worst CPU s/MB on pathological inputs (" + overallComponent + ")",
                "s/MB", overall, null, Double.NaN, false));
        s.note("Inputs generated by org.marsad.bench.robust.Pathological (tag lines, headline runs, glued words, "
                + "read-also markers, nested HTML/XML, many feed items, deep/negated/long queries, date- and "
                + "digit-dense text, random and byte-flipped bytes), each at " + (small >> 10) + " KB and "
                + (large >> 10) + " KB; CPU time of the one thread running it. growth_4x_size is s/MB at the larger "
                + "size over s/MB at the smaller: about 1 for linear cost, about 4 for quadratic. "
                + "text_page_linearity_1mb: every raw-text shape at 256 KB and 1 MB (in quick mode too), called "
                + "linear when s/MB grows less than " + LINEAR_GROWTH + "x.");
    }

    private static String slug(String shape) {
        return shape.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static double measure(ExecutorService pool, Pathological.Input in, Section s) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Future<Long> f = pool.submit(() -> {
            long t0 = mx.getCurrentThreadCpuTime();
            Components.run(in.component(), in.bytes());
            return mx.getCurrentThreadCpuTime() - t0;
        });
        try {
            long nanos = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            return nanos / 1e9 / (in.bytes().length / 1e6);
        } catch (TimeoutException e) {
            s.note(in.component() + " / " + in.shape() + " (" + (in.bytes().length >> 10) + " KB): still running after "
                    + LIMIT_SECONDS + " s");
            return LIMIT_SECONDS / (in.bytes().length / 1e6);
        } catch (java.util.concurrent.ExecutionException e) {
            s.note(in.component() + " / " + in.shape() + ": crashed: " + e.getCause());
            return Double.NaN;
        }
    }
}
