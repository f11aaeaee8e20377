package org.marsad.bench.figures;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Figure;
import org.marsad.bench.data.EvalData;
import org.marsad.bench.stories.AntCorpus;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.enrich.figures.StoryFigures;
import org.marsad.model.Article;

/**
 * The figures evidence on ANT April 2018 (evaluation data, not shipped): the figures timelines Marsad builds for
 * the three stories with the most casualty figures, and a seeded random sample of extracted figures, each shown
 * with its sentence, for a hand check. The pipeline is the application's: the figures stage, then near-duplicates
 * and stories with the default rules, then {@link StoryFigures}.
 *
 * <p>Usage: {@code AntFigures [EVAL_DIR] [SAMPLE] [SEED]} (defaults: ../shared/eval, 50, 20261204). Prints
 * Markdown on stdout.
 */
public final class AntFigures {
    private AntFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path evalDir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261204L;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        for (Article a : AntCorpus.read(new EvalData(evalDir).antArticles())) {
            articles.add(ArticleFigures.enrich(a));
        }
        articles.sort(Comparator.comparing(a -> a.published() == null ? "" : a.published()));
        Enricher e = new Enricher();
        Map<String, List<Article>> stories = new LinkedHashMap<>();
        for (Article a : articles) {
            String story = e.enrich(ArticleFeatures.of(a, Instant.EPOCH)).story();
            stories.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
        }
        long figures = articles.stream().mapToLong(a -> a.figures().size()).sum();
        out.printf("%d articles, %d figures, %d stories%n%n", articles.size(), figures, stories.size());

        List<List<Article>> byCasualties = new ArrayList<>(stories.values());
        byCasualties.sort(Comparator.comparingLong(AntFigures::casualtyFigures).reversed());
        for (List<Article> story : byCasualties.subList(0, Math.min(3, byCasualties.size()))) {
            timeline(out, story);
        }
        sample(out, articles, sample, seed);
    }

    private static long casualtyFigures(List<Article> story) {
        return story.stream().flatMap(a -> a.figures().stream())
                .filter(f -> f.value() != null && (f.category() == Category.KILLED || f.category() == Category.INJURED))
                .count();
    }

    private static void timeline(PrintStream out, List<Article> story) {
        out.printf("### Story of %d articles (%d casualty figures), first headline: %s%n%n", story.size(),
                casualtyFigures(story), story.get(0).title());
        StoryFigures sf = StoryFigures.of(story);
        for (Category c : List.of(Category.KILLED, Category.INJURED)) {
            StoryFigures.Timeline t = sf.category(c);
            if (t == null) {
                continue;
            }
            out.printf("%s — headlines (latest per attribution):%n", c.key());
            for (StoryFigures.Point p : t.headlines()) {
                out.printf("- %s%n", point(p));
            }
            out.printf("%s — timeline:%n", c.key());
            for (StoryFigures.Point p : t.points()) {
                out.printf("- %s%n", point(p));
            }
            for (StoryFigures.Conflict k : t.conflicts()) {
                out.printf("- conflict on %s: %s%n", k.date(),
                        k.values().stream().map(AntFigures::point).toList());
            }
            out.println();
        }
    }

    private static String point(StoryFigures.Point p) {
        return p.date() + " " + (p.comparator() == null ? "" : p.comparator().key() + " ") + p.value().toPlainString()
                + (p.valueMax() == null ? "" : "–" + p.valueMax().toPlainString())
                + " according to " + (p.attribution() == null ? "(not said)" : p.attribution()) + " — "
                + String.join(", ", p.outlets()) + " (" + p.reports().size() + " report"
                + (p.reports().size() == 1 ? "" : "s") + ")";
    }

    private static void sample(PrintStream out, List<Article> articles, int n, long seed) {
        List<String[]> all = new ArrayList<>();
        for (Article a : articles) {
            String text = a.figureText();
            for (Figure f : a.figures()) {
                int from = Math.max(0, Math.max(text.lastIndexOf('.', f.start()), text.lastIndexOf('\n', f.start())));
                int to = text.indexOf('.', f.end());
                to = to < 0 ? Math.min(text.length(), f.end() + 120) : Math.min(to + 1, f.end() + 200);
                from = Math.max(from, f.start() - 200);
                all.add(new String[] {a.id(), f.text(), f.value() == null ? "vague" : f.value().toPlainString()
                        + (f.valueMax() == null ? "" : "–" + f.valueMax().toPlainString()),
                        f.comparator() == null ? "" : f.comparator().key(), f.category().key(),
                        f.attribution() == null ? "" : f.attribution(),
                        text.substring(from, to).replace('\n', ' ').strip()});
            }
        }
        Collections.shuffle(all, new Random(seed));
        out.printf("### %d random figures of %d (seed %d)%n%n", Math.min(n, all.size()), all.size(), seed);
        for (int i = 0; i < Math.min(n, all.size()); i++) {
            String[] r = all.get(i);
            out.printf("%d. %s | «%s» | value %s %s | %s | attribution: %s%n   context: %s%n", i + 1, r[0], r[1],
                    r[2], r[3], r[4], r[5].isEmpty() ? "(none)" : r[5], r[6]);
        }
    }
}
