package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.state.StateBytes;
import org.marsad.model.Article;

/**
 * The learned join gate: its file, how the clusterer consults it where it decides a join, the gate shipped for the
 * archive, its switch and its place in the story state's stamp.
 */
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

    private static final String REWRITE_TITLE = "قصف مطار التيفور العسكري بريف حمص";
    private static final String REWRITE_BODY = BODY.replace("فجر الاثنين", "صباح اليوم").replace("وكالة الأنباء", "مصادر");

    /** Whether {@code later}, offered after {@code first}, joins its story. */
    private static boolean joins(StoryClusterer clusterer, ArticleFeatures first, ArticleFeatures later) {
        String s = clusterer.assign(first, null);
        return clusterer.assign(later, null).equals(s);
    }

    @Test
    void theShippedGateKeepsApartARewriteADayAndAHalfLaterThatTheRulesJoin() {
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        assertThat(shipped.mode()).isEqualTo(JoinGate.Mode.DECIDE);
        assertThat(shipped.threshold()).isEqualTo(0.54);
        ArticleFeatures first = article("a", "الجزيرة", "صواريخ تضرب مطار التيفور في ريف حمص", BODY, 0);
        // Two hours later both join the rewrite.
        ArticleFeatures soon = article("b", "العربية", REWRITE_TITLE, REWRITE_BODY, 2);
        assertThat(joins(new StoryClusterer(StoryRules.DEFAULT), first, soon)).isTrue();
        assertThat(joins(new StoryClusterer(StoryRules.DEFAULT, shipped), first, soon)).isTrue();
        // 44 hours later the rules still join it (within their window); the gate, which learned from the labelled
        // pairs that a report a day and more after a story's start is less often of its happening, does not.
        ArticleFeatures later = article("b", "العربية", REWRITE_TITLE, REWRITE_BODY, 44);
        assertThat(joins(new StoryClusterer(StoryRules.DEFAULT), first, later)).isTrue();
        StoryClusterer gated = new StoryClusterer(StoryRules.DEFAULT, shipped);
        String s = gated.assign(first, null);
        assertThat(shipped.probability(gated.features(later, s).orElseThrow())).isLessThan(0.45);
        assertThat(gated.assign(later, null)).isNotEqualTo(s);
    }

    @Test
    void theArchiveSwitchTurnsTheShippedGateOffAndRefusesOtherValues() {
        String before = System.getProperty(JoinGate.SWITCH);
        try {
            System.clearProperty(JoinGate.SWITCH);
            assertThat(JoinGate.forArchive()).isPresent().isEqualTo(JoinGate.shipped());
            System.setProperty(JoinGate.SWITCH, "off");
            assertThat(JoinGate.forArchive()).isEmpty();
            System.setProperty(JoinGate.SWITCH, "on");
            assertThat(JoinGate.forArchive()).isEqualTo(JoinGate.shipped());
            System.setProperty(JoinGate.SWITCH, "sometimes");
            assertThatThrownBy(JoinGate::forArchive).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("-Dstory.gate must be on or off, not sometimes");
        } finally {
            if (before == null) {
                System.clearProperty(JoinGate.SWITCH);
            } else {
                System.setProperty(JoinGate.SWITCH, before);
            }
        }
    }

    @Test
    void theStateStampNamesTheGateAndAStateReadBackJoinsThroughIt() throws IOException {
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        Enricher none = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, null);
        Enricher gated = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, shipped);
        Enricher other = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, shipped.withThreshold(0.6));
        // Without a gate the stamp is the one written before gates existed: such files still load.
        assertThat(none.stateStamp()).isEqualTo(new Enricher().stateStamp()).doesNotContain("gate");
        assertThat(gated.stateStamp()).startsWith(none.stateStamp()).endsWith("; join gate " + shipped.fingerprint());
        assertThat(other.stateStamp()).isNotEqualTo(gated.stateStamp());
        assertThat(shipped.fingerprint()).hasSize(16).isEqualTo(JoinGate.read(shipped.write("x")).fingerprint());

        // A state written under the gate and read back with it keeps deciding through it.
        ArticleFeatures first = article("a", "الجزيرة", "صواريخ تضرب مطار التيفور في ريف حمص", BODY, 0);
        gated.enrich(first);
        byte[] file = StateBytes.written(gated::writeTo);
        Enricher back = Enricher.readFrom(StateBytes.input(file), DedupRules.DEFAULT, StoryRules.DEFAULT,
                StoryClusterer.LAYOUT, shipped);
        assertThat(back.stateStamp()).isEqualTo(gated.stateStamp());
        ArticleFeatures later = article("b", "العربية", REWRITE_TITLE, REWRITE_BODY, 44);
        assertThat(back.enrich(later).story()).isNotEqualTo(back.storyOf("a"));
        Enricher rulesBack = Enricher.readFrom(StateBytes.input(file), DedupRules.DEFAULT, StoryRules.DEFAULT,
                StoryClusterer.LAYOUT, null);
        assertThat(rulesBack.enrich(later).story()).isEqualTo(rulesBack.storyOf("a"));
    }
}
