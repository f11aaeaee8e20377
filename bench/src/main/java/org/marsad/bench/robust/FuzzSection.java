package org.marsad.bench.robust;

import org.marsad.bench.QuickSizes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.marsad.bench.Context;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.model.Article;

/**
 * Fuzzing: seeded mutations (flipped bytes, truncation, repeated or deleted slices, inserted controls, two pages
 * spliced) of real pages — the corpus's articles as raw text pages and as RSS items, and the evaluation set's saved
 * HTML pages — through decoding and every extractor, in one JVM. A crash is any throwable other than a component's
 * own refusal; a hang is an input still running after {@link #HANG_SECONDS}.
 */
public final class FuzzSection {
    static final long HANG_SECONDS = 20;

    private FuzzSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("fuzz", "Fuzz: mutated real pages through every extractor");
        List<byte[]> seeds = seeds(ctx);
        int inputs = ctx.size(QuickSizes.FUZZ_INPUTS);
        Random random = new Random(2019L);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        int crashes = 0;
        int hangs = 0;
        int refused = 0;
        double worstSeconds = 0;
        List<String> crashNotes = new ArrayList<>();
        try {
            for (int i = 0; i < inputs; i++) {
                byte[] input = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
                Future<long[]> f = pool.submit(() -> {
                    long t0 = mx.getCurrentThreadCpuTime();
                    int no = 0;
                    for (String component : List.of("decoding", "text page", "html page", "feed")) {
                        no += Components.run(component, input).startsWith("refused") ? 1 : 0;
                    }
                    return new long[] {mx.getCurrentThreadCpuTime() - t0, no};
                });
                try {
                    long[] r = f.get(HANG_SECONDS, TimeUnit.SECONDS);
                    worstSeconds = Math.max(worstSeconds, r[0] / 1e9);
                    refused += r[1] > 0 ? 1 : 0;
                } catch (TimeoutException e) {
                    hangs++;
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "fuzz");
                        t.setDaemon(true);
                        return t;
                    });
                } catch (ExecutionException e) {
                    crashes++;
                    if (crashNotes.size() < 5) {
                        crashNotes.add(String.valueOf(e.getCause()));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        s.figures().put("seed_pages", seeds.size()).put("inputs", inputs).put("crashes", crashes).put("hangs", hangs)
                .put("inputs_refused_by_some_component", refused).put("worst_cpu_s_per_input", worstSeconds);
        ctx.report().headline(new Headline("fuzz: crashes + hangs in " + inputs + " mutated pages", "count",
                crashes + hangs, null, Double.NaN, false));
        s.note("Seeded (java.util.Random 2019) mutations of " + seeds.size() + " pages; each input goes through "
                + "TextDecoding, the raw-text extractor, the HTML extractor and the feed parser in turn. A hang is an "
                + "input still running after " + HANG_SECONDS + " s of wall time.");
        crashNotes.forEach(n -> s.note("crash: " + n));
    }

    /** Real pages: the corpus's articles as text pages and RSS, and the evaluation set's HTML pages. */
    static List<byte[]> seeds(Context ctx) throws IOException {
        List<byte[]> out = new ArrayList<>();
        List<Article> articles = ctx.corpus().articles();
        for (int i = 0; i < Math.min(200, articles.size()); i += 2) {
            Article a = articles.get(i);
            out.add(textPage(a).getBytes(StandardCharsets.UTF_8));
            out.add(rss(a).getBytes(StandardCharsets.UTF_8));
        }
        if (ctx.eval().isPresent()) {
            Path html = ctx.eval().get().scrapinghub().resolve("html");
            if (Files.isDirectory(html)) {
                try (Stream<Path> files = Files.list(html)) {
                    for (Path p : files.sorted().limit(ctx.quick() ? 20 : 80).toList()) {
                        out.add(Files.readAllBytes(p));
                    }
                }
            }
        }
        return out;
    }

    static String textPage(Article a) {
        StringBuilder sb = new StringBuilder(a.title() == null ? "" : a.title()).append('\n');
        if (a.publishedText() != null) {
            sb.append("تاريخ النشر: ").append(a.publishedText()).append('\n');
        }
        a.body().forEach(p -> sb.append(p).append('\n'));
        if (!a.tags().isEmpty()) {
            sb.append("وسوم: ").append(String.join(" ", a.tags())).append('\n');
        }
        return sb.toString();
    }

    static String rss(Article a) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title><item><title>"
                + xml(a.title()) + "</title><link>https://example.com/" + Math.abs(String.valueOf(a.title()).hashCode())
                + "</link><description>" + xml(String.join("\n", a.body())) + "</description></item></channel></rss>";
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
