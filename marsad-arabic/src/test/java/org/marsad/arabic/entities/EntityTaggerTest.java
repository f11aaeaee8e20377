package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shipped model on sentences written for these tests (not from its training data). */
class EntityTaggerTest {
    private static final EntityTagger TAGGER = EntityTagger.defaults();

    private static List<String> found(String text, EntityType type) {
        return TAGGER.find(text).stream().filter(m -> m.type() == type).map(EntityMention::text).toList();
    }

    @Test
    void findsPersonsPlacesAndOrganisations() {
        String text = "قال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة ستعمل مع الأمم المتحدة في العراق.";
        assertThat(found(text, EntityType.PER)).containsExactly("جورج بوش");
        assertThat(found(text, EntityType.LOC)).containsExactly("واشنطن", "الولايات المتحدة", "العراق");
        assertThat(found(text, EntityType.ORG)).containsExactly("الأمم المتحدة");
    }

    @Test
    void spansLeaveAttachedCliticsOutAndKeepTheArticle() {
        String text = "وصل الوفد إلى فرنسا وبريطانيا والعراق.";
        List<EntityMention> mentions = TAGGER.find(text);
        assertThat(mentions).extracting(EntityMention::text).containsExactly("فرنسا", "بريطانيا", "العراق");
        EntityMention britain = mentions.get(1);
        assertThat(britain.start()).isEqualTo(text.indexOf("وبريطانيا") + 1);
        assertThat(britain.end()).isEqualTo(text.indexOf("وبريطانيا") + "وبريطانيا".length());
        assertThat(britain.type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void aPlaceAfterACityWordWithAPrepositionIsThePlaceAsAfterTheBareWord() {
        // "بمدينة الزاوية" was read as a place «مدينة الزاوية» apart from الزاوية (its entity page missed the story)
        assertThat(found("اقتحم مسلحون مكتب قناة في حي الحرشة بمدينة الزاوية فجر الاثنين", EntityType.LOC))
                .containsExactly("الحرشة", "الزاوية");
        assertThat(found("اقتحم مسلحون مكتب قناة بمدينة الزاوية فجر الاثنين", EntityType.LOC))
                .containsExactly("الزاوية");
        assertThat(found("اقتحم مسلحون مكتب قناة في مدينة الزاوية فجر الاثنين", EntityType.LOC))
                .containsExactly("الزاوية");
        // a city named after a person keeps its head: Zayed City is not a place called زايد
        assertThat(found("وتقام البطولة في صالة كبرى بمدينة زايد الرياضية بمشاركة 120 دولة", EntityType.LOC))
                .containsExactly("مدينة زايد");
    }

    @Test
    void aCountrysAdjectiveIsNoPlaceAndTheCountrysideIsOneWithItsPlace() {
        // made-up sentences; a reader's walk saw «السورية» and «ريف» alone as places, «ريف دمشق» as two
        assertThat(found("وقالت المخرجة السورية إن الفيلم سيعرض قريبا، ووصل الوفد إلى السعودية مساء أمس.",
                EntityType.LOC)).containsExactly("السعودية");
        assertThat(found("وقتل 5 أشخاص في قصف على ريف دمشق، وشهد ريف المحافظة الشمالي اشتباكات عنيفة.",
                EntityType.LOC)).containsExactly("ريف دمشق");
        // the adjective after a one-word place leaves it, as ANERcorp annotates «دمشق السوري»
        assertThat(found("وتحدث التقرير عن هجوم على مدينة حلب السورية.", EntityType.LOC)).containsExactly("حلب");
    }

    @Test
    void aPlaceOfSeveralWordsStaysWholeAfterItsHeadWordIsDropped() {
        // made-up sentences; the walk of issue 20 saw «بمدينة غازي عنتاب» become «غازي» (عنتاب tagged apart)
        assertThat(found("قتل ثلاثة أشخاص بمحافظة غازي عنتاب التركية.", EntityType.LOC))
                .containsExactly("غازي عنتاب");
        assertThat(found("عقد اجتماع بمدينة شرم الشيخ جنوب البلاد", EntityType.LOC)).containsExactly("شرم الشيخ");
        assertThat(found("قتل ثلاثة أشخاص في مدينة رأس العين", EntityType.LOC)).containsExactly("رأس العين");
        // the rest of a name the place ran into is no name alone
        assertThat(found("قتل ثلاثة أشخاص بمحافظة غازي عنتاب التركية.", EntityType.ORG)).isEmpty();
        // a listed place keeps its own end: "مكة" before its epithet, as ANERcorp tags it
        assertThat(found("غربت الشمس في مكة المكرمة مساء الأحد", EntityType.LOC)).containsExactly("مكة");
    }

    @Test
    void aNameThatBeginsWithAClitisLetterStaysWhole() {
        assertThat(found("وصل الوزير إلى واشنطن أمس.", EntityType.LOC)).containsExactly("واشنطن");
    }

    @Test
    void offsetsPointIntoTheInputEvenWithDiacriticsAndTatweel() {
        String text = "زار الرئيسُ  وَبريطانيـا ثم توجه إلى لبنان.";
        for (EntityMention m : TAGGER.find(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(TAGGER.find(text)).extracting(EntityMention::text).contains("بريطانيـا", "لبنان");
    }

    @Test
    void mentionsAreOrderedWithinTheInputAndTrimmedOnAnyText() {
        // property: on random mixes of words, spaces, marks and punctuation, every mention is a non-empty span of
        // the input, in order, without spaces at its ends
        String[] pieces = {"في", "واشنطن", "وبريطانيا", "الرئيس", "جورج", "بوش", "،", ".", "\n", "  ", "«", "»",
                "2024", "Hamas", "ـ", "\u064E", "لبنان", "للبنان", "x", "؟", "الأمم", "المتحدة", "\u200F"};
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(30);
            for (int k = 0; k < words; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            int previousEnd = 0;
            for (EntityMention m : TAGGER.find(text)) {
                assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.end()).isGreaterThan(m.start());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.text()).isEqualTo(m.text().strip());
                previousEnd = m.end();
            }
        }
    }

    @Test
    void aNameFoundOnceInTheArticleIsFoundWhereItsContextSaysLess() {
        // the later sentences alone give little away; the first names the person in full after a title
        String text = "قال رئيس الوزراء الكيني وليام روتو إن الانتخابات ستجري في موعدها. ولم يعلق روتو على الاتهامات."
                + " وتعهد روتو بالإصلاح.";
        assertThat(found(text, EntityType.PER)).containsExactly("وليام روتو", "روتو", "روتو");
        assertThat(found("ولم يعلق روتو على الاتهامات.", EntityType.PER)).as("the same sentence alone").isEmpty();
    }

    @Test
    void thePartsOfOneArticleAreReadTogetherWithOffsetsIntoEachPart() {
        String title = "الانتخابات الكينية";
        String first = "قال رئيس الوزراء الكيني وليام روتو إن الانتخابات ستجري في موعدها.";
        String second = "ولم يعلق روتو على الاتهامات.";
        List<List<EntityMention>> parts = TAGGER.findInParts(java.util.Arrays.asList(title, first, null, second));
        assertThat(parts).hasSize(4);
        assertThat(parts.get(1)).extracting(EntityMention::text).contains("وليام روتو");
        assertThat(parts.get(2)).isEmpty();
        assertThat(parts.get(3)).extracting(EntityMention::text, EntityMention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("روتو", EntityType.PER));
        EntityMention ruto = parts.get(3).get(0);
        assertThat(second.substring(ruto.start(), ruto.end())).isEqualTo("روتو");
        assertThat(TAGGER.find(second)).as("the paragraph alone").isEmpty();
    }

    @Test
    void aWordWrittenWholeInANameIsNotSplitWhereItStartsOneLater() {
        // كرايف is not ك + رايف: the article writes it whole inside يوهان كرايف
        String text = "قال المدرب الهولندي يوهان كرايف إن الفريق جاهز. ويرى كرايف أن المباراة صعبة.";
        assertThat(found(text, EntityType.PER)).containsExactly("يوهان كرايف", "كرايف");
    }

    @Test
    void emptyAndNonArabicTextGiveNothing() {
        assertThat(TAGGER.find("")).isEmpty();
        assertThat(TAGGER.find("   \n ")).isEmpty();
        assertThat(TAGGER.find("... ، ؟")).isEmpty();
    }

    @Test
    void aCommonWordAloneIsNoName() {
        // الكيماوي ("chemical") was a person's nickname in the training years; alone it is an adjective
        String text = "استخدم النظام السلاح الكيماوي في دوما، وأدان الغرب الهجوم الكيماوي.";
        assertThat(TAGGER.find(text)).extracting(EntityMention::text).doesNotContain("الكيماوي");
        // a longer name holding it is still a name
        assertThat(found("وأعدم علي حسن المجيد المعروف بعلي الكيماوي.", EntityType.PER)).isNotEmpty();
    }

    @Test
    void theMinistryAloneIsNoOrganisationButTheMinistryNamedIs() {
        // "the ministry's spokesman": a common noun standing for the ministry named before, not a name of its own
        String text = "قال المتحدث باسم الوزارة إن الوزارة ستعلن النتائج غدا، وأكدت وزارة الخارجية المصرية ذلك.";
        List<EntityMention> found = TAGGER.find(text);
        assertThat(found).extracting(EntityMention::text).doesNotContain("الوزارة");
        assertThat(found(text, EntityType.ORG)).anySatisfy(name -> assertThat(name).startsWith("وزارة الخارجية"));
        assertThat(TAGGER.find("وقالت الحكومة في بيان إن الهيئة والشركة واللجنة ستجتمع."))
                .extracting(EntityMention::text).doesNotContain("الحكومة", "الهيئة", "الشركة", "اللجنة");
    }

    @Test
    void torrentsInAFloodReportAreNoPlace() {
        // سيول (torrents) was tagged Seoul, so a Derna flood story's place read «سيول» (review16's walk)
        assertThat(TAGGER.find("ضربت سيول جارفة مدينة جدة أمس.")).extracting(EntityMention::text)
                .doesNotContain("سيول").contains("جدة");
        assertThat(TAGGER.find("ارتفاع عدد القتلى في سيول درنة إلى 25 قتيلاً.")).extracting(EntityMention::text)
                .doesNotContain("سيول").contains("درنة");
        assertThat(TAGGER.find("تسببت الأمطار والسيول في أضرار كبيرة.")).extracting(EntityMention::text)
                .doesNotContain("السيول");
        assertThat(found("زار الرئيس الفرنسي العاصمة الكورية سيول أمس.", EntityType.LOC)).contains("سيول");
    }

    @Test
    void floodsInASaudiCityAreNoSeoulAndSeoulNamedStaysAPlace() {
        // made-up flood reports with no rain word (arabic30): «سيول» was tagged Seoul beside the Saudi city
        for (String flood : List.of("سيول تغرق شوارع جدة وتوقف حركة السير.",
                "غرق ثلاثة أشخاص في سيول اجتاحت مكة المكرمة.",
                "جرفت سيول قوية عددا من السيارات في أبها.",
                "تضررت مئات المنازل في الطائف بسبب سيول الأسبوع الماضي.",
                "تحذيرات من سيول محتملة في منطقة عسير.")) {
            assertThat(found(flood, EntityType.LOC)).as(flood).doesNotContain("سيول");
        }
        assertThat(found("سيول تغرق شوارع جدة وتوقف حركة السير.", EntityType.LOC)).contains("جدة");
        // Seoul named, with no Korean word beside it, or beside a Saudi city
        assertThat(found("عقدت القمة في سيول بحضور رئيس الوزراء الياباني.", EntityType.LOC)).contains("سيول");
        assertThat(found("وصل وفد سعودي إلى سيول للقاء الرئيس الكوري.", EntityType.LOC)).contains("سيول");
        assertThat(found("تربط الرياض علاقات قوية مع سيول منذ عقود.", EntityType.LOC)).contains("سيول");
        // the same fault in another listed place: البون is "the gap", Bonn is never written with the article
        assertThat(found("اتسع البون بين الطرفين بعد الاجتماع.", EntityType.LOC)).isEmpty();
        assertThat(found("عقد المؤتمر في بون الألمانية أمس.", EntityType.LOC)).contains("بون");
    }

    @Test
    void aPersonsNameStopsBeforeTheCountAfterIt() {
        // «وسجل البرازيلي مالكوم هدفين،» made a person «مالكوم هدفين» with 34 articles (review16's walk)
        String text = "وانتهت المباراة في الرياض بفوز الهلال، وسجل البرازيلي مالكوم هدفين، فيما غاب كريستيانو "
                + "رونالدو عن التسجيل.";
        assertThat(found(text, EntityType.PER)).contains("مالكوم", "كريستيانو رونالدو").doesNotContain("مالكوم هدفين");
        assertThat(found("وسجل البرازيلي مالكوم هدفا، فيما غاب كريستيانو رونالدو.", EntityType.PER))
                .contains("مالكوم").doesNotContain("مالكوم هدفا");
    }

    @Test
    void franceTwentyFourIsNoPerson() {
        // «مراسل فرانس 24» made a person named فرانس, the most mentioned after the news' own (review16's walk)
        String text = "وقال مراسل فرانس 24 إن الرئيس ماكرون سيزور الجزائر.";
        assertThat(found(text, EntityType.PER)).doesNotContain("فرانس").contains("ماكرون");
    }

    @Test
    void aHashtagMarkDoesNotCutTheNameItWrites() {
        String text = "قال الرئيس الأمريكي دونالد #ترمب إن الصين تخسر.";
        List<EntityMention> persons = TAGGER.find(text).stream().filter(m -> m.type() == EntityType.PER).toList();
        assertThat(persons).hasSize(1);
        assertThat(persons.get(0).start()).isEqualTo(text.indexOf("دونالد"));
        assertThat(persons.get(0).end()).isEqualTo(text.indexOf(" إن"));
        assertThat(Tokenizer.tokenize("#كيم_جونغ و #ترمب، رقم #")).extracting(Token::text)
                .containsExactly("كيم", "جونغ", "و", "ترمب", "،", "رقم", "#");
    }

    @Test
    void clubsAndMissionsAreNotPersons() {
        for (String text : List.of("تغلب أتلانتا على روما بثلاثة أهداف.", "وقال مدرب أتلانتا إن الفريق لعب جيدا.",
                "وأكد أتلانتا تعاقده مع المهاجم.", "قال رئيس بعثة المينورسو إن الوضع هادئ.")) {
            assertThat(found(text, EntityType.PER)).as(text).isEmpty();
        }
        assertThat(found("قال رئيس بعثة المينورسو إن الوضع هادئ.", EntityType.ORG)).containsExactly("المينورسو");
        // a person is still a person
        assertThat(found("قال الرئيس جورج بوش إن الحرب مستمرة.", EntityType.PER)).containsExactly("جورج بوش");
    }

    @Test
    void aListedClubInAMatchReportIsAnOrganisationAndTheCityElsewhereIsNot() {
        assertThat(found("تغلب أتلانتا على روما", EntityType.ORG)).containsExactly("أتلانتا");
        assertThat(found("وتعادل أتلانتا مع ضيفه في المباراة.", EntityType.ORG)).containsExactly("أتلانتا");
        assertThat(found("وصل الرئيس إلى أتلانتا لحضور مؤتمر الحزب.", EntityType.ORG)).isEmpty();
    }

    @Test
    void aPlaceAfterLamLamLeavesTheMergedArticleOutLikeTheOtherNames() {
        // لل = ل + ال with the alef dropped: the span starts after it, as for للأمم
        String text = "وجه الرئيس رسالة للولايات المتحدة وللأمم المتحدة، وزار لبنان ولليبيا.";
        List<EntityMention> mentions = TAGGER.find(text);
        assertThat(mentions).extracting(EntityMention::text).contains("ولايات المتحدة", "أمم المتحدة");
        EntityMention us = mentions.stream().filter(m -> m.text().equals("ولايات المتحدة")).findFirst().orElseThrow();
        assertThat(us.start()).isEqualTo(text.indexOf("للولايات") + 2);
        assertThat(us.type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void aNameOfTwoUnseenWordsIsFoundInAShortSentence() {
        // neither word is in the training data; the given names are in the lexicon of public facts
        assertThat(found("قال وزير الدفاع يوآف غالانت إن الحرب مستمرة.", EntityType.PER))
                .containsExactly("يوآف غالانت");
        assertThat(found("التقى أنتوني بلينكن مع يوآف غالانت أمس.", EntityType.PER))
                .containsExactly("أنتوني بلينكن", "يوآف غالانت");
    }

    @Test
    void aHeadlinesDualVerbIsNotPartOfTheNameBeforeIt() {
        // the headline shape of stop 27: «بن سلمان يبحثان» was one person, verb included
        assertThat(found("بن سلمان يبحثان مع ماكرون أزمة البحر الأحمر", EntityType.PER)).doesNotContain(
                "بن سلمان يبحثان").allSatisfy(name -> assertThat(name).doesNotContain("يبحثان"));
        assertThat(found("محمد بن سلمان يبحثان تطورات المنطقة", EntityType.PER)).containsExactly("محمد بن سلمان");
    }

    @Test
    void aQuakeReportsScaleAndProvinceAreNeitherAPlaceNorAPerson() {
        // A report written for a walk of the web pages (two articles of one outlet): the model alone took the
        // scale's name for a place in the first and the province for a person in the second (title and governor).
        List<List<EntityMention>> quake = TAGGER.findInParts(List.of(
                "زلزال بقوة 5.8 درجات يضرب جنوب تركيا ويخلف 12 جريحاً",
                "ضرب زلزال بقوة 5.8 درجات على مقياس ريختر جنوب تركيا صباح اليوم، وأعلنت هيئة إدارة الكوارث والطوارئ "
                        + "التركية إصابة 12 شخصاً بجروح طفيفة، فيما تضررت مبانٍ قديمة في ولاية هاتاي."));
        List<List<EntityMention>> aftershock = TAGGER.findInParts(List.of(
                "هيئة الكوارث: لا ضحايا في هزة ارتدادية بولاية هاتاي",
                "قالت هيئة إدارة الكوارث والطوارئ التركية إن هزة ارتدادية بقوة 4.1 درجات سجلت في ولاية هاتاي بعد "
                        + "الزلزال، ولم تسفر عن ضحايا، وأكد والي هاتاي أن فرق الإنقاذ تواصل تفقد المباني."));
        for (List<List<EntityMention>> article : List.of(quake, aftershock)) {
            for (EntityMention m : article.stream().flatMap(List::stream).toList()) {
                if (m.text().equals("ريختر")) {
                    assertThat(m.type()).as("the scale").isEqualTo(EntityType.MISC);
                }
                if (m.text().equals("هاتاي")) {
                    assertThat(m.type()).as("the province").isEqualTo(EntityType.LOC);
                }
            }
        }
        assertThat(aftershock.get(1)).extracting(EntityMention::text).contains("هاتاي");
        // a wind scale named after a man, in a storm report: the model alone read it as a person
        assertThat(found("وصلت سرعة الرياح إلى 9 درجات على مقياس بوفورت في بلدة كوزان، وقال والي أضنة إن الأضرار "
                + "محدودة.", EntityType.PER)).isEmpty();
    }

    @Test
    void theAdjectiveOfAQuarterIsNoPlace() {
        // review28: «سكني» of «حي سكني» (a residential quarter) was a place in the search page's places filter
        assertThat(found("انهار مبنى في حي سكني شرق المدينة", EntityType.LOC)).isEmpty();
        assertThat(found("انهار مبنى في حي شعبي شرق المدينة", EntityType.LOC)).isEmpty();
        // a quarter's name after حي stays a place
        assertThat(found("انهار مبنى في حي الشجاعية شرق غزة", EntityType.LOC)).containsExactly("الشجاعية", "غزة");
    }
}
