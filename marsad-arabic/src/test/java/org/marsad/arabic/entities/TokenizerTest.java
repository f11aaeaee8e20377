package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void splitsWordsFromPunctuationWithOffsets() {
        String text = "قال: «بلغ 1.5 مليون»، وانتهى.\nثم";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text)
                .containsExactly("قال", ":", "«", "بلغ", "1.5", "مليون", "»", "،", "وانتهى", ".", "ثم");
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(tokens).filteredOn(Token::sentenceEnd).extracting(Token::text).containsExactly(".", "ثم");
    }

    @Test
    void keepsDiacriticsAndTatweelInsideWords() {
        assertThat(Tokenizer.tokenize("وَالمُفَاوَضَاتُ الـمـفاوضات")).extracting(Token::text)
                .containsExactly("وَالمُفَاوَضَاتُ", "الـمـفاوضات");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(Tokenizer.tokenize("عنوان\n\nنص")).extracting(Token::sentenceEnd).containsExactly(true, true);
    }
}
