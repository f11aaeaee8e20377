package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;

class StoryTiesTest {
    private static Article article(String id, String source, String title, ArticleEntity... entities) {
        return Article.builder().id(id).url("https://x.example/" + id).source(source).title(title).build()
                .withEntities(List.of(entities), List.of());
    }

    private static final ArticleEntity HOCEIMA = new ArticleEntity("loc:1", "الحسيمة", "LOC", 3, List.of("الحسيمة"));
    private static final ArticleEntity INSTITUTE = new ArticleEntity("org:2", "المعهد الوطني للجيوفيزياء", "ORG", 1,
            List.of("المعهد الوطني للجيوفيزياء"));

    @Test
    void wordsAndNamesSharedByTwoOutletsOrMoreMostSharedFirst() {
        StoryTies t = StoryTies.of(List.of(
                article("a", "وكالة", "زلزال بقوة 5.8 درجات يضرب الحسيمة شمال المغرب", HOCEIMA, INSTITUTE),
                article("b", "صحيفة", "الحسيمة: هزة أرضية قوية و47 مصابا في زلزال الجمعة", HOCEIMA),
                article("c", "موقع", "بالحسيمة.. 47 مصابا بعد زلزال", HOCEIMA, INSTITUTE)));

        // "زلزال" and "الحسيمة" (with or without its clitic) are in three outlets' headlines, "مصابا" in two; words
        // only one outlet used ("يضرب", "هزة") are not ties, nor are stopwords ("في", "بعد").
        assertThat(t.terms()).extracting(StoryTies.Tie::label).containsExactly("زلزال", "الحسيمة", "مصابا");
        assertThat(t.terms().get(0).outlets()).isEqualTo(3);
        assertThat(t.entities()).containsExactly(new StoryTies.Tie("الحسيمة", "LOC", 3),
                new StoryTies.Tie("المعهد الوطني للجيوفيزياء", "ORG", 2));
    }

    @Test
    void aPlaceOfSeveralWordsIsOneTieShownWhole() {
        StoryTies t = StoryTies.of(List.of(
                article("a", "وكالة", "غارة على خان يونس تقتل أربعة"),
                article("b", "صحيفة", "أربعة شهداء بخان يونس"),
                article("c", "موقع", "مقتل أربعة في خان يونس")));

        // «خان يونس» (with or without its ب) in three outlets' headlines: one tie, not «خان» and «يونس»
        assertThat(t.terms()).containsExactly(new StoryTies.Tie("خان يونس", null, 3),
                new StoryTies.Tie("أربعة", null, 3));
        // a word of the place that more outlets wrote alone stays beside it: «غزة» three times, «قطاع غزة» twice
        StoryTies gaza = StoryTies.of(List.of(article("a", "وكالة", "قصف على قطاع غزة"),
                article("b", "صحيفة", "قصف مدفعي على قطاع غزة"), article("c", "موقع", "غزة تحت القصف")));
        assertThat(gaza.terms()).extracting(StoryTies.Tie::label).contains("قطاع غزة", "غزة").doesNotContain("قطاع");
    }

    @Test
    void aPlaceWithAnAttachedPrepositionCountsAsThePlace() {
        StoryTies t = StoryTies.of(List.of(
                article("a", "وكالة", "انفجار في كابول يوقع قتلى"),
                article("b", "صحيفة", "قتلى بانفجار بكابول"),
                article("c", "موقع", "كابول: انفجار قرب سفارة")));

        // "بكابول" and "بانفجار" are Kabul and the blast: three outlets each, under the bare word; "قتلى" two.
        assertThat(t.terms()).containsExactly(new StoryTies.Tie("انفجار", null, 3), new StoryTies.Tie("كابول", null, 3),
                new StoryTies.Tie("قتلى", null, 2));
        // A word that is not another headline's word keeps its letter ("بريطانيا" is not "ب" + "ريطانيا").
        StoryTies britain = StoryTies.of(List.of(article("a", "وكالة", "روسيا تتهم بريطانيا"),
                article("b", "صحيفة", "بريطانيا ترد على روسيا")));
        assertThat(britain.terms()).extracting(StoryTies.Tie::label).containsExactlyInAnyOrder("روسيا", "بريطانيا");
    }

    @Test
    void oneOutletsCopiesShareNothing() {
        StoryTies t = StoryTies.of(List.of(
                article("a", "وكالة", "زلزال يضرب الحسيمة", HOCEIMA),
                article("b", "وكالة", "زلزال يضرب الحسيمة", HOCEIMA)));
        assertThat(t.terms()).isEmpty();
        assertThat(t.entities()).isEmpty();
    }

    private static Article reported(String id, String source, String title, String body) {
        return org.marsad.enrich.figures.ArticleFigures.enrich(Article.builder().id(id).url("https://x.example/" + id)
                .source(source).title(title).body(List.of(body)).build());
    }

    @Test
    void aTollTwoOutletsReportIsShownAndOneOutletsUpdateIsNot() {
        StoryTies t = StoryTies.of(List.of(
                reported("a", "وكالة", "انفجار في كابول", "قتل 27 شخصا وأصيب 40 آخرون في انفجار هز كابول صباح اليوم."),
                reported("b", "صحيفة", "انفجار كابول", "أسفر الانفجار عن مقتل 27 شخصا وإصابة 12 بجروح."),
                reported("c", "موقع", "حصيلة جديدة لانفجار كابول", "ارتفعت حصيلة الانفجار إلى 30 قتيلا.")));

        // 27 killed is in two outlets' reports; 40 and 12 injured, and the later 30 killed, in one outlet's each.
        assertThat(t.tolls()).containsExactly(new StoryTies.Tie("قتلى: 27", "KILLED", 2));
    }

    @Test
    void aDetentionCountTwoOutletsReportIsATieAndASumIsNot() {
        StoryTies t = StoryTies.of(List.of(
                reported("a", "وكالة", "حملة اعتقالات في الخليل", "اعتقلت القوات 14 فلسطينيا فجر اليوم في الخليل."),
                reported("b", "صحيفة", "اعتقالات في الخليل", "أسفرت المداهمات عن اعتقال 14 فلسطينيا وفق نادي الأسير."),
                reported("c", "موقع", "منحة للخليل", "قدمت الحكومة منحة بقيمة 14 مليون دولار للخليل."),
                reported("d", "قناة", "دعم الخليل", "أعلنت الوزارة دعما بقيمة 14 مليون دولار.")));

        // The detained count is a count of people (a happening's); a sum two outlets give is not event evidence.
        assertThat(t.tolls()).containsExactly(new StoryTies.Tie("معتقلون: 14", "DETAINED", 2));
    }
}
