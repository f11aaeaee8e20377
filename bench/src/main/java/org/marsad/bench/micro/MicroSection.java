package org.marsad.bench.micro;

import org.marsad.bench.QuickSizes;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.marsad.bench.Context;
import org.marsad.bench.Probe;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.e2e.LoadAverage;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.bench.report.Steps;
import org.marsad.model.Article;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH micro benchmarks through JMH's API and reports each Marsad figure as MB/s next to its baseline
 * measured in the same run. A benchmark whose Marsad capability is not implemented in this build is left out with
 * a note; the baseline still runs.
 */
public final class MicroSection {

    /** Which input a benchmark reads, and so how many bytes one operation covers. */
    private enum Input { TEXT, HTML, TEXT_PAGES }

    /**
     * A Marsad benchmark, the baseline it is compared with, and a probe telling whether it can run. The Marsad
     * benchmark runs the baseline's work itself in each of its operations ({@link CpuTime#pair}), so the ratio's two
     * CPU times come from one fork in turns; the baseline's own benchmark runs only when the Marsad side cannot.
     */
    private record Pair(String key, String label, String marsad, String baseline, String baselineLabel, Input input,
                        Runnable probe) {
    }

    private static final String TEXT_PROBE = "في 7 أكتوبر/تشرين الأول 2023 أعلنت الحكومة أمس عن 20 ألفاً و258 إصابة";

    private static List<Pair> pairs() {
        List<Pair> p = new ArrayList<>();
        p.add(new Pair("normalize_display", "normalize (display)", "NormalizeBench.marsadDisplay",
                "NormalizeBench.luceneNormalizer", "Lucene ArabicNormalizer", Input.TEXT,
                () -> org.marsad.arabic.ArabicNormalizer.display(TEXT_PROBE)));
        p.add(new Pair("normalize_search", "normalize (search)", "NormalizeBench.marsadSearch",
                "NormalizeBench.luceneNormalizer", "Lucene ArabicNormalizer", Input.TEXT,
                () -> org.marsad.arabic.ArabicNormalizer.search(TEXT_PROBE)));
        p.add(new Pair("dates", "date finding", "DatesBench.marsadDates",
                "NormalizeBench.luceneNormalizer", "Lucene ArabicNormalizer", Input.TEXT,
                () -> org.marsad.arabic.dates.ArabicDates.find(TEXT_PROBE, LocalDate.of(2024, 1, 1))));
        p.add(new Pair("numbers", "number finding", "NumbersBench.marsadNumbers",
                "NormalizeBench.luceneNormalizer", "Lucene ArabicNormalizer", Input.TEXT,
                () -> org.marsad.arabic.numbers.ArabicNumbers.find(TEXT_PROBE)));
        p.add(new Pair("figures", "figure extraction", "FiguresBench.marsadFigures",
                "NumbersBench.marsadNumbers", "Marsad number finder alone", Input.TEXT,
                () -> org.marsad.arabic.figures.ArabicFigures.find(TEXT_PROBE, LocalDate.of(2024, 1, 1))));
        p.add(new Pair("analysis", "search analysis (stemmed)", "AnalysisBench.marsadAnalyzer",
                "AnalysisBench.luceneArabicAnalyzer", "Lucene ArabicAnalyzer", Input.TEXT,
                () -> new org.marsad.search.analysis.MarsadAnalyzer(
                        org.marsad.search.analysis.MarsadAnalyzer.Mode.STEMMED).close()));
        p.add(new Pair("extract_text", "raw text page extraction", "ExtractTextBench.marsadTextPage",
                "ExtractTextBench.luceneNormalizeLines", "line split + Lucene ArabicNormalizer", Input.TEXT_PAGES,
                () -> new org.marsad.extract.text.TextPageExtractor().extract(TEXT_PROBE)));
        p.add(new Pair("extract_html", "HTML extraction", "ExtractBench.marsadHtml",
                "ExtractBench.jsoupParse", "jsoup parse alone", Input.HTML,
                () -> org.marsad.extract.html.HtmlArticleExtractor.extract("<html><body><p>" + TEXT_PROBE
                        + "</p></body></html>", "https://example.invalid/")));
        return p;
    }

    private MicroSection() {
    }

