package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Document-level spreading of unseen names, on hand-made documents and a small hand-made training gazetteer. */
class NameSpreadingTest {
    /** Training text: كونراد was annotated as a person, مدينة was seen as a plain word (often enough to stay whole). */
    private static final Gazetteer TRAINING = Gazetteer.build(
            List.of(words("قال كونراد إن مدينة كبيرة"), words("زار مدينة قديمة")),
            List.of(new int[] {0, Labels.begin(EntityType.PER), 0, 0, 0}, new int[] {0, 0, 0}),
            Set.of("مدينه"));

    @Test
    void anUnseenNameFoundOnceIsTaggedWhereItStandsUntaggedElsewhere() {
        Word[][] doc = {words("أعلنت قوة اليونيفل الدولية بيانا"), words("وقالت اليونيفل إنها ستحقق"),
            words("ذهبت إلى اليونيفل أمس")};
        int[][] labels = {{0, 0, Labels.begin(EntityType.ORG), 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};

        NameSpreading.apply(doc, labels, TRAINING);

        assertThat(labels[1]).containsExactly(0, Labels.begin(EntityType.ORG), 0, 0);
        assertThat(labels[2]).containsExactly(0, 0, Labels.begin(EntityType.ORG), 0);
    }

    @Test
    void severalWordNamesSpreadWholeAndOnlyWhereAllTheirWordsFollowUntagged() {
        Word[][] doc = {words("وصل فرانتس كوبيتشك إلى المدينة"), words("وقال فرانتس كوبيتشك إنه مرتاح"),
            words("ورد فرانتس وحده")};
        int per = Labels.begin(EntityType.PER);
        int[][] labels = {{0, per, per + 1, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0}};

        NameSpreading.apply(doc, labels, TRAINING);

        assertThat(labels[1]).containsExactly(0, per, per + 1, 0, 0);
        assertThat(labels[2]).as("a part of the name alone is not the name").containsExactly(0, 0, 0);
    }

    @Test
    void namesTheTrainingKnowsAndWordsOfItsOrdinaryTextDoNotSpread() {
        // كونراد has a name reading in training (the model knows it); مدينة is an ordinary word of the training text
        Word[][] doc = {words("قال كونراد إن مدينة كبيرة"), words("رد كونراد على مدينة")};
        int[][] labels = {{0, Labels.begin(EntityType.PER), 0, Labels.begin(EntityType.LOC), 0}, {0, 0, 0, 0}};

        NameSpreading.apply(doc, labels, TRAINING);

        assertThat(labels[1]).containsExactly(0, 0, 0, 0);
    }

    @Test
    void aNameTakesTheTypeItWasTaggedMostOftenAndTaggedPlacesStayAsTheyAre() {
        int org = Labels.begin(EntityType.ORG);
        int loc = Labels.begin(EntityType.LOC);
        Word[][] doc = {words("زار كاولون أمس"), words("في كاولون اليوم"), words("من كاولون غدا"),
            words("عاد كاولون")};
        int[][] labels = {{0, loc, 0}, {0, loc, 0}, {0, org, 0}, {0, 0}};

        NameSpreading.apply(doc, labels, TRAINING);

        assertThat(labels[2]).containsExactly(0, org, 0);
        assertThat(labels[3]).containsExactly(0, loc);
    }

    private static Word[] words(String sentence) {
        List<Word> out = new ArrayList<>();
        for (String w : sentence.split(" ")) {
            out.add(Word.of(w, x -> false));
        }
        return out.toArray(new Word[0]);
    }
}
