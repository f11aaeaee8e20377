package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document-level second stage on generated documents: each introduces a person, a place and an organisation in
 * sentences whose context tells the type, then mentions one of them again in a sentence whose context says nothing
 * ("تحدث التقرير عن X طويلا", also said of plain words). Names are made-up one-word names from the same syllables for
 * every type, different for training and testing, so only what the first stage found earlier in the same document
 * can tell the type of the name in the later sentence.
 */
class DocumentStageTest {
    /** Syllables of made-up names: the same for every type, so a name's letters do not tell its type. */
    private static final String[] SYLLABLES = {"كا", "لو", "مي", "را", "سن", "تو", "دي", "بو", "نا", "فر", "زي", "غو",
        "شا", "قو", "هي", "جا"};
    private static final String[] PLAIN = {"الاقتصاد", "المياه", "التعليم", "الطقس", "الانتخابات", "الصحة"};
    private static final String[] TYPES = {"PERS", "LOC", "ORG"};

    @TempDir
    Path dir;

    @Test
    void namesFoundEarlierInTheDocumentAreTaggedWhereTheContextSaysNothing() throws Exception {
        Path train = dir.resolve("train.txt");
        List<String> trainNames = names(new Random(1), 36, Set.of());
        Files.writeString(train, documents(new Random(1), 60, trainNames));
        Path test = dir.resolve("test.txt");
        Files.writeString(test, documents(new Random(2), 30, names(new Random(2), 15, Set.copyOf(trainNames))));
        TaggerModel model = TaggerTraining.train(LabelledCorpus.read(train),
                new TaggerTraining.Options(6, 3, 1, 7L, 0.3), null, null);
        EntityTagger twoStages = new EntityTagger(model);
        LabelledCorpus corpus = LabelledCorpus.read(test);

        SpanScores[] weak = {later(twoStages, corpus), later(twoStages.firstStage(), corpus)};
        double both = weak[0].micro(Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG))[2];
        double first = weak[1].micro(Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG))[2];
        assertThat(both).as("two stages, micro F1 on the later, context-free mentions").isGreaterThan(0.9);
        assertThat(both).as("the first stage alone on them").isGreaterThan(first + 0.2);

        // the same document tagged as one text: find sees the whole document too
        List<List<String>> doc = new ArrayList<>();
        corpus.documents().get(0).forEach(s -> doc.add(s.tokens()));
        String text = String.join(" ", doc.stream().map(s -> String.join(" ", s)).toList());
        List<String> tagged = twoStages.tagDocument(doc).stream().flatMap(List::stream).toList();
        List<String> words = doc.stream().flatMap(List::stream).toList();
        List<String> begins = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            if (tagged.get(i).startsWith("B-")) {
                begins.add(tagged.get(i).substring(2) + " " + words.get(i));
            }
        }
        List<EntityMention> found = twoStages.find(text);
        assertThat(found).hasSameSizeAs(begins);
        for (int m = 0; m < found.size(); m++) {
            // the mention may leave a letter read as a clitic out of an unknown name's first word
            String[] typeAndWord = begins.get(m).split(" ");
            assertThat(found.get(m).type().name()).isEqualTo(typeAndWord[0]);
            assertThat(typeAndWord[1]).endsWith(found.get(m).text());
        }

        // both stages survive writing and reading; a one-stage model is still read
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        EntityTagger reread = EntityTagger.load(new ByteArrayInputStream(bytes.toByteArray()));
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        model.firstStage().write(one);
        EntityTagger firstReread = EntityTagger.load(new ByteArrayInputStream(one.toByteArray()));
        for (List<LabelledCorpus.Sentence> d : corpus.documents()) {
            List<List<String>> tokens = new ArrayList<>();
            d.forEach(s -> tokens.add(s.tokens()));
            assertThat(reread.tagDocument(tokens)).isEqualTo(twoStages.tagDocument(tokens));
            assertThat(firstReread.tagDocument(tokens)).isEqualTo(twoStages.firstStage().tagDocument(tokens));
        }
    }

    /** Scores only the last sentence of each document: the context-free one. */
    private static SpanScores later(EntityTagger tagger, LabelledCorpus corpus) {
        SpanScores scores = new SpanScores();
        for (List<LabelledCorpus.Sentence> doc : corpus.documents()) {
            List<List<String>> tokens = new ArrayList<>();
            doc.forEach(s -> tokens.add(s.tokens()));
            List<List<String>> tagged = tagger.tagDocument(tokens);
            int last = doc.size() - 1;
            scores.add(doc.get(last).tags(), tagged.get(last));
        }
        return scores;
    }

    private static List<String> names(Random r, int count, Set<String> taken) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            StringBuilder name = new StringBuilder();
            for (int k = 2 + r.nextInt(2); k > 0; k--) {
                name.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            if (!taken.contains(name.toString())) {
                out.add(name.toString());
            }
        }
        return List.copyOf(out);
    }

    /** Documents whose persons, places and organisations are three different names of the list, picked at random. */
    private static String documents(Random r, int count, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < count; d++) {
            sb.append("ARTICLE\n");
            List<String> shuffled = new ArrayList<>(names);
            Collections.shuffle(shuffled, r);
            String person = shuffled.get(0);
            String place = shuffled.get(1);
            String org = shuffled.get(2);
            List<String[]> t = new ArrayList<>();
            words(t, "قال الرئيس");
            name(t, person, "PERS");
            words(t, "في مدينة");
            name(t, place, "LOC");
            words(t, "إن الوضع مستقر .");
            words(t, "وأعلنت شركة");
            name(t, org, "ORG");
            words(t, "أنها ستفتح مكتبا في");
            name(t, place, "LOC");
            words(t, ".");
            // the context-free sentence: the same words before a person, a place, an organisation or a plain word
            words(t, "وتحدث التقرير عن");
            int pickType = r.nextInt(4);
            if (pickType < 3) {
                name(t, new String[] {person, place, org}[pickType], TYPES[pickType]);
            } else {
                words(t, pick(r, PLAIN));
            }
            words(t, "طويلا .");
            for (String[] token : t) {
                sb.append(token[0]).append(' ').append(token[1]).append('\n');
            }
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] names) {
        return names[r.nextInt(names.length)];
    }

    private static void words(List<String[]> tokens, String text) {
        for (String w : text.split(" ")) {
            tokens.add(new String[] {w, "O"});
        }
    }

    private static void name(List<String[]> tokens, String text, String type) {
        String[] parts = text.split(" ");
        for (int i = 0; i < parts.length; i++) {
            tokens.add(new String[] {parts[i], (i == 0 ? "B-" : "I-") + type});
        }
    }
}
