package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/** The learned join gate: its file, and how the clusterer consults it where it decides a join. */
class JoinGateTest {
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    private static double[] weights(double cosine) {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[JoinGate.FEATURES.indexOf("cosine")] = cosine;
        return w;
    }

    @Test
    void aGateFileReadsBackToTheSameGateAndTheSameBytes() {
        double[] w = new double[JoinGate.FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 3 - 1) * (0.123456789 + i);
        }
        JoinGate g = new JoinGate(w, -1.5, 0.55);
        JoinGate veto = new JoinGate(w, -1.5, 0.55, JoinGate.Mode.VETO, 0.25, 0.2);
        assertThat(JoinGate.read(veto.write(""))).isEqualTo(veto).isNotEqualTo(g);
        String text = g.write("trained on nothing\nsecond line");
        JoinGate back = JoinGate.read(text);
        assertThat(back).isEqualTo(g);
        assertThat(back.write("trained on nothing\nsecond line")).isEqualTo(text);
        assertThat(text).startsWith("# trained on nothing\n# second line\nmode\tdecide\nfloor\t0.200000000\t0.150000000\nthreshold\t0.550000000\n");
    }

    @Test
    void aGateFileWithOtherFeaturesOrABadNumberIsRefusedWithItsLine() {
        String good = new JoinGate(weights(1), 0, 0.5).write("");
        assertThatThrownBy(() -> JoinGate.read(good.replace("feature\tcosine", "feature\tcosines")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
        assertThatThrownBy(() -> JoinGate.read(good.replace("intercept\t0.000000000", "intercept\tzero")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
        assertThatThrownBy(() -> new JoinGate(new double[3], 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedFeatures() {
        JoinGate g = new JoinGate(weights(4), -2, 0.5);
        double[] x = new double[JoinGate.FEATURES.size()];
        x[JoinGate.FEATURES.indexOf("cosine")] = 0.5;
        assertThat(g.probability(x)).isEqualTo(0.5);
        assertThat(g.admits(x)).isTrue();
        x[JoinGate.FEATURES.indexOf("cosine")] = 0.4;
        assertThat(g.probability(x)).isLessThan(0.5);
        assertThat(g.admits(x)).isFalse();
    }

    private static ArticleFeatures article(String id, String outlet, String title, String body, int hours) {
        Article a = Article.builder().id(id).title(title).source(outlet).body(List.of(body))
                .published(START.plusSeconds(hours * 3600L).toString()).build();
        return ArticleFeatures.of(a, START);
    }

    private static final String BODY = "قصفت طائرات مجهولة مطار التيفور العسكري في ريف حمص فجر الاثنين وقالت وكالة"
            + " الأنباء إن الدفاعات الجوية تصدت لعدد من الصواريخ وأسقطت بعضها فوق المطار";

    @Test
    void theClustererKeepsACopyTogetherAndAGatedPairApart() {
        ArticleFeatures first = article("a", "الجزيرة", "صواريخ تضرب مطار التيفور في ريف حمص", BODY, 0);
        ArticleFeatures rewrite = article("b", "العربية", "قصف مطار التيفور العسكري بريف حمص",
                BODY.replace("فجر الاثنين", "صباح اليوم").replace("وكالة الأنباء", "مصادر"), 2);
        ArticleFeatures copy = article("c", "بي بي سي", "صواريخ تضرب مطار التيفور في ريف حمص", BODY, 3);

        // The rules alone join the rewrite.
        StoryClusterer rules = new StoryClusterer(StoryRules.DEFAULT);
        String story = rules.assign(first, null);
        assertThat(rules.assign(rewrite, null)).isEqualTo(story);

        // A gate that scores every pair below its threshold keeps the same rewrite apart ...
        StoryClusterer shut = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(weights(1), -10, 0.5));
        String own = shut.assign(first, null);
        assertThat(shut.assign(rewrite, null)).isNotEqualTo(own);
        // ... but a known copy still joins its original's story.
        assertThat(shut.assign(copy, own)).isEqualTo(own);

        // A gate that weighs the similarity joins the rewrite; the features it saw are the clusterer's.
        StoryClusterer open = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(weights(20), -2, 0.5));
        String s = open.assign(first, null);
        double[] x = open.features(rewrite, s).orElseThrow();
        assertThat(x[JoinGate.FEATURES.indexOf("cosine")]).isGreaterThan(0.1);
        assertThat(x[JoinGate.FEATURES.indexOf("rules_pass")]).isEqualTo(1.0);
        assertThat(x[JoinGate.FEATURES.indexOf("outlet_in_story")]).isEqualTo(0.0);
        assertThat(open.assign(rewrite, null)).isEqualTo(s);
    }

    @Test
    void theTimeWindowStillRefusesWhatAGateWouldAdmit() {
        ArticleFeatures first = article("a", "الجزيرة", "صواريخ تضرب مطار التيفور في ريف حمص", BODY, 0);
        ArticleFeatures weekLater = article("b", "العربية", "صواريخ تضرب مطار التيفور في ريف حمص", BODY + " مجددا",
                24 * 7);
        StoryClusterer open = new StoryClusterer(StoryRules.DEFAULT, new JoinGate(weights(0), 10, 0.5));
        String s = open.assign(first, null);
        assertThat(open.assign(weekLater, null)).isNotEqualTo(s);
    }
}