    public static void run(Context ctx) throws IOException {
        Section s = ctx.report().section("micro", "Micro benchmarks (JMH)");
        Steps steps = Steps.of(s);
        Path dir = ctx.work().resolve("micro");
        Files.createDirectories(dir);
        List<String> paragraphs = Corpus.paragraphs(ctx.corpus().articles(), ctx.size(QuickSizes.MICRO_PARAGRAPH_CHARS));
        Path textFile = dir.resolve("paragraphs.txt");
        Files.write(textFile, paragraphs, StandardCharsets.UTF_8);
        long textBytes = TextSample.utf8Bytes(paragraphs);
        Path htmlDir = dir.resolve("html");
        long htmlBytes = writeHtmlSample(ctx, htmlDir, ctx.size(QuickSizes.MICRO_HTML_PAGES), s);
        Path pageDir = dir.resolve("text-pages");
        long pageBytes = writeTextPages(ctx, pageDir, ctx.size(QuickSizes.MICRO_TEXT_PAGES), s);

        List<String> includes = new ArrayList<>();
        List<Pair> runnable = new ArrayList<>();
        for (Pair p : pairs()) {
            String why = Probe.failure(p.probe());
            if (why != null) {
                s.note(p.label() + ": Marsad side skipped, " + why + "; baseline " + p.baselineLabel() + " only.");
                includes.add(p.baseline());
                continue;
            }
            includes.add(p.marsad());
            runnable.add(p);
        }

        JmhSettings settings = JmhSettings.of(ctx.quick(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        steps.done("samples");
        LoadAverage load = LoadAverage.start();
        Map<String, Score> scores;
        try {
            scores = runJmh(ctx, settings, includes.stream().distinct().toList(), textFile, htmlDir, pageDir, s);
        } finally {
            try {
                load.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        steps.done("jmh");
        load.put(s.figures().group("machine"));
        Figures f = s.figures();
        f.put("text_sample_bytes", textBytes).put("text_paragraphs", paragraphs.size())
                .put("html_sample_bytes", htmlBytes).put("text_pages_bytes", pageBytes);
        for (Pair p : pairs()) {
            long bytes = switch (p.input()) {
                case TEXT -> textBytes;
                case HTML -> htmlBytes;
                case TEXT_PAGES -> pageBytes;
            };
            Figures g = f.group(p.key());
            Score mineScore = runnable.contains(p) ? scores.get(p.marsad()) : null;
            boolean paired = mineScore != null && mineScore.pairedBaseline() != null;
            Score baseScore = paired ? mineScore.pairedBaseline() : scores.get(p.baseline());
            double base = baseScore == null ? Double.NaN : baseScore.mbPerS(bytes);
            double baseCpu = baseScore == null ? Double.NaN : baseScore.mbPerCpuS(bytes);
            g.put("baseline", p.baselineLabel()).put("baseline_mb_per_s", base)
                    .put("baseline_mb_per_cpu_s", baseCpu).put("baseline_paired", paired);
            if (runnable.contains(p)) {
                double mine = mineScore == null ? Double.NaN : mineScore.own().mbPerS(bytes);
                double mineCpu = mineScore == null ? Double.NaN : mineScore.mbPerCpuS(bytes);
                g.put("mb_per_s", mine);
                g.ratio("mb_per_s", mine, base);
                g.put("mb_per_cpu_s", mineCpu);
                g.ratio("mb_per_cpu_s", mineCpu, baseCpu);
                ctx.report().headline(new Headline(p.label(), "MB/CPU-s", mineCpu, p.baselineLabel(), baseCpu,
                        true));
            }
        }
        s.note("Throughput = operations × input bytes (UTF-8) per operation; one operation processes the whole "
                + "sample. The headline divides by the CPU seconds of the benchmark thread (mb_per_cpu_s, from "
                + "ThreadMXBean around every operation of the measurement iterations): on a shared machine JMH's "
                + "wall-clock score (mb_per_s, kept in the details) follows the neighbours' load, not the code. "
                + settings.describe());
        s.note("Every Marsad benchmark runs its baseline on the same input inside each of its own operations, the "
                + "order alternating from one operation to the next, and its ratio divides the two sides' CPU time of "
                + "the same operations (baseline_paired): measured in separate forks minutes apart, under other loads "
                + "and at other stages of the JIT, quick mode's ratios moved 1.5–3× between runs. The wall-clock "
                + "figures (mb_per_s) share the operations' rate out by CPU time.");
        s.note("Figure extraction runs the number finder, the date finder and the counted-noun, comparator and source "
                + "rules; its baseline is the number finder alone over the same paragraphs, in the same run.");
        s.note("Date and number finding have no peer in Java that reads Arabic dates and number words; their baseline is one pass of Lucene's "
                + "ArabicNormalizer over the same text, to put its cost in proportion.");
    }

    /**
     * One benchmark's result: JMH's wall-clock score and the benchmark thread's CPU time over the measured
     * operations (NaN when the counters are missing), and the CPU time per operation of the baseline it ran inside
     * each operation (NaN when it ran none).
     */
    record Score(double opsPerSecond, double cpuNanosPerOp, double baselineCpuNanosPerOp) {
        Score(double opsPerSecond, double cpuNanosPerOp) {
            this(opsPerSecond, cpuNanosPerOp, Double.NaN);
        }

        double mbPerS(long bytes) {
            return opsPerSecond * bytes / 1e6;
        }

        double mbPerCpuS(long bytes) {
            return bytes / cpuNanosPerOp * 1e3;
        }

        /**
         * The benchmark's own side of a paired operation: JMH's wall-clock score covers both sides, so each side
         * gets the operations per second it would have at its share of the operation's CPU time.
         */
        Score own() {
            return Double.isNaN(baselineCpuNanosPerOp) ? this : new Score(opsPerSecond * (cpuNanosPerOp
                    + baselineCpuNanosPerOp) / cpuNanosPerOp, cpuNanosPerOp);
        }

        /** The baseline run inside each operation, as a score of its own (null when there was none). */
        Score pairedBaseline() {
            return Double.isNaN(baselineCpuNanosPerOp) ? null : new Score(opsPerSecond * (cpuNanosPerOp
                    + baselineCpuNanosPerOp) / baselineCpuNanosPerOp, baselineCpuNanosPerOp);
        }
    }

    private static Map<String, Score> runJmh(Context ctx, JmhSettings settings, List<String> benchmarks,
                                             Path textFile, Path htmlDir, Path pageDir, Section s) {
        ChainedOptionsBuilder ob = new OptionsBuilder()
                .threads(1)
                .param("textFile", textFile.toString())
                .param("htmlDir", htmlDir.toString())
                .param("textPageDir", pageDir.toString())
                .shouldFailOnError(false)
                .timeUnit(TimeUnit.SECONDS);
        if (benchmarks.isEmpty()) {
            return Map.of();
        }
        settings.applyTo(ob);
        for (String b : benchmarks) {
            ob.include("org\\.marsad\\.bench\\.micro\\." + b.replace(".", "\\.") + "$");
        }
        ob.output(ctx.work().resolve("micro/jmh.log").toString());
        Map<String, Score> out = new LinkedHashMap<>();
        try {
            Collection<RunResult> results = new Runner(ob.build()).run();
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                String shortName = name.substring("org.marsad.bench.micro.".length());
                double score = r.getPrimaryResult().getScore();
                Result<?> cpu = r.getSecondaryResults().get("cpuNanos");
                Result<?> calls = r.getSecondaryResults().get("calls");
                Result<?> baselineCpu = r.getSecondaryResults().get("baselineNanos");
                double cpuPerOp = cpu == null || calls == null || calls.getScore() <= 0 ? Double.NaN
                        : cpu.getScore() / calls.getScore();
                double baselinePerOp = baselineCpu == null || baselineCpu.getScore() <= 0 || Double.isNaN(cpuPerOp)
                        ? Double.NaN : baselineCpu.getScore() / calls.getScore();
                out.put(shortName, new Score(score, cpuPerOp, baselinePerOp));
                double err = r.getPrimaryResult().getScoreError();
                s.figures().group("jmh_ops_per_s").put(snake(shortName), score);
                s.figures().group("cpu_ms_per_op").put(snake(shortName), cpuPerOp / 1e6);
                if (!Double.isNaN(baselinePerOp)) {
                    s.figures().group("cpu_ms_per_op").put(snake(shortName) + "_paired_baseline", baselinePerOp / 1e6);
                }
                if (!Double.isNaN(err) && score > 0) {
                    s.figures().group("jmh_error_pct").put(snake(shortName), 100 * err / score);
                }
                double spread = cpuSpreadPct(r);
                if (!Double.isNaN(spread)) {
                    s.figures().group("cpu_spread_pct").put(snake(shortName), spread);
                }
            }
        } catch (RunnerException e) {
            // One line, not JMH's multi-line text: the usual cause is a second JMH run on the machine holding its lock.
            throw new IllegalStateException("JMH did not run: " + firstLine(e.getMessage())
                    + " (another JMH run may hold its lock; see work/micro/jmh.log)", e);
        }
        if (out.isEmpty()) {
            // A run with no figure at all must not pass as a part with an empty table.
            throw new IllegalStateException("JMH produced no result for any micro benchmark (see work/micro/jmh.log)");
        }
        for (String b : benchmarks) {
            if (!out.containsKey(b)) {
                s.note(b + " produced no result (see work/micro/jmh.log).");
            }
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }

    /**
     * How far apart the measured iterations' CPU time per operation lie: (largest − smallest) / smallest, in percent,
     * over every measured iteration of every fork; NaN with fewer than two iterations or no CPU counters. This is the
     * noise the short quick-mode settings are stated with: a warm-up too short for the JIT shows as a first
     * iteration slower than the rest.
     */
    static double cpuSpreadPct(RunResult r) {
        List<Double> perOp = new ArrayList<>();
        for (org.openjdk.jmh.results.BenchmarkResult b : r.getBenchmarkResults()) {
            for (org.openjdk.jmh.results.IterationResult it : b.getIterationResults()) {
                Result<?> cpu = it.getSecondaryResults().get("cpuNanos");
                Result<?> calls = it.getSecondaryResults().get("calls");
                if (cpu != null && calls != null && calls.getScore() > 0) {
                    perOp.add(cpu.getScore() / calls.getScore());
                }
            }
        }
        return spreadPct(perOp);
    }

    /** (max − min) / min in percent; NaN for fewer than two values or a minimum that is not positive. */
    static double spreadPct(List<Double> values) {
        if (values.size() < 2) {
            return Double.NaN;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return min > 0 ? 100 * (max - min) / min : Double.NaN;
    }

    /** "NormalizeBench.marsadSearch" → "normalize_bench_marsad_search". */
    static String snake(String benchmark) {
        return benchmark.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /**
     * Raw text pages shaped like the seed (headline, date line, paragraphs, source line): the project's own sample
     * page, then pages written from the corpus articles.
     */
    private static long writeTextPages(Context ctx, Path dir, int count, Section s) throws IOException {
        Files.createDirectories(dir);
        List<String> pages = new ArrayList<>();
        try (InputStream in = MicroSection.class.getResourceAsStream("/org/marsad/cli/sample/sample-page.txt")) {
            if (in != null) {
                pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (Article a : ctx.corpus().articles()) {
            if (pages.size() >= count) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(a.title()).append('\n');
            if (a.publishedText() != null) {
                sb.append("تاريخ النشر: ").append(a.publishedText()).append('\n');
            }
            a.body().forEach(p -> sb.append(p).append('\n'));
            if (a.source() != null) {
                sb.append("المصدر: ").append(a.source()).append('\n');
            }
            pages.add(sb.toString());
        }
        long bytes = 0;
        for (int i = 0; i < pages.size(); i++) {
            Files.writeString(dir.resolve(String.format("%04d.txt", i)), pages.get(i), StandardCharsets.UTF_8);
            bytes += pages.get(i).getBytes(StandardCharsets.UTF_8).length;
        }
        s.note("Raw text pages: the bundled sample page plus " + (pages.size() - 1) + " pages written from corpus "
                + "articles in the same shape (headline, date line, paragraphs, source line).");
        return bytes;
    }

    /**
     * Real pages when the evaluation data has them (scrapinghub and the Arabic pages), else pages built from the
     * corpus articles with a plain news-page template.
     */
    private static long writeHtmlSample(Context ctx, Path dir, int count, Section s) throws IOException {
        Files.createDirectories(dir);
        List<String> pages = new ArrayList<>();
        if (ctx.eval().isPresent()) {
            Path arabic = ctx.eval().get().arabicPages();
            if (Files.isDirectory(arabic)) {
                try (var st = Files.walk(arabic)) {
                    for (Path p : st.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
                        pages.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
            Path html = ctx.eval().get().scrapinghub().resolve("html");
            if (Files.isDirectory(html)) {
                try (var st = Files.list(html)) {
                    for (Path p : st.sorted().limit(Math.max(0, count - pages.size())).toList()) {
                        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                            pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            s.note("HTML sample: " + pages.size() + " saved pages (Arabic pages, then scrapinghub).");
        }
        if (pages.isEmpty()) {
            for (Article a : ctx.corpus().articles()) {
                if (pages.size() >= count) {
                    break;
                }
                pages.add(SyntheticPage.render(a));
            }
            s.note("HTML sample: " + pages.size() + " pages rendered from the bundled articles (no saved pages).");
        }
        long bytes = 0;
        for (int i = 0; i < pages.size(); i++) {
            Files.writeString(dir.resolve(String.format("%04d.html", i)), pages.get(i), StandardCharsets.UTF_8);
            bytes += pages.get(i).getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
