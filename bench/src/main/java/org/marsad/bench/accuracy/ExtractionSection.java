package org.marsad.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.marsad.bench.Context;
import org.marsad.bench.eval.BodyF1Scorer;
import org.marsad.bench.eval.ExtractionEval;
import org.marsad.bench.peers.PeerExtractor;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/**
 * HTML extraction accuracy: the evaluator of {@code org.marsad.bench.eval} (body F1 on scrapinghub with speed
 * against jsoup parsing alone; title, date and body on the Arabic pages), then the peer extractors, when installed,
 * scored with the same scorer on the same pages as Marsad.
 */
public final class ExtractionSection {
    private ExtractionSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section body = ctx.report().section("body_f1", "Body extraction F1 (scrapinghub)");
        Section arabic = ctx.report().section("arabic_pages", "Arabic pages: title, date, body");
        if (ctx.eval().isEmpty()) {
            body.skip(Context.noEvalData("scrapinghub"));
            arabic.skip(Context.noEvalData("arabic-pages"));
            ctx.report().section("peers", "Peer extractors").skip(Context.noEvalData("scrapinghub"));
            return;
        }
        long t0 = System.nanoTime();
        Path evalDir = ctx.quick() ? sample(ctx.eval().get().dir(), ctx.work().resolve("eval-sample"), QUICK_PAGES)
                : ctx.eval().get().dir();
        if (ctx.quick()) {
            body.note("Quick run: the first " + QUICK_PAGES + " scrapinghub pages only (the full run scores all 181).");
        }
        ExtractionEval.Result r = ExtractionEval.run(evalDir);
        r.notes().forEach(body::note);
        ExtractionEval.BodyFigures sh = r.scrapinghub();
        if (sh == null) {
            body.skip("no scrapinghub pages in " + ctx.eval().get().dir());
        } else {
            BodyF1Scorer.Result s = sh.score();
            Figures f = body.figures();
            f.put("documents", s.documents()).put("f1", s.f1()).put("precision", s.precision())
                    .put("recall", s.recall()).put("accuracy", s.accuracy())
                    .put("ms_per_page", sh.msPerPage()).put("jsoup_parse_ms_per_page", sh.parseMsPerPage());
            f.ratio("ms_per_page", sh.msPerPage(), sh.parseMsPerPage());
            body.note("Scorer: 4-token shingles, per-document normalised TP/FP/FN, F1 from mean precision and "
                    + "recall (scrapinghub/README.md). Published on this set: Readability.js 0.947, trafilatura 0.958.");
            ctx.report().headline(new Headline("body F1, scrapinghub (" + s.documents() + " pages)", "F1", s.f1(),
                    null, Double.NaN, true));
            ctx.report().headline(new Headline("HTML extraction time per page", "ms", sh.msPerPage(),
                    "jsoup parse alone", sh.parseMsPerPage(), false));
        }
        int dates = 0;
        int datesRight = 0;
        int titles = 0;
        int titlesRight = 0;
        for (ExtractionEval.ArabicPage p : r.arabic()) {
            Figures g = arabic.figures().group(slug(p.name()));
            g.put("date_expected", p.expectedDate()).put("date_got", p.gotDate());
            if (p.expectedDate() != null) {
                dates++;
                datesRight += p.dateRight() ? 1 : 0;
                g.put("date_right", p.dateRight());
            }
            if (p.expectedTitle() != null) {
                titles++;
                titlesRight += p.titleRight() ? 1 : 0;
                g.put("title_right", p.titleRight());
            }
            if (p.bodyF1() != null) {
                g.put("body_f1", p.bodyF1());
            }
        }
        if (!r.arabic().isEmpty()) {
            arabic.figures().put("dates_right", datesRight).put("dates", dates).put("titles_right", titlesRight)
                    .put("titles", titles);
            ctx.report().headline(new Headline("Arabic pages, publication dates right", "share",
                    dates == 0 ? Double.NaN : (double) datesRight / dates, null, Double.NaN, true));
        }
        body.seconds((System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        peers(ctx);
        ctx.report().section("peers", "Peer extractors").seconds((System.nanoTime() - t1) / 1e9);
    }

    private static final int QUICK_PAGES = 30;

    /**
     * An evaluation directory holding the first n scrapinghub pages (links to the real files and a filtered
     * ground truth) and the Arabic pages, so that the evaluator runs unchanged on a sample.
     */
    static Path sample(Path evalDir, Path out, int n) throws IOException {
        Path sh = evalDir.resolve("scrapinghub");
        Path outSh = out.resolve("scrapinghub");
        Files.createDirectories(outSh.resolve("html"));
        if (Files.isDirectory(evalDir.resolve("arabic-pages"))) {
            Files.createSymbolicLink(out.resolve("arabic-pages"), evalDir.resolve("arabic-pages").toAbsolutePath());
        }
        Path goldFile = sh.resolve("ground-truth.json");
        if (!Files.isRegularFile(goldFile)) {
            return out;
        }
        JsonNode gold = ArticleJson.mapper().readTree(goldFile.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode kept = ArticleJson.mapper().createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext() && kept.size() < n; ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = sh.resolve("html").resolve(e.getKey() + ".html.gz");
            if (Files.isRegularFile(page)) {
                kept.set(e.getKey(), e.getValue());
                Files.createSymbolicLink(outSh.resolve("html").resolve(page.getFileName()), page.toAbsolutePath());
            }
        }
        ArticleJson.mapper().writeValue(outSh.resolve("ground-truth.json").toFile(), kept);
        return out;
    }

    /** Peers and Marsad on the same scrapinghub pages (a sample with --quick), same scorer. */
    static void peers(Context ctx) throws Exception {
        Section s = ctx.report().section("peers", "Peer extractors (same pages, same scorer)");
        Path dir = ctx.eval().get().scrapinghub();
        Path goldFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(goldFile)) {
            s.skip("no scrapinghub ground truth");
            return;
        }
        List<PeerExtractor> peers = List.of(PeerExtractor.readabilityJs(ctx.root().resolve("bench")),
                PeerExtractor.readabilityLxml(ctx.root().resolve("bench")));
        if (peers.stream().allMatch(p -> p.unavailable() != null)) {
            for (PeerExtractor p : peers) {
                s.note(p.name() + ": " + p.unavailable() + " (see bench/README.md).");
            }
            s.skip("no peer extractor installed");
            return;
        }
        JsonNode gold = ArticleJson.mapper().readTree(goldFile.toFile());
        int limit = ctx.size(QUICK_PAGES, Integer.MAX_VALUE);
        Map<Path, String> pages = new LinkedHashMap<>();
        Map<Path, String> goldBody = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext() && pages.size() < limit; ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz").toAbsolutePath();
            if (Files.isRegularFile(page)) {
                pages.put(page, e.getValue().path("url").asText(null));
                goldBody.put(page, e.getValue().path("articleBody").asText(""));
            }
        }
        Figures f = s.figures();
        f.put("pages", pages.size());
        BodyF1Scorer mine = new BodyF1Scorer();
        long t0 = System.nanoTime();
        for (Map.Entry<Path, String> e : pages.entrySet()) {
            Optional<Article> a = HtmlArticleExtractor.extract(gunzip(e.getKey()), e.getValue());
            mine.add(goldBody.get(e.getKey()), a.map(Article::bodyText).orElse(""));
        }
        double mineMs = (System.nanoTime() - t0) / 1e6 / pages.size();
        BodyF1Scorer.Result m = mine.result();
        f.group("marsad").put("f1", m.f1()).put("precision", m.precision()).put("recall", m.recall())
                .put("ms_per_page", mineMs);
        for (PeerExtractor p : peers) {
            String key = p.name().toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("_$", "");
            if (p.unavailable() != null) {
                s.note(p.name() + " skipped: " + p.unavailable() + " (see bench/README.md).");
                continue;
            }
            Map<Path, PeerExtractor.Output> out;
            try {
                out = p.run(pages, ctx.work().resolve("peers"), ctx.size(300, 1200));
            } catch (IOException e) {
                s.note(p.name() + " failed: " + e.getMessage());
                continue;
            }
            BodyF1Scorer scorer = new BodyF1Scorer();
            double ms = 0;
            int errors = 0;
            for (Path page : pages.keySet()) {
                PeerExtractor.Output o = out.get(page);
                scorer.add(goldBody.get(page), o == null ? "" : o.text());
                ms += o == null ? 0 : o.ms();
                errors += o == null || o.error() != null ? 1 : 0;
            }
            BodyF1Scorer.Result r = scorer.result();
            Figures g = f.group(key);
            g.put("f1", r.f1()).put("precision", r.precision()).put("recall", r.recall())
                    .put("ms_per_page", ms / pages.size()).put("errors", errors);
            f.ratio("f1_vs_" + key, m.f1(), r.f1());
            f.ratio("ms_per_page_vs_" + key, mineMs, ms / pages.size());
            ctx.report().headline(new Headline("body F1 vs " + p.name() + " (" + pages.size() + " pages)", "F1",
                    m.f1(), p.name(), r.f1(), true));
        }
        s.note("Peer time per page is measured inside the peer (parse + extraction, no process start-up); Marsad's "
                + "is one cold pass in the bench JVM.");
    }

    private static String slug(String name) {
        String s = name.toLowerCase().replaceAll("\\.html$", "").replaceAll("[^a-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return Character.isDigit(s.charAt(0)) ? "page_" + s : s;
    }

    private static String gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
