package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a generated corpus: sentences from templates whose context tells the type (a title before a person,
 * في before a place, a head word before an organisation), with names drawn from disjoint lists for training and
 * testing, so the tagger must learn the context and the Arabic features, not the names.
 */
class TaggerTrainingTest {
    private static final String[] TRAIN_PER = {"جون سميث", "ماريا لوبيز", "كريم نادر", "بيتر مولر", "سامي عودة",
            "لينا حداد", "توماس برغر", "هيلين كارتر", "يان كوفاتش", "فريد منصور"};
    private static final String[] TEST_PER = {"أوليفر غرانت", "داني رابين", "نبيل صابر", "كلارا فيشر"};
    private static final String[] TRAIN_LOC = {"مدريد", "نيروبي", "طنجة", "ليون", "بيرن", "هافانا", "كيتو"};
    private static final String[] TEST_LOC = {"أوسلو", "دكار", "ريغا"};
    private static final String[] TRAIN_ORG = {"شركة نوفا", "حزب الأمل", "وكالة فجر", "منظمة البيئة الخضراء"};
    private static final String[] TEST_ORG = {"شركة تيتان", "حزب الوفاق"};

    @TempDir
    Path dir;

    @Test
    void learnsFromContextAndTagsUnseenNames() throws Exception {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, corpus(new Random(1), 300, TRAIN_PER, TRAIN_LOC, TRAIN_ORG));
        Path test = dir.resolve("test.txt");
        Files.writeString(test, corpus(new Random(2), 60, TEST_PER, TEST_LOC, TEST_ORG));

        TaggerModel model = TaggerTraining.train(LabelledCorpus.read(train),
                new TaggerTraining.Options(5, 3, 1, 7L, 0.3), null, null);
        SpanScores scores = TaggerTraining.score(new EntityTagger(model), LabelledCorpus.read(test));
        double[] micro = scores.micro(Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG));
        assertThat(micro[2]).as("micro F1 on unseen names").isGreaterThan(0.8);

        // the written model tags exactly as the one in memory
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        EntityTagger reread = EntityTagger.load(new ByteArrayInputStream(bytes.toByteArray()));
        EntityTagger original = new EntityTagger(model);
        for (LabelledCorpus.Sentence s : LabelledCorpus.read(test).sentences()) {
            assertThat(reread.tag(s.tokens())).isEqualTo(original.tag(s.tokens()));
        }
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, corpus(new Random(3), 80, TRAIN_PER, TRAIN_LOC, TRAIN_ORG));
        TaggerTraining.Options o = new TaggerTraining.Options(3, 2, 1, 5L, 0.3);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        TaggerTraining.train(LabelledCorpus.read(train), o, null, null).write(a);
        TaggerTraining.train(LabelledCorpus.read(train), o, null, null).write(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void severalRunsAreMixedIntoOneDeterministicModelThatStillFindsUnseenNames() throws Exception {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, corpus(new Random(4), 200, TRAIN_PER, TRAIN_LOC, TRAIN_ORG));
        Path test = dir.resolve("test.txt");
        Files.writeString(test, corpus(new Random(5), 60, TEST_PER, TEST_LOC, TEST_ORG));
        TaggerTraining.Options one = new TaggerTraining.Options(4, 3, 1, 11L, 0.3);
        TaggerTraining.Options three = one.withRuns(3);

        TaggerModel mixed = TaggerTraining.train(LabelledCorpus.read(train), three, null, null);
        SpanScores scores = TaggerTraining.score(new EntityTagger(mixed), LabelledCorpus.read(test));
        assertThat(scores.micro(Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG))[2])
                .as("micro F1 on unseen names of the mixed model").isGreaterThan(0.8);

        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        mixed.write(a);
        TaggerTraining.train(LabelledCorpus.read(train), three, null, null).write(b);
        TaggerTraining.train(LabelledCorpus.read(train), one, null, null).write(single);
        assertThat(a.toByteArray()).as("the same runs mix into the same bytes").isEqualTo(b.toByteArray());
        assertThat(a.toByteArray()).as("the other runs changed the weights").isNotEqualTo(single.toByteArray());
    }

    @Test
    void wordsOfTheTextAreKeptWholeUnlessTheyAreACliticBeforeAnotherWord() {
        List<LabelledCorpus.Sentence> text = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            text.add(new LabelledCorpus.Sentence(List.of("وزارة", "وقال", "قال", "الوزير", "وزير", "بوزير"),
                    List.of("O", "O", "O", "O", "O", "O")));
        }
        Set<String> whole = TaggerTraining.wholeWords(text, 3);
        assertThat(whole).contains("وزاره", "قال", "وزير").doesNotContain("وقال", "بوزير", "الوزير");
        assertThat(TaggerTraining.wholeWords(text.subList(0, 2), 3)).as("too rare to trust").isEmpty();
    }

    @Test
    void theDevSliceIsEveryFifthDocumentOfTheTrainingText() throws Exception {
        Path train = dir.resolve("train.txt");
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 10; d++) {
            sb.append("ARTICLE\nكلمة").append(d).append(" O\n.\tO\n");
        }
        Files.writeString(train, sb.toString());
        LabelledCorpus[] split = TaggerTraining.devSplit(LabelledCorpus.read(train));
        assertThat(split[0].documents()).hasSize(8);
        assertThat(split[1].documents()).hasSize(2);
        assertThat(split[1].documents().get(0).get(0).tokens().get(0)).isEqualTo("كلمة4");
        assertThat(split[1].documents().get(1).get(0).tokens().get(0)).isEqualTo("كلمة9");
    }

    private static String corpus(Random r, int sentences, String[] per, String[] loc, String[] org) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s % 10 == 0) {
                sb.append("ARTICLE\n");
            }
            List<String[]> tokens = new ArrayList<>();
            switch (r.nextInt(3)) {
                case 0 -> {
                    words(tokens, "قال", "O");
                    words(tokens, r.nextBoolean() ? "الرئيس" : "الوزير", "O");
                    name(tokens, pick(r, per), "PERS");
                    words(tokens, "في", "O");
                    name(tokens, pick(r, loc), "LOC");
                    words(tokens, "إن الوضع مستقر", "O");
                }
                case 1 -> {
                    words(tokens, "أعلنت", "O");
                    name(tokens, pick(r, org), "ORG");
                    words(tokens, "أنها ستفتح مكتبا في", "O");
                    name(tokens, pick(r, loc), "LOC");
                    words(tokens, "الشهر المقبل", "O");
                }
                default -> {
                    words(tokens, "التقى", "O");
                    words(tokens, "الوزير", "O");
                    name(tokens, pick(r, per), "PERS");
                    words(tokens, "ممثلي", "O");
                    name(tokens, pick(r, org), "ORG");
                    words(tokens, "في مدينة", "O");
                    name(tokens, pick(r, loc), "LOC");
                }
            }
            tokens.add(new String[] {".", "O"});
            for (String[] t : tokens) {
                sb.append(t[0]).append(' ').append(t[1]).append('\n');
            }
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] names) {
        return names[r.nextInt(names.length)];
    }

    private static void words(List<String[]> tokens, String text, String tag) {
        for (String w : text.split(" ")) {
            tokens.add(new String[] {w, tag});
        }
    }

    private static void name(List<String[]> tokens, String text, String type) {
        String[] parts = text.split(" ");
        for (int i = 0; i < parts.length; i++) {
            tokens.add(new String[] {parts[i], (i == 0 ? "B-" : "I-") + type});
        }
    }
}
