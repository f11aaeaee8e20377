package org.marsad.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.entities.LabelledCorpus;

class DictionaryTaggerTest {
    @TempDir
    Path dir;

    @Test
    void tagsTheLongestKnownNameAndSkipsWordsMostlySeenUnannotated() throws Exception {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, String.join("\n",
                "الأمم B-ORG", "المتحدة I-ORG", "في O", "نيويورك B-LOC", ". O",
                "المتحدة O", "قالت O", "المتحدة O", ". O",
                "الأمم O", "المتحدة O", "اجتمعت O", ". O", ""));
        DictionaryTagger d = DictionaryTagger.train(LabelledCorpus.read(train));
        assertThat(d.tag(List.of("وصل", "الأمم", "المتحدة", "إلى", "نيويورك")))
                .containsExactly("O", "B-ORG", "I-ORG", "O", "B-LOC");
        // المتحدة alone was never annotated alone; أمم spelt with hamza folds to the known name
        assertThat(d.tag(List.of("المتحدة", "الامم", "المتحدة"))).containsExactly("O", "B-ORG", "I-ORG");
    }
}
