package org.marsad.bench.stories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryClusterer;
import org.marsad.model.Article;

/**
 * Diagnosis of the labelled pairs of the splits asked for (dev by default; a held-out split only once it has been
 * scored and is no longer held out): for each labelled pair, whether the rules before and the rules scored join it,
 * and the later article's standing against the earlier one's story at the moment it was assigned: the first test it
 * failed there (or PASSES) and, through a gate, the gate's probability and the features that moved it most. Prints the same-event pairs the rules before joined and the scored rules drop, and the
 * same-topic pairs the scored rules still join.
 */
final class StoryDiagnosis {
    private StoryDiagnosis() {
    }

    /** The labelled samples that may be diagnosed, by split name: every one already scored (in-sample). */
    private static final Map<String, java.util.function.Supplier<StoryPairs>> SAMPLES = Map.ofEntries(
            Map.entry("dev", StoryPairs::load),
            Map.entry("heldout", StoryPairs::load),
            Map.entry(FreshPairSampler.SPLIT, StoryPairs::loadSecond),
            Map.entry(HeldOutSample.THIRD.design().split(), HeldOutSample.THIRD::load),
            Map.entry(HeldOutSample.FOURTH.design().split(), HeldOutSample.FOURTH::load),
            Map.entry(HeldOutSample.FIFTH.design().split(), HeldOutSample.FIFTH::load),
            Map.entry(HeldOutSample.SIXTH.design().split(), HeldOutSample.SIXTH::load),
            Map.entry(HeldOutSample.SEVENTH.design().split(), HeldOutSample.SEVENTH::load),
            Map.entry(HeldOutSample.EIGHTH.design().split(), HeldOutSample.EIGHTH::load),
            Map.entry(HeldOutSample.NINTH.design().split(), HeldOutSample.NINTH::load),
            Map.entry(HeldOutSample.TENTH.design().split(), HeldOutSample.TENTH::load),
            Map.entry(HeldOutSample.ELEVENTH.design().split(), HeldOutSample.ELEVENTH::load),
            Map.entry(HeldOutSample.TWELFTH.design().split(), HeldOutSample.TWELFTH::load),
            Map.entry(HeldOutSample.THIRTEENTH.design().split(), HeldOutSample.THIRTEENTH::load),
            Map.entry(HeldOutSample.FOURTEENTH.design().split(), HeldOutSample.FOURTEENTH::load),
            Map.entry(HeldOutSample.FIFTEENTH.design().split(), HeldOutSample.FIFTEENTH::load),
            Map.entry(HeldOutSample.SIXTEENTH.design().split(), HeldOutSample.SIXTEENTH::load),
            Map.entry(HeldOutSample.SEVENTEENTH.design().split(), HeldOutSample.SEVENTEENTH::load),
            Map.entry(HeldOutSample.EIGHTEENTH.design().split(), HeldOutSample.EIGHTEENTH::load),
            Map.entry(HeldOutSample.NINETEENTH.design().split(), HeldOutSample.NINETEENTH::load),
            Map.entry(HeldOutSample.TWENTIETH.design().split(), HeldOutSample.TWENTIETH::load),
            Map.entry(HeldOutSample.TWENTY_FIRST.design().split(), HeldOutSample.TWENTY_FIRST::load),
            Map.entry(HeldOutSample.TWENTY_SECOND.design().split(), HeldOutSample.TWENTY_SECOND::load),
            Map.entry(HeldOutSample.TWENTY_THIRD.design().split(), HeldOutSample.TWENTY_THIRD::load),
            Map.entry(HeldOutSample.TWENTY_FOURTH.design().split(), HeldOutSample.TWENTY_FOURTH::load));

    /**
     * The split names of a {@code --diagnose-splits} argument ("dev,heldout4"), checked: a name that is not a
     * diagnosable sample is refused rather than diagnosed as nothing (a misspelt or unknown split once printed an
     * empty diagnosis).
     *
     * @throws IllegalArgumentException naming the unknown split and the known ones
     */
    static List<String> splits(String argument) {
        List<String> out = new java.util.ArrayList<>();
        for (String s : argument.split(",")) {
            String name = s.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!SAMPLES.containsKey(name)) {
                throw new IllegalArgumentException("--diagnose-splits: unknown split '" + name + "' (known: "
                        + new java.util.TreeSet<>(SAMPLES.keySet()) + "; samples kept for a final look are never"
                        + " diagnosed)");
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--diagnose-splits: no split named");
        }
        return out;
    }

