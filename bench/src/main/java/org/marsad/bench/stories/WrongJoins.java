package org.marsad.bench.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.arabic.EventActs;
import org.marsad.arabic.Previews;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.story.EventFrame;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;

/**
 * The census of a fold's wrong joins (issue 20, branch stories30): every labelled {@code topic} or {@code unrelated}
 * pair of the left-out sample that a fold's out-of-sample replay put in one story, printed one tab-separated line
 * each ({@code census} …) with what a reader needs to sort it into a kind: its weight, the gate's p in the rules'
 * replay, the reference similarity of the pair and of the later article's closest earlier story-mate (a pair joined
 * through a third member is far apart itself), both headlines' event frames as the clusterer reads them, and whether
 * either headline is a preview or only a quote. A {@code census-fold} line gives the fold's joined weight (labelled
 * pairs and the outside count), so that each wrong join's share of the precision loss can be computed. Turned on by
 * {@code -Dgate.census=true}; it reads and prints, and decides nothing.
 */
final class WrongJoins {
    private WrongJoins() {
    }

    static void print(String fold, StoryPairs sample, StoryPairs.Score score, double scale,
                      JoinGateBench.Result r, List<JoinGateBench.Example> examples, List<ArticleFeatures> feats,
                      ReferenceSimilarity ref, JoinGate gate) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < feats.size(); i++) {
            rank.put(feats.get(i).id(), i);
        }
        Map<String, List<String>> members = new HashMap<>();
        for (ArticleFeatures f : feats) {
            members.computeIfAbsent(r.out().get(f.id()), k -> new ArrayList<>()).add(f.id());
        }
        Map<String, Double> pOf = new HashMap<>();
        for (JoinGateBench.Example x : examples) {
            if (x.sample().equals(fold)) {
                pOf.put(StoryPairs.key(x.pair().a(), x.pair().b()), gate.probability(x.x()));
            }
        }
        double joinedW = score.outside();
        for (StoryPairs.Pair p : sample.pairs()) {
            if (!p.split().equals(fold) || !r.out().get(p.a()).equals(r.out().get(p.b()))) {
                continue;
            }
            joinedW += p.weight();
            if (p.label() == StoryPairs.Label.EVENT) {
                continue;
            }
            boolean aFirst = rank.get(p.a()) < rank.get(p.b());
            ArticleFeatures earlier = feats.get(rank.get(aFirst ? p.a() : p.b()));
            ArticleFeatures later = feats.get(rank.get(aFirst ? p.b() : p.a()));
            double direct = ref.of(earlier.id(), later.id());
            double closest = 0;
            for (String m : members.get(r.out().get(later.id()))) {
                if (!m.equals(earlier.id()) && rank.get(m) < rank.get(later.id())) {
                    closest = Math.max(closest, ref.of(m, later.id()));
                }
            }
            System.out.printf(Locale.ROOT, "census\t%s\t%s\t%.2f\t%.4f\t%.3f\t%.3f\t%.3f\t%d\t%.1f\t%s\t%s\t%s\t%s%n",
                    fold, p.label().name().toLowerCase(Locale.ROOT), p.weight(), scale,
                    pOf.getOrDefault(StoryPairs.key(p.a(), p.b()), Double.NaN), direct, closest,
                    members.get(r.out().get(later.id())).size(), (later.time() - earlier.time()) / 3600.0,
                    reading(earlier), reading(later), earlier.title(), later.title());
        }
        System.out.printf(Locale.ROOT, "census-fold\t%s\t%.2f\t%d\t%.4f%n", fold, joinedW, score.outside(), scale);
    }

    /** The headline's frame as the shipped rules read it, marked when it is a preview or only quotes someone. */
    private static String reading(ArticleFeatures f) {
        StoryRules rules = StoryRules.DEFAULT;
        EventFrame frame = EventFrame.of(f.title(), rules.leadActs() ? f.lead() : null, rules.sportActs(),
                rules.leadQuotes(), rules.otherSenses());
        String s = frame.known() ? frame.describe() : "unknown";
        if (Previews.announcesAhead(f.title())) {
            s += " [preview]";
        }
        if (EventActs.isQuote(f.title())) {
            s += " [quote]";
        }
        return s;
    }
}
