package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.data.EvalData;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Machine;
import org.marsad.bench.report.Report;
import org.marsad.bench.report.ReportWriter;
import org.marsad.bench.report.Section;

/**
 * The bench harness behind {@code bench/run}: micro benchmarks, end-to-end benchmarks and accuracy evaluations, each
 * with its baseline measured in the same run, written to report.md and report.json.
 *
 * <p>Usage: {@code BenchMain [--quick] [--out DIR] [--root DIR] [--eval DIR] [--pg JDBC_URL] [--only PART,...]
 * [--size N]}
 */
public final class BenchMain {

    /** One part of the run; parts are independent, and one failing does not stop the others. */
    interface Part {
        void run(Context ctx) throws Exception;
    }

    private record Named(String key, String title, Part part) {
    }

    /** Parts a full run skips because another part covers them. */
    private static final Set<String> ONLY_WHEN_ASKED = Set.of("ingest", "scale", "open", "large", "http");

    /** Parts left out unless named with --only (report keys). */
    static Set<String> onlyWhenAsked() {
        return ONLY_WHEN_ASKED;
    }

    /** Keys of the parts a run without --only runs, in their order. */
    static List<String> defaultParts() {
        return parts().stream().map(Named::key).filter(k -> !ONLY_WHEN_ASKED.contains(k)).toList();
    }