    /** The labelled pairs of the splits named, split by split. */
    static List<StoryPairs.Pair> pairsOf(List<String> splits) {
        List<StoryPairs.Pair> out = new java.util.ArrayList<>();
        for (String split : splits) {
            java.util.function.Supplier<StoryPairs> sample = SAMPLES.get(split);
            if (sample == null) {
                throw new IllegalArgumentException("unknown split '" + split + "'");
            }
            for (StoryPairs.Pair p : sample.get().pairs()) {
                if (p.split().equals(split)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The pairs by the id of their later article (time order as the bench replays them). */
    static Map<String, List<StoryPairs.Pair>> byLaterArticle(List<StoryPairs.Pair> pairs, List<Article> ordered) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).id(), i);
        }
        Map<String, List<StoryPairs.Pair>> out = new HashMap<>();
        for (StoryPairs.Pair p : pairs) {
            String later = rank.get(p.a()) > rank.get(p.b()) ? p.a() : p.b();
            out.computeIfAbsent(later, k -> new java.util.ArrayList<>()).add(p);
        }
        return out;
    }

    /**
     * Before the article is assigned: its standing against the story of each pair's earlier article, and, when the
     * clusterer decides through a gate, the gate's reading of it ({@link #gateReading}).
     */
    static Map<StoryPairs.Pair, String> standings(String id, ArticleFeatures f,
                                                  Map<String, List<StoryPairs.Pair>> laterOf,
                                                  Map<String, Enrichment> out, StoryClusterer clusterer) {
        Map<StoryPairs.Pair, String> m = new LinkedHashMap<>();
        for (StoryPairs.Pair p : laterOf.getOrDefault(id, List.of())) {
            String earlier = p.a().equals(id) ? p.b() : p.a();
            String story = out.get(earlier).story();
            String gate = clusterer.gate() == null ? ""
                    : clusterer.features(f, story).map(x -> " " + gateReading(clusterer.gate(), x, 3)).orElse("");
            m.put(p, clusterer.standing(f, story).map(s -> String.format(Locale.ROOT, "%s cos=%.3f avg=%.3f",
                    s.refusal() == null ? "PASSES" : s.refusal(), s.cosine(), s.averageLink())).orElse("?") + gate);
        }
        return m;
    }

