package org.marsad.bench.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleJson;

/**
 * Why reports share a story, or do not (issue 20): puts a few reports (a user's, or made up to reproduce one) among
 * the ANT corpus's articles in time order, replays them through the clusterer as the archive decides (today's rules,
 * the shipped gate or a gate file), and for each report prints, against the story of every earlier report at the
 * moment it arrives, whether the gate is asked (time window, previews), the join features that are not zero and the
 * gate's probability, then the story the report went to.
 *
 * <p>Usage: {@code StoryJoinProbe [--eval DIR | --no-corpus] [--gate FILE] REPORTS.jsonl} (the archive's article
 * JSON, one per line; {@code -Dstory.cache=FILE} keeps the tagged corpus as for StoriesBench). Without the corpus the
 * reports meet only each other, and words weigh as in a four-article archive: a look, not the archive's decision.
 * The reports' entities are resolved among themselves (the cached corpus keeps no resolver), so a report shares an
 * entity with a corpus story only by its words.
 */
final class StoryJoinProbe {
    private StoryJoinProbe() {
    }

    /** One report weighed against the story an earlier report is in, just before the report is assigned. */
    record Weighing(String earlier, String story, boolean asked, double[] features, double probability) {
    }

    /** One report: what it was weighed against, and the story it went to. */
    record Report(String id, String title, List<Weighing> against, String story) {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of("..", "shared", "eval");
        boolean corpus = true;
        Path gateFile = null;
        Path reports = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]);
                case "--no-corpus" -> corpus = false;
                case "--gate" -> gateFile = Path.of(args[++i]);
                default -> reports = Path.of(args[i]);
            }
        }
        if (reports == null) {
            System.err.println("story join probe: no reports file (usage: StoryJoinProbe [--eval DIR | --no-corpus]"
                    + " [--gate FILE] REPORTS.jsonl)");
            System.exit(2);
        }
        List<Article> mine;
        JoinGate gate;
        try {
            mine = read(reports);
            gate = gateFile == null ? JoinGate.shipped().orElse(null)
                    : JoinGate.read(Files.readString(gateFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            System.err.println("story join probe: no such file: " + e.getFile());
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("story join probe: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<Article> background = List.of();
        if (corpus) {
            Path file = eval.resolve("ant-2018-04").resolve("ant_v2.1_2018-04.jsonl.gz");
            if (!Files.isReadable(file)) {
                System.err.println("story join probe: no ANT corpus at " + file + " (or --no-corpus)");
                System.exit(2);
            }
            background = StoriesBench.withFiguresAndEntities(StoriesBench.inTimeOrder(file));
        }
        for (Report r : probe(background, tagged(mine), gate)) {
            System.out.println(r.id() + " «" + r.title() + "»");
            for (Weighing w : r.against()) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < w.features().length; k++) {
                    if (w.features()[k] != 0) {
                        b.append(String.format(Locale.ROOT, " %s=%.3f", JoinGate.ALL_FEATURES.get(k), w.features()[k]));
                    }
                }
                System.out.printf(Locale.ROOT, "  against %s's story %s: %s p=%.3f%s%n", w.earlier(), w.story(),
                        w.asked() ? "asked," : "not asked (time window or preview),", w.probability(), b);
            }
            System.out.println("  -> story " + r.story());
        }
    }

    /** The reports of a JSONL file; a line that is not an article is refused with its number. */
    static List<Article> read(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(ArticleJson.parse(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + n + ": not an article (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /**
     * The reports with their figures and entities, as the archive enriches them; entity ids marked as the probe's so
     * that they never stand for a corpus entity of the same number.
     */
    static List<Article> tagged(List<Article> reports) {
        List<Article> out = new ArrayList<>();
        for (Article a : StoriesBench.tagged(reports)) {
            List<ArticleEntity> entities = a.entities().stream().map(e -> e.id() == null ? e
                    : new ArticleEntity("probe-" + e.id(), e.name(), e.type(), e.count(), e.spellings())).toList();
            out.add(a.withEntities(entities, a.autoTags()));
        }
        return out;
    }

    /**
     * Replays the background and the reports in time order (then id) and weighs each report against the stories of
     * the reports before it, as the clusterer sees them when the report arrives.
     *
     * @param gate the join gate, or null for the rules alone
     */
    static List<Report> probe(List<Article> background, List<Article> reports, JoinGate gate) {
        List<ArticleFeatures> all = new ArrayList<>();
        Set<String> mine = new HashSet<>();
        for (Article a : background) {
            all.add(ArticleFeatures.of(a, Instant.EPOCH));
        }
        for (Article a : reports) {
            all.add(ArticleFeatures.of(a, Instant.EPOCH));
            mine.add(a.id());
        }
        all.sort(Comparator.comparingLong(ArticleFeatures::time).thenComparing(ArticleFeatures::id));
        Enricher e = new Enricher(StoriesBench.rules(), StoryRules.DEFAULT, gate);
        List<String> earlier = new ArrayList<>();
        List<Report> out = new ArrayList<>();
        for (ArticleFeatures f : all) {
            if (!mine.contains(f.id())) {
                e.enrich(f);
                continue;
            }
            List<Weighing> against = new ArrayList<>();
            for (String id : earlier) {
                String story = e.storyOf(id);
                double[] x = e.clusterer().features(f, story).orElseThrow();
                against.add(new Weighing(id, story, e.clusterer().mayJoin(f, story), x,
                        gate == null ? Double.NaN : gate.probability(x)));
            }
            out.add(new Report(f.id(), f.title(), against, e.enrich(f).story()));
            earlier.add(f.id());
        }
        return out;
    }
}
