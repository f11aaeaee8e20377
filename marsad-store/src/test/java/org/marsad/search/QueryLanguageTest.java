package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.search.QueryLanguage.All;
import org.marsad.search.QueryLanguage.And;
import org.marsad.search.QueryLanguage.DateBound;
import org.marsad.search.QueryLanguage.Filter;
import org.marsad.search.QueryLanguage.Not;
import org.marsad.search.QueryLanguage.Or;
import org.marsad.search.QueryLanguage.Phrase;
import org.marsad.search.QueryLanguage.Word;

class QueryLanguageTest {
    @Test
    void wordsAreJoinedByAnd() {
        assertThat(QueryLanguage.parse("غزة المفاوضات"))
                .isEqualTo(new And(List.of(new Word("غزة"), new Word("المفاوضات"))));
    }

    @Test
    void orBindsLooserThanAnd() {
        assertThat(QueryLanguage.parse("غزة هدنة OR لبنان")).isEqualTo(new Or(List.of(
                new And(List.of(new Word("غزة"), new Word("هدنة"))), new Word("لبنان"))));
    }

    @Test
    void phrasesFieldsDatesAndNegation() {
        assertThat(QueryLanguage.parse("\"وقف إطلاق النار\" source:\"الجزيرة نت\" tag:غزة -لبنان NOT سوريا "
                + "from:2023-12-01 to:2023-12-31")).isEqualTo(new And(List.of(
                new Phrase("وقف إطلاق النار"), new Filter("source", "الجزيرة نت"), new Filter("tag", "غزة"),
                new Not(new Word("لبنان")), new Not(new Word("سوريا")),
                new DateBound(LocalDate.of(2023, 12, 1), false), new DateBound(LocalDate.of(2023, 12, 31), true))));
    }

    @Test
    void parenthesesGroup() {
        assertThat(QueryLanguage.parse("(غزة OR رفح) AND هدنة")).isEqualTo(new And(List.of(
                new Or(List.of(new Word("غزة"), new Word("رفح"))), new Word("هدنة"))));
    }

    @Test
    void aHyphenInsideAWordIsNotNegation() {
        assertThat(QueryLanguage.parse("كوفيد-19")).isEqualTo(new Word("كوفيد-19"));
    }

    @Test
    void blankIsEverything() {
        assertThat(QueryLanguage.parse("  ")).isEqualTo(new All());
        assertThat(QueryLanguage.parse(null)).isEqualTo(new All());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"غزة", "(غزة", "غزة)", "AND غزة", "غزة OR", "NOT", "from:2023-13-01", "to:أمس",
            "foo:bar", "source:", "()", "\"\""})
    void badSyntaxIsOneLineError(String query) {
        assertThatThrownBy(() -> QueryLanguage.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("bad query: ").doesNotContain("\n"));
    }
}
