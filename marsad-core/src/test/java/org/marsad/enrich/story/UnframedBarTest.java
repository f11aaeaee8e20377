package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * The unknown-frame bar under the gate ({@link JoinGate.Switch#UNFRAMED_BAR}, issue 20, branch stories30): two
 * headlines that name no listed act, on one player's season, are two pieces of one topic (a nomination, then a
 * piece asking whether he will be the best), the largest kind of the shipped gate's wrong joins on 23 folds. Made-up
 * reports of a made-up player; the place is given as the entities stage would give it.
 */
class UnframedBarTest {
    private static final Instant START = Instant.parse("2024-03-02T00:00:00Z");
    private static final String PLACE = "LOC|7";

    private static final ArticleFeatures NOMINATION = report("a", "وكالة أ",
            "كريم ناصر في قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري",
            "أعلنت رابطة الأندية قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري هذا الموسم وضمت القائمة كريم ناصر"
                    + " لاعب الأهلي بعد موسم سجل فيه خمسة عشر هدفا وصنع عشرة أهداف لزملائه في الفريق", 8);
    private static final ArticleFeatures QUESTION = report("b", "صحيفة ب",
            "هل يتوج كريم ناصر بلقب القارة السمراء؟",
            "يتساءل محللون عن فرص كريم ناصر في منافسة نجوم القارة السمراء على لقب الاتحاد الأفريقي بعد تألقه مع"
                    + " منتخب بلاده في التصفيات ويرون أن المهمة صعبة أمام محترفي أوروبا", 14);
    /** The same nomination written again by another outlet: close in wording, one happening. */
    private static final ArticleFeatures REWRITE = report("c", "قناة ج",
            "كريم ناصر ضمن قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري",
            "ضمت قائمة المرشحين لجائزة أفضل لاعب في الدوري المصري هذا الموسم التي أعلنتها رابطة الأندية كريم ناصر"
                    + " لاعب الأهلي بعد أن سجل خمسة عشر هدفا وصنع عشرة أهداف لزملائه في الفريق", 10);

    private static ArticleFeatures report(String id, String outlet, String title, String body, int hours) {
        Article a = Article.builder().id(id).title(title).source(outlet).body(List.of(body))
                .published(START.plusSeconds(hours * 3600L).toString()).build();
        ArticleFeatures f = ArticleFeatures.of(a, START);
        return new ArticleFeatures(f.id(), f.time(), f.source(), f.title(), f.signature(), f.shingleCount(),
                f.numbers(), f.anchors(), f.stems(), f.stemBloom(), f.terms(), f.headline(), List.of(PLACE),
                f.tolls(), f.names(), f.lead());
    }

    private static JoinGate withBar(JoinGate g) {
        Set<JoinGate.Switch> on = java.util.EnumSet.of(JoinGate.Switch.UNFRAMED_BAR);
        on.addAll(g.switches());
        return g.withSwitches(on);
    }

    @Test
    void twoActlessPiecesBelowTheBarStayApartUnderTheSwitch() {
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        assertThat(EventFrame.of(NOMINATION.title()).known()).isFalse();
        assertThat(EventFrame.of(QUESTION.title()).known()).isFalse();
        StoryClusterer probe = new StoryClusterer(StoryRules.DEFAULT, shipped);
        String story = probe.assign(NOMINATION, null);
        double[] x = probe.features(QUESTION, story).orElseThrow();
        System.out.println("cosine " + x[0] + " link " + x[1] + " p " + shipped.probability(x));
        assertThat(x[0]).as("below the unknown-frame bar").isLessThan(StoryRules.DEFAULT.unknownThreshold());

        // The shipped gate joins the question to the nomination's story.
        StoryClusterer before = new StoryClusterer(StoryRules.DEFAULT, shipped);
        String s1 = before.assign(NOMINATION, null);
        System.out.println("joined before: " + s1.equals(before.assign(QUESTION, null)));
    }
}
