package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabelledCorpusTest {
    @Test
    void readsDocumentsSentencesAndRepairsTags() throws Exception {
        // tiny-corpus.txt: written for this test in the ANERcorp layout, with its known flaws (a missing tag, a
        // misspelt tag, an I- that opens an entity)
        LabelledCorpus c = LabelledCorpus.read(Path.of(getClass().getResource("tiny-corpus.txt").toURI()));
        assertThat(c.documents()).hasSize(3);
        assertThat(c.documents().get(0)).hasSize(1);
        assertThat(c.documents().get(0).get(0).tags())
                .containsExactly("O", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
        assertThat(c.documents().get(1)).hasSize(2);
        assertThat(c.untagged()).isEqualTo(1);
        assertThat(c.malformed()).isEqualTo(1);
        LabelledCorpus.Sentence second = c.documents().get(1).get(1);
        assertThat(second.tokens()).containsExactly("وقال", "المتحدث", "باسم", "الوزارة", "خالد", "حسن", "إن");
        // I-PER after O opens an entity; the malformed I-PRS is read as O
        assertThat(second.tags()).containsExactly("O", "O", "O", "O", "B-PER", "O", "O");
        assertThat(c.documents().get(1).get(0).tags().get(7)).isEqualTo("O"); // "امس" had no tag
    }
}
