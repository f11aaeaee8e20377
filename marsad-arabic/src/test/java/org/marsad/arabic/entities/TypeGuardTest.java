package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guards on labels given by hand (whatever a model would say), words from sentences written for the test. */
class TypeGuardTest {
    private static final int B_PER = Labels.begin(EntityType.PER);
    private static final int B_ORG = Labels.begin(EntityType.ORG);
    private static final int B_LOC = Labels.begin(EntityType.LOC);

    private static String[] guarded(List<String> tokens, int... labels) {
        Word[] words = tokens.stream().map(t -> Word.of(t, w -> false)).toArray(Word[]::new);
        int[] out = labels.clone();
        TypeGuard.shipped().apply(words, out, Lexicon.shipped());
        return Arrays.stream(out).mapToObj(Labels::name).toArray(String[]::new);
    }

    @Test
    void aCommonWordAloneIsDroppedButKeptInsideALongerName() {
        assertThat(guarded(List.of("الهجوم", "الكيماوي", "على", "دوما"), 0, B_PER, 0, B_LOC))
                .containsExactly("O", "O", "O", "B-LOC");
        assertThat(guarded(List.of("بعلي", "الكيماوي"), B_PER, B_PER + 1)).containsExactly("B-PER", "I-PER");
    }

    @Test
    void aHeadlinesWatchWordAloneIsNoOrganisationButANameHoldingItStays() {
        // "شاهد.. ..." opens video headlines ("watch:"); a tagger read it as an organisation in a news archive
        assertThat(guarded(List.of("شاهد", "..", "رحلة", "زعيم"), B_ORG, 0, 0, 0)).containsExactly("O", "O", "O", "O");
        assertThat(guarded(List.of("قال", "شاهد", "أفريدي"), 0, B_PER, B_PER + 1))
                .containsExactly("O", "B-PER", "I-PER");
    }

    @Test
    void aPlaceThatIsAListedOrganisationAsWrittenWithItsArticleIsRetyped() {
        assertThat(guarded(List.of("صوت", "الدوما"), 0, B_LOC)).containsExactly("O", "B-ORG");
        assertThat(guarded(List.of("صوت", "والدوما"), 0, B_LOC)).containsExactly("O", "B-ORG");
        // the town of the same stem, written without the article, stays a place
        assertThat(guarded(List.of("مدينة", "دوما"), 0, B_LOC)).containsExactly("O", "B-LOC");
        assertThat(guarded(List.of("في", "فرنسا"), 0, B_LOC)).containsExactly("O", "B-LOC");
    }

    @Test
    void aCommonWordIsCaughtInItsOtherSpellingsToo() {
        for (String adjective : List.of("الكيمياوي", "الكيميائي", "كيمياوي")) {
            assertThat(guarded(List.of("السلاح", adjective), 0, B_PER)).as(adjective).containsExactly("O", "O");
        }
        // a short name is not loosened into a listed word (كيم is no الكيماوي)
        assertThat(guarded(List.of("قال", "كيم"), 0, B_PER)).containsExactly("O", "B-PER");
    }

    @Test
    void aPersonsSpanStopsBeforeTheVerbOrParticleAHeadlineRunsItOnTo() {
        assertThat(guarded(List.of("صابر", "يفوز", "بجائزة"), B_PER, B_PER + 1, 0))
                .containsExactly("B-PER", "O", "O");
        assertThat(guarded(List.of("هاني", "بن", "فهد", "يلتقي", "وزير"), B_PER, B_PER + 1, B_PER + 1, B_PER + 1, 0))
                .containsExactly("B-PER", "I-PER", "I-PER", "O", "O");
        assertThat(guarded(List.of("عاد", "صابر", "على", "الفور"), 0, B_PER, B_PER + 1, 0))
                .containsExactly("O", "B-PER", "O", "O");
        assertThat(guarded(List.of("صابر", "ويؤكد"), B_PER, B_PER + 1)).containsExactly("B-PER", "O");
        // a listed given name that starts with ي ends a name (عمار ياسر), and one word alone is never cut
        assertThat(guarded(List.of("عمار", "ياسر"), B_PER, B_PER + 1)).containsExactly("B-PER", "I-PER");
        assertThat(guarded(List.of("يفوز"), B_PER)).containsExactly("B-PER");
        // other types are left as tagged
        assertThat(guarded(List.of("جامعة", "ييل"), B_ORG, B_ORG + 1)).containsExactly("B-ORG", "I-ORG");
    }

    @Test
    void aPersonThatIsAListedClubMissionOrPlaceIsRetyped() {
        assertThat(guarded(List.of("تغلب", "أتلانتا", "على", "روما"), 0, B_PER, 0, B_LOC))
                .containsExactly("O", "B-ORG", "O", "B-LOC");
        assertThat(guarded(List.of("بعثة", "المينورسو"), 0, B_PER)).containsExactly("O", "B-ORG");
        // from the lexicon: a listed club of two words, a listed country
        assertThat(guarded(List.of("فاز", "ريال", "مدريد"), 0, B_PER, B_PER + 1))
                .containsExactly("O", "B-ORG", "I-ORG");
        assertThat(guarded(List.of("زار", "فرنسا"), 0, B_PER)).containsExactly("O", "B-LOC");
        // a person who is no listed name stays, and a place the tagger typed as a place is left alone
        assertThat(guarded(List.of("قال", "جورج", "بوش"), 0, B_PER, B_PER + 1)).containsExactly("O", "B-PER", "I-PER");
        assertThat(guarded(List.of("في", "أتلانتا"), 0, B_LOC)).containsExactly("O", "B-LOC");
        assertThat(guarded(List.of("زار", "فرنسا"), 0, B_ORG)).containsExactly("O", "B-ORG");
    }

    @Test
    void aListedClubInAMatchReportIsAnOrganisationEvenWhereTheTaggerFoundNothing() {
        assertThat(guarded(List.of("تغلب", "أتلانتا", "على", "روما"), 0, 0, 0, B_LOC))
                .containsExactly("O", "B-ORG", "O", "B-LOC");
        assertThat(guarded(List.of("وتعادل", "أتلانتا", "مع", "نابولي"), 0, B_LOC, 0, B_LOC))
                .containsExactly("O", "B-ORG", "O", "B-LOC");
        // no match word: the city stays as the tagger read it
        assertThat(guarded(List.of("وصل", "الرئيس", "إلى", "أتلانتا"), 0, 0, 0, B_LOC))
                .containsExactly("O", "O", "O", "B-LOC");
        assertThat(guarded(List.of("زار", "أتلانتا"), 0, 0)).containsExactly("O", "O");
        // a match in the city: the place reading wins
        assertThat(guarded(List.of("المباراة", "في", "أتلانتا"), 0, 0, B_LOC)).containsExactly("O", "O", "B-LOC");
        assertThat(guarded(List.of("المباراة", "بأتلانتا"), 0, B_LOC)).containsExactly("O", "B-LOC");
        // a club inside a longer name is left alone
        assertThat(guarded(List.of("فاز", "نادي", "أتلانتا"), 0, B_ORG, B_ORG + 1))
                .containsExactly("O", "B-ORG", "I-ORG");
        assertThat(guarded(List.of("ملعب", "أتلانتا", "الجديد"), B_LOC, B_LOC + 1, 0))
                .containsExactly("B-LOC", "I-LOC", "O");
    }
}
