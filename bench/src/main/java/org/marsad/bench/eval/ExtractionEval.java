package org.marsad.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.marsad.model.Article;

/**
 * Accuracy and speed of the HTML article extractor on the evaluation data (never part of the tests):
 * <ul>
 *   <li>{@code scrapinghub/}: 181 pages with gold article bodies, scored by {@link BodyF1Scorer} on each
 *       {@link ScrapinghubSplit split} (test is held out: tune on dev only); speed as mean
 *       milliseconds per page, and its ratio to jsoup's parse alone on the same pages in the same run;</li>
 *   <li>{@code arabic-pages/}: Arabic news pages with gold publication dates (htmldate) and a gold title and body
 *       (CNN Arabic).</li>
 * </ul>
 * A missing directory is skipped with a note, not an error.
 *
 * <p>Run: {@code java -cp ... org.marsad.bench.eval.ExtractionEval [EVAL_DIR] [--worst N]} (EVAL_DIR defaults to
 * $MARSAD_EVAL_DIR, else ../shared/eval beside the repository; {@code --worst} lists dev pages only).
 */
public final class ExtractionEval {
    private ExtractionEval() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMED_ROUNDS = 3;

    /** The score of one scrapinghub page, and the split it belongs to. */
    public record PageScore(String id, String url, ScrapinghubSplit split, double precision, double recall,
            double f1) {
    }

    /**
     * Figures on the scrapinghub set: all pages, then the {@link ScrapinghubSplit dev and test splits} scored
     * apart (the test split is the held-out figure); speed over all pages.
     */
    public record BodyFigures(BodyF1Scorer.Result score, BodyF1Scorer.Result dev, BodyF1Scorer.Result test,
            double msPerPage, double parseMsPerPage, double ratioToParse, List<PageScore> pages) {
    }

    /** One Arabic page: what was expected and what came out. */
    public record ArabicPage(String name, String expectedDate, String gotDate, String expectedTitle,
            String gotTitle, Double bodyF1) {
        public boolean dateRight() {
            return expectedDate == null || expectedDate.equals(gotDate == null ? null : gotDate.substring(0, 10));
        }

        public boolean titleRight() {
            return expectedTitle == null || expectedTitle.equals(gotTitle);
        }
    }

    /** Everything measured; {@code notes} says what was skipped and why. */
    public record Result(BodyFigures scrapinghub, List<ArabicPage> arabic, List<String> notes) {
    }

    /** Runs both evaluations on the directory holding {@code scrapinghub/} and {@code arabic-pages/}. */
    public static Result run(Path evalDir) {
        List<String> notes = new ArrayList<>();
        BodyFigures sh = null;
        Path shDir = evalDir.resolve("scrapinghub");
        if (Files.isRegularFile(shDir.resolve("ground-truth.json"))) {
            sh = scrapinghub(shDir);
        } else {
            notes.add("skipped scrapinghub: " + shDir + " not found");
        }
        List<ArabicPage> arabic = new ArrayList<>();
        Path arDir = evalDir.resolve("arabic-pages");
        if (Files.isDirectory(arDir)) {
            arabic = arabic(arDir);
        } else {
            notes.add("skipped arabic pages: " + arDir + " not found");
        }
        return new Result(sh, arabic, notes);
    }

