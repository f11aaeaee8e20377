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
        TypeGuard.shipped().apply(words, tokens, out, Lexicon.shipped(), Gazetteer.empty());
        return Arrays.stream(out).mapToObj(Labels::name).toArray(String[]::new);
    }

    /**
     * What a training text (written for the test) says of words: the verbs and common words are frequent and in no
     * name, محسن and فهد are names; other words it never saw.
     */
    private static final Gazetteer TRAINED = trained();

    private static Gazetteer trained() {
        List<String> text = List.of("قال", "محسن", "إن", "كرة", "القدم", "يكشف", "هدف", "برازيلي", "يقود", "يفوز",
                "يلتقي", "يؤكد", "فهد");
        Word[] words = text.stream().map(t -> Word.of(t, w -> false)).toArray(Word[]::new);
        int[] labels = new int[words.length];
        labels[1] = B_PER;
        labels[words.length - 1] = B_PER;
        java.util.Set<String> frequent = new java.util.HashSet<>();
        for (String w : List.of("قال", "محسن", "كرة", "قدم", "يكشف", "هدف", "برازيلي", "يقود", "يفوز", "يلتقي", "يؤكد",
                "فهد")) {
            frequent.add(org.marsad.arabic.ArabicNormalizer.search(w));
        }
        return Gazetteer.build(List.<Word[]>of(words), List.of(labels), frequent);
    }

    /** Labels guarded with {@link #TRAINED}. */
    private static String[] trained(List<String> tokens, int... labels) {
        Word[] words = tokens.stream().map(t -> Word.of(t, TRAINED::isWhole)).toArray(Word[]::new);
        int[] out = labels.clone();
        TypeGuard.shipped().apply(words, tokens, out, Lexicon.shipped(), TRAINED);
        return Arrays.stream(out).mapToObj(Labels::name).toArray(String[]::new);
    }

    @Test
    void aPersonsNameEndsBeforeACountOrANumberWord() {
        // whatever the model ran on into: a listed count (two goals) or a number word is no part of a name
        assertThat(guarded(List.of("وسجل", "مالكوم", "هدفين،", "فيما"), 0, B_PER, B_PER + 1, 0))
                .containsExactly("O", "B-PER", "O", "O");
        assertThat(guarded(List.of("وسجل", "كيليان", "مبابي", "ثلاثة", "أهداف"), 0, B_PER, B_PER + 1, B_PER + 1, 0))
                .containsExactly("O", "B-PER", "I-PER", "O", "O");
        assertThat(guarded(List.of("وأصاب", "المسلح", "جون", "عشرات"), 0, 0, B_PER, B_PER + 1))
                .containsExactly("O", "O", "B-PER", "O");
        // a surname spelled as a number word (ستون: Stone, and sixty) stays
        assertThat(guarded(List.of("وقال", "روجر", "ستون"), 0, B_PER, B_PER + 1))
                .containsExactly("O", "B-PER", "I-PER");
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
        assertThat(trained(List.of("صابر", "يفوز", "بجائزة"), B_PER, B_PER + 1, 0))
                .containsExactly("B-PER", "O", "O");
        assertThat(trained(List.of("هاني", "بن", "فهد", "يلتقي", "وزير"), B_PER, B_PER + 1, B_PER + 1, B_PER + 1, 0))
                .containsExactly("B-PER", "I-PER", "I-PER", "O", "O");
        assertThat(guarded(List.of("عاد", "صابر", "على", "الفور"), 0, B_PER, B_PER + 1, 0))
                .containsExactly("O", "B-PER", "O", "O");
        assertThat(trained(List.of("صابر", "ويؤكد"), B_PER, B_PER + 1)).containsExactly("B-PER", "O");
        // an unseen ي-word: cut when shaped as a verb, kept when shaped as a transliterated name
        assertThat(guarded(List.of("صابر", "يفوز"), B_PER, B_PER + 1)).containsExactly("B-PER", "O");
        assertThat(guarded(List.of("سوسيلو", "يودويونو"), B_PER, B_PER + 1)).containsExactly("B-PER", "I-PER");
        assertThat(guarded(List.of("ميخائيل", "يوزهني"), B_PER, B_PER + 1)).containsExactly("B-PER", "I-PER");
        // a listed given name that starts with ي ends a name (عمار ياسر), and one word alone is never cut
        assertThat(trained(List.of("عمار", "ياسر"), B_PER, B_PER + 1)).containsExactly("B-PER", "I-PER");
        assertThat(trained(List.of("يفوز"), B_PER)).containsExactly("B-PER");
        // other types are left as tagged
        assertThat(trained(List.of("جامعة", "يقود"), B_ORG, B_ORG + 1)).containsExactly("B-ORG", "I-ORG");
    }

    @Test
    void aHeadlineRunOnIntoAKnownVerbOrAJoinedKnownWordEndsTheNameButUnseenSurnamesStay() {
        assertThat(trained(List.of("صلاح", "يكشف", "سر", "تألقه"), B_PER, B_PER + 1, 0, 0))
                .containsExactly("B-PER", "O", "O", "O");
        // the run-on word ends the name wherever it stands in the span, not only last
        assertThat(trained(List.of("صلاح", "يقود", "ليفربول"), B_PER, B_PER + 1, B_PER + 1))
                .containsExactly("B-PER", "O", "O");
        assertThat(trained(List.of("صلاح", "على", "جائزة", "أفضل"), B_PER, B_PER + 1, B_PER + 1, 0))
                .containsExactly("B-PER", "O", "O", "O");
        assertThat(trained(List.of("صلاح", "والبرازيلي", "فيرمينو"), B_PER, B_PER + 1, B_PER + 1))
                .containsExactly("B-PER", "O", "O");
        // على folds to علي: the name Ali written علي stays
        assertThat(trained(List.of("محمد", "علي", "كلاي"), B_PER, B_PER + 1, B_PER + 1))
                .containsExactly("B-PER", "I-PER", "I-PER");
        // surnames the training text never saw (foreign ones starting with ي or و too) and a name it saw stay
        for (String surname : List.of("قوش", "جاهين", "محسن", "يودويونو", "وليامز")) {
            assertThat(trained(List.of("صلاح", surname), B_PER, B_PER + 1)).as(surname)
                    .containsExactly("B-PER", "I-PER");
        }
        assertThat(trained(List.of("صلاح", "عبد", "الله", "قوش"), B_PER, B_PER + 1, B_PER + 1, B_PER + 1))
                .containsExactly("B-PER", "I-PER", "I-PER", "I-PER");
    }

    @Test
    void aDualOrPluralVerbAfterANameEndsIt() {
        // «محمد بن سلمان يبحثان ...»: two people meet in a headline; the dual verb is no part of the name
        for (String verb : List.of("يبحثان", "يتباحثان", "يجتمعان", "يلتقيان", "يبحثون")) {
            assertThat(guarded(List.of("محمد", "بن", "سلمان", verb, "الأزمة"), B_PER, B_PER + 1, B_PER + 1,
                    B_PER + 1, 0)).as(verb).containsExactly("B-PER", "I-PER", "I-PER", "O", "O");
        }
        // transliterated names that end so but have a long vowel after the ي stay
        for (String surname : List.of("يوهانسون", "ياسان", "يوردان")) {
            assertThat(guarded(List.of("كارل", surname), B_PER, B_PER + 1)).as(surname)
                    .containsExactly("B-PER", "I-PER");
        }
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

    @Test
    void aNameRightAfterAWordOfMeasurementIsAScalesOrAUnitsNotAPlaceOrAPerson() {
        int bMisc = Labels.begin(EntityType.MISC);
        // scales and units named after people, however the tagger typed them, with the clitics the word may carry
        assertThat(guarded(List.of("على", "مقياس", "ميركالي"), 0, 0, B_LOC)).containsExactly("O", "O", "B-MISC");
        assertThat(guarded(List.of("بمقياس", "بوفورت"), 0, B_PER)).containsExactly("O", "B-MISC");
        assertThat(guarded(List.of("ومقياس", "كلفن"), 0, B_ORG)).containsExactly("O", "B-MISC");
        assertThat(guarded(List.of("40", "درجة", "فهرنهايت"), 0, 0, B_PER)).containsExactly("O", "O", "B-MISC");
        assertThat(guarded(List.of("بلغت", "درجات", "سلسيوس"), 0, 0, B_LOC)).containsExactly("O", "O", "B-MISC");
        // the measurement word taken into the span: the whole span is the scale's name
        assertThat(guarded(List.of("على", "مقياس", "ميركالي"), 0, B_LOC, B_LOC + 1))
                .containsExactly("O", "B-MISC", "I-MISC");
        // already MISC, or untagged: left as it is; a listed place after it stays a place
        assertThat(guarded(List.of("مقياس", "ميركالي"), 0, bMisc)).containsExactly("O", "B-MISC");
        assertThat(guarded(List.of("مقياس", "ميركالي"), 0, 0)).containsExactly("O", "O");
        assertThat(guarded(List.of("مقياس", "مصر"), 0, B_LOC)).containsExactly("O", "B-LOC");
        // no measurement word before it: the tagger's reading stays
        assertThat(guarded(List.of("قال", "ميركالي"), 0, B_PER)).containsExactly("O", "B-PER");
    }

    @Test
    void aPersonRightAfterAPlaceHeadOrAGovernorIsThatPlace() {
        assertThat(guarded(List.of("وأكد", "والي", "أرضروم"), 0, 0, B_PER)).containsExactly("O", "O", "B-LOC");
        assertThat(guarded(List.of("في", "محافظة", "كربلاء"), 0, 0, B_PER)).containsExactly("O", "O", "B-LOC");
        assertThat(guarded(List.of("وصل", "إلى", "بلدة", "كفر", "نبل"), 0, 0, 0, B_PER, B_PER + 1))
                .containsExactly("O", "O", "O", "B-LOC", "I-LOC");
        assertThat(guarded(List.of("وبمدينة", "طرابزون"), 0, B_PER)).containsExactly("O", "B-LOC");
        assertThat(guarded(List.of("لإقليم", "بلوشستان"), 0, B_PER)).containsExactly("O", "B-LOC");
        // وإلى ("and to") folds as والي does, but is no governor; a term of office (ولاية) heads a person too
        assertThat(guarded(List.of("وإلى", "أرضروم"), 0, B_PER)).containsExactly("O", "B-PER");
        assertThat(guarded(List.of("خلال", "ولاية", "أوباما"), 0, 0, B_PER)).containsExactly("O", "O", "B-PER");
        // the article makes المدينة a noun of its own (في المدينة محمد ...); a listed given name starts a person
        assertThat(guarded(List.of("المدينة", "سعيد"), 0, B_PER)).containsExactly("O", "B-PER");
        assertThat(guarded(List.of("مدينة", "محمد", "السادس"), 0, B_PER, B_PER + 1))
                .containsExactly("O", "B-PER", "I-PER");
        // organisations and places after a head are the tagger's to read
        assertThat(guarded(List.of("محافظ", "البنك", "المركزي"), 0, B_ORG, B_ORG + 1))
                .containsExactly("O", "B-ORG", "I-ORG");
    }

    @Test
    void torrentsAreNoSeoulButTheKoreanCapitalStaysAPlace() {
        // سيول is both Seoul and "torrents": in a flood report it is the common word
        assertThat(guarded(List.of("قتيلاً", "في", "سيول", "درنة"), 0, 0, B_LOC, B_LOC))
                .containsExactly("O", "O", "O", "B-LOC");
        assertThat(guarded(List.of("في", "سيول", "درنة"), 0, B_LOC, B_LOC + 1)).containsExactly("O", "O", "B-LOC");
        assertThat(guarded(List.of("سيول", "جارفة", "تجتاح", "كسلا"), B_LOC, 0, 0, B_LOC))
                .containsExactly("O", "O", "O", "B-LOC");
        assertThat(guarded(List.of("تسببت", "الأمطار", "والسيول", "في", "أضرار"), 0, 0, B_LOC, 0, 0))
                .containsExactly("O", "O", "O", "O", "O");
        // Seoul named as a place, in rain or not
        assertThat(guarded(List.of("أمطار", "غزيرة", "تغرق", "العاصمة", "الكورية", "سيول"), 0, 0, 0, 0, 0, B_LOC))
                .containsExactly("O", "O", "O", "O", "O", "B-LOC");
        assertThat(guarded(List.of("وصل", "الوزير", "إلى", "سيول", "أمس"), 0, 0, 0, B_LOC, 0))
                .containsExactly("O", "O", "O", "B-LOC", "O");
    }
}
