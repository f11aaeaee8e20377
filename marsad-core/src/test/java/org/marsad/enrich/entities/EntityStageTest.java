package org.marsad.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleJson;

class EntityStageTest {
    private final EntityStage stage = new EntityStage(EntityTagger.defaults(), new EntityResolver());

    private static Article article(String title, List<String> tags, String... body) {
        return Article.builder().id("a").title(title).body(List.of(body)).tags(tags).language("ar").build();
    }

    @Test
    void everyOccurrenceOfANameFoundOnceInTheArticleIsAMention() {
        // The tagger finds "دونالد ترامب" after a title word; the bare surname later, with a clitic, only by the
        // article's own evidence.
        Article a = article("عقوبات أمريكية جديدة", List.of(),
                "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة.",
                "وأضاف ترامب أن القرار نهائي، ولترامب حلفاء يؤيدونه.");
        List<Mention> mentions = stage.mentions(a);
        assertThat(mentions).extracting(Mention::spelling).containsExactly("دونالد ترامب", "واشنطن", "ترامب",
                "ترامب");
        Mention clitic = mentions.get(3);
        assertThat(a.body().get(1).substring(clitic.start(), clitic.end())).isEqualTo("ترامب");
        assertThat(a.body().get(1).charAt(clitic.start() - 1)).isEqualTo('ل');
    }

    @Test
    void theArticleOfLilIsRestoredInTheSpelling() {
        Article a = article("", List.of(), "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.");
        assertThat(stage.mentions(a)).extracting(Mention::spelling)
                .contains("الأمم المتحدة", "أنطونيو غوتيريش", "لبنان");
    }

    @Test
    void aPlaceAfterLamLamIsTheSameEntityAsWithItsArticle() {
        // للولايات = ل + الولايات: one entity, not a second place spelled with the preposition
        Article a = article("", List.of(), "وجه الرئيس رسالة للولايات المتحدة.",
                "وقالت الولايات المتحدة إنها ستدرس الرسالة.");
        assertThat(stage.mentions(a)).extracting(Mention::spelling)
                .containsExactly("الولايات المتحدة", "الولايات المتحدة");
        assertThat(stage.enrich(a).article().entities()).extracting(ArticleEntity::name)
                .containsExactly("الولايات المتحدة");
    }

    @Test
    void aWireDatelineIsNoMentionOfItsPlace() {
        Article a = article("رسوم جديدة", List.of(),
                "القاهرة، مصر (وكالة الأنباء) -- أعلنت الحكومة الأردنية في عمان فرض رسوم على واردات الصين.",
                "وقالت الحكومة إن القاهرة لم تعترض.");
        List<Mention> mentions = stage.mentions(a);
        assertThat(mentions).extracting(Mention::spelling).doesNotContain("مصر", "وكالة الأنباء")
                .contains("عمان", "الصين");
        // the place named later in the story is still mentioned there, and only there
        assertThat(mentions).filteredOn(m -> m.spelling().equals("القاهرة")).extracting(Mention::part)
                .containsExactly(2);
        // no dateline: a place opening the story is a mention like any other
        assertThat(ArticleMentions.datelineEnd("القاهرة، مصر (وكالة الأنباء) -- أعلنت")).isEqualTo(31);
        assertThat(ArticleMentions.datelineEnd("أعلنت القاهرة (الأحد) أنها")).isZero();
        assertThat(ArticleMentions.datelineEnd("قال الرئيس الأمريكي دونالد ترامب في واشنطن أمس (الأحد) - إن")).isZero();
    }

    @Test
    void aHashtaggedSurnameIsTheSameNameWithoutItsMark() {
        Article a = article("", List.of(), "قال الرئيس الأمريكي دونالد ترمب إن الصين تخسر.",
                "وكتب دونالد #ترمب على تويتر أن الرسوم باقية.");
        assertThat(stage.mentions(a)).extracting(Mention::spelling).filteredOn(s -> s.contains("ترمب"))
                .containsExactly("دونالد ترمب", "دونالد ترمب");
    }

    @Test
    void aHeadlineRunningANameOnIntoItsVerbGivesTheNameAlone() {
        // the tagger alone reads this headline as the person "صلاح يفوز"
        Article a = article("صلاح يفوز بجائزة أفضل لاعب في شهر مارس", List.of(),
                "فاز المصري محمد صلاح لاعب ليفربول بالجائزة.");
        List<ArticleEntity> entities = stage.enrich(a).article().entities();
        assertThat(entities).extracting(ArticleEntity::name).contains("محمد صلاح");
        assertThat(entities).flatExtracting(ArticleEntity::spellings).noneMatch(s -> s.contains("يفوز"));
    }

    @Test
    void aCommonWordIsNoPersonAndTheCouncilIsOneOrganisation() {
        Article a = article("", List.of(), "أدان مجلس الأمن الدولي الهجوم الكيماوي على دوما.",
                "وقال مجلس الأمن إن السلاح الكيماوي محظور.");
        List<ArticleEntity> entities = stage.enrich(a).article().entities();
        assertThat(entities).extracting(ArticleEntity::name).doesNotContain("الكيماوي");
        assertThat(entities).filteredOn(e -> e.name().startsWith("مجلس الأمن")).hasSize(1);
    }

    @Test
    void anArticleGetsItsEntitiesMostMentionedFirstAndTagsOnlyWhenThePageHasNone() {
        Article untagged = article("ترامب يهدد الصين", List.of(),
                "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض رسوما على الصين.",
                "وأضاف ترامب أن الصين لم تلتزم.");
        Article enriched = stage.enrich(untagged).article();
        assertThat(enriched.entities()).extracting(ArticleEntity::name)
                .startsWith("دونالد ترامب", "الصين");
        ArticleEntity trump = enriched.entities().get(0);
        assertThat(trump.type()).isEqualTo("PER");
        assertThat(trump.count()).isEqualTo(3);
        assertThat(trump.spellings()).containsExactly("ترامب", "دونالد ترامب");
        // Named in the headline or more than once; Washington (once, not in the title) is no tag.
        assertThat(enriched.autoTags()).containsExactly("دونالد ترامب", "الصين");
        assertThat(enriched.tags()).isEmpty();
        assertThat(enriched.effectiveTags()).isEqualTo(enriched.autoTags());

        Article tagged = article("ترامب يهدد الصين", List.of("تجارة"), untagged.body().toArray(String[]::new));
        Article kept = stage.enrich(tagged).article();
        assertThat(kept.autoTags()).isEmpty();
        assertThat(kept.effectiveTags()).containsExactly("تجارة");
        assertThat(kept.entities().get(0).id()).isEqualTo(trump.id());
    }

    @Test
    void entitiesAndMadeTagsRoundTripThroughTheArticleJson() throws Exception {
        Article enriched = stage.enrich(article("ترامب يهدد الصين", List.of(),
                "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض رسوما على الصين.")).article();
        String line = ArticleJson.toLine(enriched);
        assertThat(ArticleJson.parse(line)).isEqualTo(enriched);
        assertThat(ArticleJson.mapper().readTree(line).get("entities").get(0).get("name").asText())
                .isEqualTo("دونالد ترامب");
    }
}
