package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * Statements apart: two statements made on different occasions in a running dispute are two events by the labelling
 * rules (LABELLING.md: "another day's statement in a running dispute does not" count as the same event), however
 * alike their words; statements about one deed (a vow of revenge for a killing, its confirmation) stay together.
 * Headlines after the ANT April 2018 slice (the Iran deal, the Houthi leader's killing); the bodies are made-up
 * shared words.
 */
class StoryStatementTest {
    private static final long HOUR = HeadlineRuleCases.HOUR;
    private static final long START = HeadlineRuleCases.START;
    private static final String IRAN = "إيران تهدد بـ\"إجراءات جذرية\" إن تخلى ترامب عن الاتفاق";
    private static final String IRAN_REWRITE = "طهران تحذر من إجراءات جذرية إذا تخلى ترامب عن الاتفاق";
    private static final String MACRON = "ماكرون يطالب ترامب بالالتزام بالاتفاق النووي مع إيران";
    private static final String VOW = "عبد الملك الحوثي يتوعد بالانتقام لمقتل صالح الصماد في غارة للتحالف";
    private static final String CONFIRMS = "الأمير خالد بن سلمان يؤكد مقتل رئيس المجلس السياسي للحوثيين في غارة";

    /** Similarity alone decides (no key-term, running-subject or evidence test); a statement gap or none. */
    private static StoryRules rules(Duration statementGap) {
        return HeadlineRuleCases.similarityOnly(true, statementGap, Duration.ZERO);
    }

    private static ArticleFeatures article(String id, long time, String source, String title) {
        return HeadlineRuleCases.article(id, time, source, title,
                List.of("ايران", "ترامب", "الاتفاق", "النووي", "انسحاب", "عواقب"));
    }

    @Test
    void anotherDaysStatementStartsAStoryOfItsOwnWhileRewritesJoin() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ofHours(6)));
        String iran = c.assign(article("i1", START, "x", IRAN), null);
        assertThat(c.assign(article("i2", START + 3 * HOUR, "y", IRAN_REWRITE), null)).isEqualTo(iran);
        String macron = c.assign(article("m1", START + 13 * HOUR, "z", MACRON), null);
        assertThat(macron).isNotEqualTo(iran);
        assertThat(c.standing(article("m2", START + 14 * HOUR, "x", MACRON), iran).orElseThrow().refusal())
                .isEqualTo(StoryClusterer.Refusal.STATEMENT);
    }

    @Test
    void aJoinGateSeesTheStatementRuleInItsFeatures() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ofHours(6)));
        String iran = c.assign(article("i1", START, "x", IRAN), null);
        int apart = JoinGate.FEATURES.indexOf("statement_apart");
        int rulesPass = JoinGate.FEATURES.indexOf("rules_pass");
        double[] rewrite = c.features(article("i2", START + 3 * HOUR, "y", IRAN_REWRITE), iran).orElseThrow();
        assertThat(rewrite[apart]).isEqualTo(0.0);
        assertThat(rewrite[rulesPass]).isEqualTo(1.0);
        // The next day's statement is alike enough for the similarity tests, but the rules refuse it as another
        // occasion's statement: the gate is told both.
        double[] macron = c.features(article("m1", START + 13 * HOUR, "z", MACRON), iran).orElseThrow();
        assertThat(macron[apart]).isEqualTo(1.0);
        assertThat(macron[rulesPass]).isEqualTo(0.0);
    }

    @Test
    void withoutTheGapTheSameArticlesMakeOneStory() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ZERO));
        String iran = c.assign(article("i1", START, "x", IRAN), null);
        assertThat(c.assign(article("m1", START + 13 * HOUR, "z", MACRON), null)).isEqualTo(iran);
    }

    @Test
    void statementsAboutOneDeedStayTogether() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ofHours(6)));
        String vow = c.assign(article("v1", START, "x", VOW), null);
        assertThat(c.assign(article("c1", START + 20 * HOUR, "y", CONFIRMS), null)).isEqualTo(vow);
    }

    @Test
    void aDeedsReportIsNotHeldToTheGap() {
        StoryClusterer c = new StoryClusterer(rules(Duration.ofHours(6)));
        String iran = c.assign(article("i1", START, "x", IRAN), null);
        // not a statement: a report of a deed joins on similarity as before
        assertThat(c.assign(article("d1", START + 13 * HOUR, "y", "البرلمان الإيراني يقر مشروع قانون الاتفاق"),
                null)).isEqualTo(iran);
    }

    @Test
    void aStorysStatementsSurviveItsStateFile() throws IOException {
        StoryClusterer live = new StoryClusterer(rules(Duration.ofHours(6)));
        String iran = live.assign(article("i1", START, "x", IRAN), null);
        StoryClusterer reopened = HeadlineRuleCases.reopened(live, rules(Duration.ofHours(6)));
        assertThat(reopened.assign(article("m1", START + 13 * HOUR, "z", MACRON), null)).isNotEqualTo(iran);
        assertThat(reopened.assign(article("i2", START + 2 * HOUR, "y", IRAN_REWRITE), null)).isEqualTo(iran);
    }
}