    private static List<Named> parts() {
        return List.of(
                new Named("micro", "Micro benchmarks (JMH)", org.marsad.bench.micro.MicroSection::run),
                new Named("ingest_search", "Ingest and search (end to end)", org.marsad.bench.e2e.IngestSearchSection::run),
                new Named("ingest", "Ingest (end to end; only with --only)",
                        org.marsad.bench.e2e.IngestSearchSection::runIngestOnly),
                new Named("freshness", "Fetched → searchable (running server)",
                        org.marsad.bench.e2e.FreshnessSection::run),
                new Named("accuracy", "Accuracy", org.marsad.bench.accuracy.AccuracySection::run),
                new Named("extraction", "HTML extraction accuracy",
                        org.marsad.bench.accuracy.ExtractionSection::run),
                new Named("entities", "Entity tagger", org.marsad.bench.accuracy.EntitiesSection::run),
                new Named("stories", "Near-duplicates and stories", org.marsad.bench.accuracy.StoriesSection::run),
                new Named("watches", "Watches", org.marsad.bench.watch.WatchSection::run),
                new Named("load", "Load: 50 clients on /search and /api/articles",
                        org.marsad.bench.e2e.LoadSection::run),
                new Named("http", "Search over HTTP: 16 clients, against Lucene alone (only with --only)",
                        org.marsad.bench.e2e.HttpSection::run),
                new Named("scale", "Scale-out: SolrCloud vs embedded, 1 vs 2 workers",
                        org.marsad.bench.e2e.ScaleSection::run),
                new Named("open", "Open time: story state replayed vs loaded from its file (only with --only)",
                        org.marsad.bench.e2e.OpenSection::run),
                new Named("large", "Large archive: ingest, open, search at --size articles",
                        org.marsad.bench.e2e.LargeSection::run),
                new Named("robustness", "Robustness: pathological inputs",
                        org.marsad.bench.robust.RobustnessSection::run),
                new Named("fuzz", "Fuzz: mutated real pages", org.marsad.bench.robust.FuzzSection::run));
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path out = null;
        Path root = Path.of(".");
        String evalOverride = System.getenv("MARSAD_EVAL_DIR");
        String pg = System.getenv("MARSAD_TEST_PG_URL");
        List<String> only = null;
        Integer size = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--root" -> root = Path.of(value(args, ++i, "--root"));
                case "--eval" -> evalOverride = value(args, ++i, "--eval");
                case "--pg" -> pg = value(args, ++i, "--pg");
                case "--only" -> only = List.of(value(args, ++i, "--only").split(","));
                case "--size" -> size = positive(value(args, ++i, "--size"));
                default -> usage("unknown option: " + args[i]);
            }
        }
        root = root.toAbsolutePath().normalize();
        if (out == null) {
            out = root.resolve("bench/out");
        }
        out = out.toAbsolutePath().normalize();
        Path work = out.resolve("work");
        deleteTree(work);
        Files.createDirectories(work);

        long t0 = System.nanoTime();
        Report report = new Report();
        report.machine(Machine.describe());
        Optional<EvalData> eval = EvalData.locate(root, evalOverride);
        Corpus corpus = Corpus.load(eval.orElse(null));
        report.run().put("version", version(root))
                .put("mode", quick ? "quick" : "full")
                .put("started_at", Instant.now().toString())
                .put("eval_data", eval.map(e -> e.dir().toString()).orElse(null))
                .put("corpus", corpus.origin());
        if (quick) {
            // Quick mode says what it shrinks and what it leaves out, rather than dropping it silently.
            Figures sizes = report.run().group("quick_sizes");
            for (QuickSizes q : QuickSizes.values()) {
                sizes.put(q.name().toLowerCase(java.util.Locale.ROOT), q.quick());
            }
            report.run().put("quick_leaves_out", "parts run only when named: " + String.join(", ",
                    new java.util.TreeSet<>(ONLY_WHEN_ASKED)) + "; full mode's larger sizes: run.quick_sizes");
        }
        Context ctx = new Context(quick, root, out, work, eval, corpus, report,
                Optional.ofNullable(pg).filter(u -> !u.isBlank()),
                size == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(size));
        if (eval.isEmpty()) {
            System.err.println("bench: " + Context.noEvalData("accuracy parts are skipped; benchmarks use the "
                    + "bundled sample"));
        }

        List<String> failed = new java.util.ArrayList<>();
        for (Named p : parts()) {
            // ingest is the first half of ingest_search, run alone only when asked for.
            if (only == null ? ONLY_WHEN_ASKED.contains(p.key()) : !only.contains(p.key())) {
                continue;
            }
            System.err.println("bench: " + p.title() + "...");
            long s0 = System.nanoTime();
            java.util.OptionalDouble cpu0 = ProcessCpu.seconds();
            double load0 = loadAverage();
            int before = report.sections().size();
            try {
                p.part().run(ctx);
            } catch (Exception | LinkageError | OutOfMemoryError | StackOverflowError e) {
                Section s = report.section(p.key(), p.title());
                s.note("failed: " + e);
                System.err.println("bench: " + p.title() + " failed: " + e);
                failed.add(p.key());
                if (System.getenv("MARSAD_DEBUG") != null) {
                    e.printStackTrace();
                }
            }
            double secs = (System.nanoTime() - s0) / 1e9;
            List<Section> made = report.sections().subList(before, report.sections().size());
            if (made.size() == 1) {
                made.get(0).seconds(secs);
            }
            // Quick mode must stay under 5 minutes: every part's share is in the report.
            report.run().group("parts_s").put(p.key(), secs);
            // CPU seconds of the bench JVM and the children it waited for (JMH forks, marsad processes): the part's
            // cost with the neighbours' share taken out; the load average says how shared the wall time was.
            java.util.OptionalDouble cpu1 = ProcessCpu.seconds();
            if (cpu0.isPresent() && cpu1.isPresent()) {
                report.run().group("parts_cpu_s").put(p.key(), cpu1.getAsDouble() - cpu0.getAsDouble());
            }
            if (load0 >= 0) {
                report.run().group("parts_load_avg_1m").put(p.key(), (load0 + Math.max(0, loadAverage())) / 2);
            }
            report.run().put("duration_s", (System.nanoTime() - t0) / 1e9);
            ctx.checkpoint();
            java.util.OptionalDouble cpuEnd = ProcessCpu.seconds();
            System.err.printf("bench: %s done in %.0f s (CPU %s s, load average %.1f)%n", p.title(), secs,
                    cpu0.isPresent() && cpuEnd.isPresent()
                            ? String.format("%.0f", cpuEnd.getAsDouble() - cpu0.getAsDouble()) : "?",
                    loadAverage());
        }
        report.run().put("duration_s", (System.nanoTime() - t0) / 1e9);
        ReportWriter.write(report, out);
        System.out.println(ReportWriter.headlineTable(report));
        System.out.println("Full report: " + out.resolve("report.md") + " (and report.json)");
        if (!failed.isEmpty()) {
            // The report is written either way; the exit status lets a script notice a part with no figures.
            System.err.println("bench: failed parts: " + String.join(", ", failed));
            System.exit(1);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The git commit the run measured, with "-dirty" when tracked files differ from it; null outside a git checkout
     * (a source archive), so reports from different versions can be told apart.
     */
    static String version(Path root) {
        String head = git(root, "rev-parse", "HEAD");
        if (head == null || head.isBlank()) {
            return null;
        }
        String changed = git(root, "status", "--porcelain", "--untracked-files=no");
        return head.strip() + (changed != null && !changed.isBlank() ? "-dirty" : "");
    }

    private static String git(Path root, String... args) {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-C", root.toString()));
        cmd.addAll(java.util.List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String v) {
        try {
            int n = Integer.parseInt(v.strip().replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the usage line below says what is expected
        }
        usage("--size needs a whole number of articles above 0, not " + v);
        return 0;
    }

    private static void usage(String message) {
        System.err.println("bench: " + message);
        System.err.println("usage: bench/run [--quick] [--out DIR] [--pg JDBC_URL] [--only PART,...] [--size N]");
        System.exit(2);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