    private static BodyFigures scrapinghub(Path dir) {
        JsonNode gold = readJson(dir.resolve("ground-truth.json"));
        List<String> ids = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(page)) {
                continue;
            }
            ids.add(e.getKey());
            urls.add(e.getValue().path("url").asText(null));
            htmls.add(gunzip(page));
        }
        // Score (this pass also warms the JIT up for the timing below).
        BodyF1Scorer scorer = new BodyF1Scorer();
        Map<ScrapinghubSplit, BodyF1Scorer> bySplit = new EnumMap<>(ScrapinghubSplit.class);
        for (ScrapinghubSplit split : ScrapinghubSplit.values()) {
            bySplit.put(split, new BodyF1Scorer());
        }
        List<PageScore> pages = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Optional<Article> a = HtmlArticleExtractor.extract(htmls.get(i), urls.get(i));
            String predicted = a.map(Article::bodyText).orElse("");
            String goldBody = gold.get(ids.get(i)).path("articleBody").asText("");
            BodyF1Scorer.DocScore s = scorer.add(goldBody, predicted);
            ScrapinghubSplit split = ScrapinghubSplit.of(ids.get(i));
            bySplit.get(split).add(goldBody, predicted);
            pages.add(new PageScore(ids.get(i), urls.get(i), split, s.precision(), s.recall(), s.f1()));
        }
        for (int i = 0; i < ids.size(); i++) {
            Jsoup.parse(htmls.get(i), urls.get(i));
        }
        long extractNanos = 0;
        long parseNanos = 0;
        int sink = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < ids.size(); i++) {
                sink += Jsoup.parse(htmls.get(i), urls.get(i)).childNodeSize();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < ids.size(); i++) {
                sink += HtmlArticleExtractor.extract(htmls.get(i), urls.get(i)).map(a -> a.body().size()).orElse(0);
            }
            long t2 = System.nanoTime();
            parseNanos += t1 - t0;
            extractNanos += t2 - t1;
        }
        if (sink == Integer.MIN_VALUE) {
            System.out.print("");
        }
        double n = (double) ids.size() * TIMED_ROUNDS;
        double ms = extractNanos / n / 1e6;
        double parseMs = parseNanos / n / 1e6;
        return new BodyFigures(scorer.result(), bySplit.get(ScrapinghubSplit.DEV).result(),
                bySplit.get(ScrapinghubSplit.TEST).result(), ms, parseMs, ms / parseMs, pages);
    }

    private static List<ArabicPage> arabic(Path dir) {
        List<ArabicPage> out = new ArrayList<>();
        Path htmldate = dir.resolve("htmldate_2020");
        if (Files.isRegularFile(htmldate.resolve("gold.json"))) {
            for (JsonNode g : readJson(htmldate.resolve("gold.json"))) {
                String file = g.path("file").asText();
                String html = readUtf8(htmldate.resolve(file));
                Optional<Article> a = HtmlArticleExtractor.extract(html, g.path("url").asText(null));
                out.add(new ArabicPage("htmldate_2020/" + file, g.path("date_published").asText(null),
                        a.map(Article::published).orElse(null), null, a.map(Article::title).orElse(null), null));
            }
        }
        Path cnn = dir.resolve("cnn_arabic_2013");
        if (Files.isRegularFile(cnn.resolve("arabic_article.json"))) {
            JsonNode g = readJson(cnn.resolve("arabic_article.json"));
            String html = readUtf8(cnn.resolve("arabic_article.html"));
            Optional<Article> a = HtmlArticleExtractor.extract(html, g.path("url").asText(null));
            String goldBody = readUtf8(cnn.resolve("arabic_article.txt"));
            double f1 = BodyF1Scorer.score(goldBody, a.map(Article::bodyText).orElse("")).f1();
            String goldDate = g.path("publish_date").isNull() ? null : g.path("publish_date").asText();
            out.add(new ArabicPage("cnn_arabic_2013/arabic_article.html", goldDate,
                    a.map(Article::published).orElse(null), g.path("title").asText(null),
                    a.map(Article::title).orElse(null), f1));
        }
        return out;
    }

    /** Prints the figures; {@code --worst N} also lists the N lowest-F1 pages. */
    public static void main(String[] args) {
        String env = System.getenv("MARSAD_EVAL_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "eval");
        int worst = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--worst") && i + 1 < args.length) {
                worst = Integer.parseInt(args[++i]);
            } else {
                dir = Path.of(args[i]);
            }
        }
        Result r = run(dir);
        print(r, worst);
    }

    static void print(Result r, int worst) {
        r.notes().forEach(n -> System.out.println("note: " + n));
        BodyFigures sh = r.scrapinghub();
        if (sh != null) {
            BodyF1Scorer.Result s = sh.score();
            for (Map.Entry<String, BodyF1Scorer.Result> e : List.of(Map.entry("test split (held out)", sh.test()),
                    Map.entry("dev split", sh.dev()), Map.entry("all pages", s))) {
                BodyF1Scorer.Result x = e.getValue();
                System.out.printf(Locale.ROOT, "scrapinghub body, %s (%d pages): F1 %.4f  precision %.4f  recall %.4f"
                        + "  accuracy %.3f%n", e.getKey(), x.documents(), x.f1(), x.precision(), x.recall(),
                        x.accuracy());
            }
            System.out.printf(Locale.ROOT, "speed: %.2f ms/page extract, %.2f ms/page jsoup parse alone,"
                    + " ratio %.2f%n", sh.msPerPage(), sh.parseMsPerPage(), sh.ratioToParse());
            // Only dev pages are listed: looking at test pages to fix them would spoil the held-out figure.
            sh.pages().stream().filter(p -> p.split() == ScrapinghubSplit.DEV)
                    .sorted(Comparator.comparingDouble(PageScore::f1)).limit(worst)
                    .forEach(p -> System.out.printf(Locale.ROOT, "  worst dev: F1 %.3f P %.3f R %.3f %s %s%n",
                            p.f1(), p.precision(), p.recall(), p.id().substring(0, 12), p.url()));
        }
        int dates = 0;
        int datesRight = 0;
        int titles = 0;
        int titlesRight = 0;
        for (ArabicPage p : r.arabic()) {
            System.out.printf(Locale.ROOT, "arabic %s: date %s (gold %s) %s; title \"%s\"%s%s%n", p.name(),
                    p.gotDate(), p.expectedDate(), p.expectedDate() == null ? "" : p.dateRight() ? "OK" : "WRONG",
                    p.gotTitle(), p.expectedTitle() == null ? "" : p.titleRight() ? " OK" : " WRONG (gold \""
                            + p.expectedTitle() + "\")",
                    p.bodyF1() == null ? "" : String.format(Locale.ROOT, "; body F1 %.4f", p.bodyF1()));
            if (p.expectedDate() != null) {
                dates++;
                datesRight += p.dateRight() ? 1 : 0;
            }
            if (p.expectedTitle() != null) {
                titles++;
                titlesRight += p.titleRight() ? 1 : 0;
            }
        }
        if (!r.arabic().isEmpty()) {
            System.out.printf(Locale.ROOT, "arabic pages: dates %d/%d right, titles %d/%d right%n", datesRight,
                    dates, titlesRight, titles);
        }
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readUtf8(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
