package org.marsad.bench.accuracy;

import org.marsad.bench.QuickSizes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.arabic.entities.EntityType;
import org.marsad.arabic.entities.LabelledCorpus;
import org.marsad.arabic.entities.SpanScores;
import org.marsad.bench.Context;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Section;

/**
 * The entity tagger on ANERcorp's test split, tagged document by document (the tagger's second stage reads the
 * whole document): entity-level exact-match precision, recall and F1 per type, micro and macro over PER/LOC/ORG (and
 * micro with MISC), in-sample on the training split for comparison, and tokens per CPU-second on one thread; the
 * baselines, in the same run, are the tagger's own sentence-level first stage alone (the tagger before it read
 * documents) and a dictionary of the training names (longest match).
 */
public final class EntitiesSection {
    private static final Set<EntityType> MAIN = Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG);

    private EntitiesSection() {
    }

    public static void run(Context ctx) throws Exception {
        Section s = ctx.report().section("entities", "Entity tagger (ANERcorp test split)");
        Path dir = ctx.eval().map(e -> e.anercorp()).orElse(null);
        if (dir == null || !Files.isRegularFile(dir.resolve("test.txt")) || !Files.isRegularFile(dir.resolve("train.txt"))) {
            s.skip("no ANERcorp (train.txt, test.txt): set MARSAD_NER_DIR or place it at ../shared/data/ner/anercorp");
            return;
        }
        LabelledCorpus train = LabelledCorpus.read(dir.resolve("train.txt"));
        LabelledCorpus test = LabelledCorpus.read(dir.resolve("test.txt"));
        EntityTagger tagger = EntityTagger.defaults();
        EntityTagger firstStage = tagger.firstStage();
        DictionaryTagger dictionary = DictionaryTagger.train(train);
        Function<List<List<String>>, List<List<String>>> byDictionary = doc -> doc.stream().map(dictionary::tag)
                .toList();

        Figures f = s.figures();
        f.put("test_tokens", tokens(test)).put("test_untagged_tokens_read_as_o", test.untagged())
                .put("test_malformed_tags_read_as_o", test.malformed());
        SpanScores marsad = score(test, tagger::tagDocument);
        SpanScores first = score(test, firstStage::tagDocument);
        SpanScores baseline = score(test, byDictionary);
        put(f.group("marsad"), marsad);
        put(f.group("first_stage_alone"), first);
        put(f.group("dictionary_baseline"), baseline);
        double microF1 = marsad.micro(MAIN)[2];
        f.ratio("micro_f1", microF1, baseline.micro(MAIN)[2]);
        f.ratio("micro_f1_vs_first_stage", microF1, first.micro(MAIN)[2]);
        SpanScores inSample = score(train, tagger::tagDocument);
        put(f.group("marsad_in_sample_train"), inSample);

        int passes = ctx.size(QuickSizes.TAGGER_PASSES);
        double[] speeds = tokensPerCpuSecond(test, passes, tagger::tagDocument, firstStage::tagDocument, byDictionary);
        double marsadSpeed = speeds[0];
        double firstSpeed = speeds[1];
        double baselineSpeed = speeds[2];
        f.put("tokens_per_cpu_s", marsadSpeed).put("first_stage_tokens_per_cpu_s", firstSpeed)
                .put("dictionary_tokens_per_cpu_s", baselineSpeed);
        f.ratio("tokens_per_cpu_s", marsadSpeed, baselineSpeed);
        f.ratio("tokens_per_cpu_s_vs_first_stage", marsadSpeed, firstSpeed);

        ctx.report().headline(new Headline("entity tagger micro-F1, PER/LOC/ORG (ANERcorp test)", "F1", microF1,
                "dictionary of training names", baseline.micro(MAIN)[2], true));
        ctx.report().headline(new Headline("entity tagger speed, one thread", "tokens/CPU-s", marsadSpeed,
                "dictionary lookup", baselineSpeed, true));
        s.note(String.format("Held-out (test.txt, %d tokens, %d documents): %s", tokens(test),
                test.documents().size(), describe(marsad)));
        s.note(String.format("First stage alone (each sentence on its own, the tagger before it read documents), "
                + "held-out: %s; %.0f tokens/CPU-s against %.0f for both stages", describe(first), firstSpeed,
                marsadSpeed));
        s.note(String.format("In-sample (train.txt, the model's own training data): %s", describe(inSample)));
        s.note(String.format("Baseline, dictionary of training names: %s", describe(baseline)));
        s.note("Anchors from the literature, not measured here (other splits, the original annotation): AraBERT v0.1 "
                + "macro-F1 83.1 on a GPU; feature-based CRF systems about 79 F1 (PER/LOC/ORG); Apache OpenNLP's "
                + "name finder trained on this train.txt reaches 0.40 micro-F1 (0.55 with affix features).");
        s.note("Scoring: entity-level exact match (tokens and type), CoNLL style; an I- tag that does not continue "
                + "its entity starts one; each document of the split is tagged as a whole. Speed: the tagger's "
                + "tagDocument() on the test documents, already split into sentences and tokens, on one thread, CPU "
                + "time of that thread, after a warm-up pass; the three taggers take turns pass by pass.");
    }

    static SpanScores score(LabelledCorpus corpus, Function<List<List<String>>, List<List<String>>> tagger) {
        SpanScores scores = new SpanScores();
        for (List<LabelledCorpus.Sentence> doc : corpus.documents()) {
            List<List<String>> tagged = tagger.apply(tokens(doc));
            for (int i = 0; i < doc.size(); i++) {
                scores.add(doc.get(i).tags(), tagged.get(i));
            }
        }
        return scores;
    }

    private static List<List<String>> tokens(List<LabelledCorpus.Sentence> doc) {
        List<List<String>> out = new ArrayList<>(doc.size());
        doc.forEach(s -> out.add(s.tokens()));
        return out;
    }

    private static int tokens(LabelledCorpus corpus) {
        return corpus.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /**
     * Tokens per CPU-second of each tagger on the corpus's documents, one thread; the taggers take turns pass by
     * pass, so that a busy machine slows them alike.
     */
    @SafeVarargs
    private static double[] tokensPerCpuSecond(LabelledCorpus corpus, int passes,
            Function<List<List<String>>, List<List<String>>>... taggers) {
        List<List<List<String>>> docs = corpus.documents().stream().map(EntitiesSection::tokens).toList();
        long tokens = 0;
        for (List<List<String>> d : docs) {
            for (List<String> s : d) {
                tokens += s.size();
            }
        }
        int sink = 0;
        for (Function<List<List<String>>, List<List<String>>> tagger : taggers) {
            for (List<List<String>> d : docs) {
                sink += tagger.apply(d).size();
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[taggers.length];
        for (int p = 0; p < passes; p++) {
            for (int t = 0; t < taggers.length; t++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (List<List<String>> d : docs) {
                    sink += taggers[t].apply(d).size();
                }
                nanos[t] += mx.getCurrentThreadCpuTime() - t0;
            }
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        double[] out = new double[taggers.length];
        for (int t = 0; t < taggers.length; t++) {
            out[t] = tokens * passes / (nanos[t] / 1e9);
        }
        return out;
    }

    private static void put(Figures g, SpanScores s) {
        for (EntityType t : EntityType.values()) {
            g.group(t.name().toLowerCase()).put("precision", s.precision(t)).put("recall", s.recall(t))
                    .put("f1", s.f1(t)).put("gold", s.gold(t));
        }
        double[] micro = s.micro(MAIN);
        g.put("micro_precision", micro[0]).put("micro_recall", micro[1]).put("micro_f1", micro[2])
                .put("macro_f1", s.macroF1(MAIN))
                .put("micro_f1_with_misc", s.micro(Set.of(EntityType.values()))[2]);
    }

    private static String describe(SpanScores s) {
        StringBuilder sb = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            sb.append(String.format("%s P %.3f R %.3f F1 %.3f; ", t, s.precision(t), s.recall(t), s.f1(t)));
        }
        double[] micro = s.micro(MAIN);
        sb.append(String.format("PER/LOC/ORG micro P %.3f R %.3f F1 %.3f, macro F1 %.3f", micro[0], micro[1],
                micro[2], s.macroF1(MAIN)));
        return sb.toString();
    }
}