    /**
     * The gate's probability for these features and the {@code top} features that moved its log-odds most (weight
     * times value), as "p=0.824 [log_members=2.64 +0.70, cosine=0.43 +0.67, ...]": what a wrong join or a miss was
     * decided on (the dense weights only; a gate's trees and headline words are in p but not named).
     */
    static String gateReading(JoinGate gate, double[] x, int top) {
        double[] w = gate.weights();
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(w[i] * x[i])).thenComparing(i -> i));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "p=%.3f [", gate.probability(x)));
        for (int k = 0; k < Math.min(top, order.size()); k++) {
            int i = order.get(k);
            b.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s=%.2f %+.2f",
                    JoinGate.ALL_FEATURES.get(i), x[i], w[i] * x[i]));
        }
        return b.append(']').toString();
    }

    static void print(List<StoryPairs.Pair> pairs, String split, Map<String, Article> byId, Map<String, ArticleFeatures> feats,
                      Map<String, Enrichment> now, Map<String, Enrichment> before,
                      Map<String, Map<StoryPairs.Pair, String>> standings) {
        Map<StoryPairs.Pair, String> standing = new HashMap<>();
        standings.values().forEach(standing::putAll);
        Map<String, Double> lostByReason = new TreeMap<>();
        Map<String, Double> joinedTopicByReason = new TreeMap<>();
        System.out.println("diagnosis (" + split + " split):");
        for (StoryPairs.Label label : StoryPairs.Label.values()) {
            pairs.stream().filter(p -> p.split().equals(split) && p.label() == label)
                    .sorted(Comparator.comparingDouble(StoryPairs.Pair::weight).reversed()).forEach(p -> {
                        boolean b = joined(before, p);
                        boolean n = joined(now, p);
                        if (label == StoryPairs.Label.EVENT && b && !n) {
                            String why = standing.getOrDefault(p, "?");
                            lostByReason.merge(why.split(" ")[0], p.weight(), Double::sum);
                        }
                        if (label != StoryPairs.Label.EVENT && n) {
                            joinedTopicByReason.merge(label.name(), p.weight(), Double::sum);
                        }
                        long gap = Math.abs(feats.get(p.a()).time() - feats.get(p.b()).time()) / 3600;
                        System.out.printf(Locale.ROOT, "  %-9s w=%7.1f %-16s before=%-5s now=%-5s gap=%3dh %s%n"
                                        + "      %s: %s%n      %s: %s%n", label, p.weight(), p.cell(), b, n, gap,
                                standing.getOrDefault(p, "?"), byId.get(p.a()).source(),
                                byId.get(p.a()).title(), byId.get(p.b()).source(), byId.get(p.b()).title());
                    });
        }
        System.out.println("  " + split + ": same-event weight joined before and dropped now, by the test failed: "
                + lostByReason + "; topic/unrelated weight joined now: " + joinedTopicByReason);
    }

    /**
     * How well event evidence tells the dev pairs apart: for each kind of evidence a pair can share (a named person
     * or organisation seen in few articles, a place, a killed/injured figure, closeness in time), the weight and
     * number of same-event and same-topic pairs that have it.
     */
    static void evidence(List<StoryPairs.Pair> pairs, String split, List<Article> articles,
                         Map<String, ArticleFeatures> feats) {
        Map<String, java.util.Set<String>> entities = new HashMap<>();
        Map<String, java.util.Set<String>> tolls = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            ArticleFeatures f = feats.get(a.id());
            f.entities().forEach(k -> df.merge(k, 1, Integer::sum));
            entities.put(a.id(), new java.util.TreeSet<>(f.entities()));
            tolls.put(a.id(), new java.util.TreeSet<>(f.tolls()));
        }
        System.out.println("evidence (" + split + " split):");
        Map<String, String> names = new HashMap<>();
        for (Article a : articles) {
            a.entities().forEach(e -> names.putIfAbsent(e.type() + "|" + e.id(), e.name()));
        }
        Map<String, double[]> table = new TreeMap<>();
        for (StoryPairs.Pair p : pairs) {
            if (!p.split().equals(split)) {
                continue;
            }
            java.util.Set<String> shared = new java.util.TreeSet<>(entities.get(p.a()));
            shared.retainAll(entities.get(p.b()));
            long gap = Math.abs(feats.get(p.a()).time() - feats.get(p.b()).time());
            java.util.Set<String> sharedToll = new java.util.TreeSet<>(tolls.get(p.a()));
            sharedToll.retainAll(tolls.get(p.b()));
            List<String> kinds = new java.util.ArrayList<>();
            for (int rare : new int[] {10, 30, 100}) {
                boolean actor = shared.stream().anyMatch(k -> !k.startsWith("LOC") && df.get(k) <= rare);
                boolean place = shared.stream().anyMatch(k -> k.startsWith("LOC"));
                boolean rarePlace = shared.stream().anyMatch(k -> k.startsWith("LOC") && df.get(k) <= rare);
                if (actor) {
                    kinds.add("actor df<=" + rare);
                }
                if (rarePlace) {
                    kinds.add("place df<=" + rare);
                }
                if (actor && place) {
                    kinds.add("actor df<=" + rare + " + place");
                }
                if (actor && place && gap <= 86400) {
                    kinds.add("actor df<=" + rare + " + place + 1 day");
                }
                long rareCount = shared.stream().filter(k -> df.get(k) <= rare).count();
                if (rareCount >= 2) {
                    kinds.add("2+ entities df<=" + rare);
                }
            }
            if (!sharedToll.isEmpty()) {
                kinds.add("killed/injured figure");
            }
            kinds.add("all");
            for (String k : kinds) {
                double[] row = table.computeIfAbsent(k, x -> new double[6]);
                int col = p.label().ordinal();
                row[col] += p.weight();
                row[3 + col] += 1;
            }
            if (p.label() != StoryPairs.Label.UNRELATED) {
                System.out.printf(Locale.ROOT, "  %-5s w=%7.1f gap=%3dh toll=%s shared=%s%n", p.label(), p.weight(),
                        gap / 3600, sharedToll, shared.stream().map(k -> k + " " + names.getOrDefault(k, "")
                                + "(" + df.get(k) + ")").toList());
            }
        }
        System.out.println("  evidence: event weight, topic weight, unrelated weight (pairs)");
        table.forEach((k, r) -> System.out.printf(Locale.ROOT, "  %-36s event %7.1f (%2.0f) topic %7.1f (%2.0f)"
                + " unrelated %5.1f (%2.0f)%n", k, r[0], r[3], r[1], r[4], r[2], r[5]));
    }

    private static boolean joined(Map<String, Enrichment> out, StoryPairs.Pair p) {
        return out.get(p.a()).story().equals(out.get(p.b()).story());
    }
}
