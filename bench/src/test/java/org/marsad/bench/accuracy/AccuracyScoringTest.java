package org.marsad.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.RelatedLink;

class AccuracyScoringTest {

    @Test
    void mrrCountsTheTargetsRankAfterDroppingTheQueryItself() throws Exception {
        List<RetrievalMrr.Task> tasks = List.of(
                new RetrievalMrr.Task("a", "q1", "b"),   // own doc first, target next → rank 1
                new RetrievalMrr.Task("c", "q2", "d"),   // target third → 1/3
                new RetrievalMrr.Task("e", "q3", "f"));  // target missing → 0
        Map<String, List<String>> ranked = Map.of(
                "q1", List.of("a", "b", "x"),
                "q2", List.of("x", "y", "d"),
                "q3", List.of("x", "y"));
        RetrievalMrr.Result r = RetrievalMrr.score(tasks, t -> ranked.get(t.query()));
        assertThat(r.queries()).isEqualTo(3);
        assertThat(r.mrrAt10()).isCloseTo((1 + 1.0 / 3) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.recallAt10()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void mrrIgnoresTargetsBelowTheTenthPlace() throws Exception {
        List<String> eleven = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "t");
        RetrievalMrr.Result r = RetrievalMrr.score(List.of(new RetrievalMrr.Task("q", "x", "t")), t -> eleven);
        assertThat(r.mrrAt10()).isZero();
    }

    @Test
    void variantRecallNeedsEveryQueryTermAndCountsFalseFriends() throws Exception {
        List<VariantRecall.Pair> pairs = VariantRecall.parse("""
                # comment
                match\tغزة\tغزة
                match\tقطاع غزة\tغزة
                distinct\tلبنان\tلبن
                distinct\tلبن\tلبن
                """);
        VariantRecall.Result r = VariantRecall.evaluate(new WhitespaceAnalyzer(), pairs);
        assertThat(r.positives()).isEqualTo(2);
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.misses()).containsExactly("قطاع غزة → غزة");
        assertThat(r.falseFriends()).isEqualTo(1);
        assertThat(r.falseFriendRate()).isEqualTo(0.5);
    }

    @Test
    void bundledVariantListParses() {
        assertThat(VariantRecall.bundled()).hasSizeGreaterThan(50)
                .anyMatch(p -> !p.shouldMatch()).anyMatch(VariantRecall.Pair::shouldMatch);
        assertThatThrownBy(() -> VariantRecall.parse("maybe\ta\tb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedGoldenAppliesTheGoldsTolerancesAndNoMore() {
        Article first = Article.builder().title("الأول").published("2023-12-24").source("الخليج الجديد")
                .language("ar").body(List.of("فقرة")).tags(List.of("غزة", "حرب غزة"))
                .related(List.of(RelatedLink.titled("ب"))).build();
        Article second = Article.builder().title("الثاني").language("ar").body(List.of("نص")).tags(List.of("مينورسو"))
                .build();
        // Tags in another order, and the appended article's title among the first article's related: both allowed.
        Article got1 = Article.builder().title("الأول").published("2023-12-24").source("الخليج الجديد")
                .language("ar").body(List.of("فقرة")).tags(List.of("حرب غزة", "غزة"))
                .related(List.of(RelatedLink.titled("ب"), RelatedLink.titled("الثاني"))).build();
        // A guessed date where the gold says unknown is wrong.
        Article got2 = Article.builder().title("الثاني").published("2023-12-24").language("ar")
                .body(List.of("نص")).tags(List.of("مينورسو")).build();
        SeedGolden.Result r = SeedGolden.score(List.of(first, second), List.of(got1, got2));
        assertThat(r.wrong()).containsExactly("2.published");
        assertThat(r.fieldsChecked()).isEqualTo(2 * SeedGolden.FIELDS.size());

        SeedGolden.Result missing = SeedGolden.score(List.of(first, second), List.of(got1));
        assertThat(missing.fieldsRight()).isEqualTo(SeedGolden.FIELDS.size());
    }

    @Test
    void seedGoldenRefusesExtraTagsAndRelatedTheGoldDoesNotAllow() {
        Article first = Article.builder().title("الأول").language("ar").body(List.of("فقرة"))
                .tags(List.of("غزة", "حرب غزة")).build();
        Article second = Article.builder().title("الثاني").language("ar").body(List.of("نص")).build();
        // An extra tag (a split the tag line does not have) is wrong, and so is a split that loses a listed tag.
        Article extraTag = Article.builder().title("الأول").language("ar").body(List.of("فقرة"))
                .tags(List.of("غزة", "حرب غزة", "حرب")).build();
        Article lostTag = Article.builder().title("الأول").language("ar").body(List.of("فقرة"))
                .tags(List.of("غزة", "حرب", "غزة")).build();
        // The second article may not list the first one's title among its related links.
        Article secondWithFirst = Article.builder().title("الثاني").language("ar").body(List.of("نص"))
                .related(List.of(RelatedLink.titled("الأول"))).build();
        assertThat(SeedGolden.score(List.of(first, second), List.of(extraTag, secondWithFirst)).wrong())
                .containsExactly("1.tags", "2.related");
        assertThat(SeedGolden.score(List.of(first, second), List.of(lostTag, second)).wrong())
                .containsExactly("1.tags");
    }
}
