package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final int LOC_B = 1 << (Lexicon.Kind.LOC.ordinal() * 2);
    private static final int ORG_B = 1 << (Lexicon.Kind.ORG.ordinal() * 2);
    private static final int ORG_I = ORG_B << 1;
    private static final int GIVEN_B = 1 << (Lexicon.Kind.GIVEN.ordinal() * 2);

    private static Word[] words(String sentence) {
        return Features.words(List.of(sentence.split(" ")), Gazetteer.empty());
    }

    @Test
    void shippedListsMatchPlacesBehindCliticsAndNamesOfSeveralWords() {
        int[] m = Lexicon.shipped().match(words("وصل إلى بلندن وفد الأمم المتحدة برئاسة أحمد"));
        assertThat(m[2] & LOC_B).as("بلندن is ب + لندن").isNotZero();
        assertThat(m[4] & ORG_B).as("الأمم opens الأمم المتحدة").isNotZero();
        assertThat(m[5] & ORG_I).as("المتحدة continues it").isNotZero();
        assertThat(m[7] & GIVEN_B).as("أحمد is a given name").isNotZero();
        assertThat(m[0]).as("وصل is no name").isZero();
        assertThat(m[3]).as("وفد is no name").isZero();
    }

    @Test
    void listedWordsAreKeptWholeByCliticSplitting() {
        // و is a clitic in ولندن but a letter of واشنطن and وزارة: listed words keep their letters
        assertThat(Word.of("بلندن", Gazetteer.empty()::isWhole).stem()).isEqualTo("لندن");
        assertThat(Word.of("واشنطن", Gazetteer.empty()::isWhole).stem()).isEqualTo("واشنطن");
        assertThat(Word.of("ولندن", Gazetteer.empty()::isWhole).stem()).isEqualTo("لندن");
    }

    @Test
    void readsItsOwnFormatAndRejectsALineWithoutAType() throws Exception {
        Lexicon own = Lexicon.read(new ByteArrayInputStream("# c\nLOC\tكيتو\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(own.match(words("في كيتو"))[1] & LOC_B).isNotZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.read(
                new ByteArrayInputStream("كيتو\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("without a tab");
    }
}
