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
    void aHijriDayBoundsAtItsGregorianDay() {
        assertThat(QueryLanguage.parse("from:1445-05-28 to:١٤٤٥-٠٦-١٨")).isEqualTo(new And(List.of(
                new DateBound(LocalDate.of(2023, 12, 12), false), new DateBound(LocalDate.of(2023, 12, 31), true))));
    }

    // product20: "غزة from:2023-12-14 to:2023-12-10" matched nothing, without a word, while the API refused its
    // from/to parameters so. Bounds that must hold together are checked; alternatives (OR) are not.
    @Test
    void aFromAfterATheToItMustMeetIsRefusedInOneLine() {
        for (String q : List.of("غزة from:2023-12-14 to:2023-12-10", "to:2023-12-10 غزة from:2023-12-14",
                "(غزة from:2023-12-14) AND to:2023-12-10", "from:2023-12-01 to:2023-12-31 from:2024-01-02")) {
            assertThatThrownBy(() -> QueryLanguage.parse(q)).as(q).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageStartingWith("bad query: 'from:' 20").hasMessageContaining(" is after 'to:' 2023-12-");
        }
        assertThatThrownBy(() -> QueryLanguage.parse("غزة from:2023-12-14 to:2023-12-10"))
                .hasMessage("bad query: 'from:' 2023-12-14 is after 'to:' 2023-12-10");
        // one day, and bounds in alternatives, are fine
        assertThat(QueryLanguage.parse("from:2023-12-10 to:2023-12-10")).isInstanceOf(And.class);
        assertThat(QueryLanguage.parse("from:2023-12-14 OR to:2023-12-10")).isInstanceOf(Or.class);
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
            "from:1445-13-01", "from:2023-12-01هـ",
            "foo:bar", "source:", "()", "\"\""})
    void badSyntaxIsOneLineError(String query) {
        assertThatThrownBy(() -> QueryLanguage.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("bad query: ").doesNotContain("\n"));
    }

    // Issue 19: these ended the CLI in a StackOverflowError or Lucene's "maxClauseCount is set to 1024".
    @Test
    void deepNestingAndManyTermsAreRefusedWithAClearMessage() {
        String parens = "(".repeat(2_000) + "غزة" + ")".repeat(2_000);
        String nots = "NOT ".repeat(20_000) + "غزة";
        String minus = "-".repeat(1) + "(-".repeat(5_000) + "غزة" + ")".repeat(5_000);
        String terms = "غزة ".repeat(3_000);
        for (String q : List.of(parens, nots, minus)) {
            assertThatThrownBy(() -> QueryLanguage.parse(q)).isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("bad query: nested too deeply (at most 32 levels of parentheses and NOT)");
        }
        assertThatThrownBy(() -> QueryLanguage.parse(terms)).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("bad query: too many terms (3000; at most 100)");
    }

    @Test
    void theLimitsThemselvesParse() {
        String deep = "(".repeat(QueryLanguage.MAX_DEPTH) + "غزة" + ")".repeat(QueryLanguage.MAX_DEPTH);
        assertThat(QueryLanguage.parse(deep)).isEqualTo(new Word("غزة"));
        assertThat(QueryLanguage.parse("NOT ".repeat(QueryLanguage.MAX_DEPTH) + "غزة")).isInstanceOf(Not.class);
        assertThat(QueryLanguage.parse("غزة ".repeat(QueryLanguage.MAX_TERMS))).isInstanceOf(And.class);
    }

    @Test
    void figureBoundsParseTheirCategoryComparisonAndNumber() {
        assertThat(QueryLanguage.parse("figure:killed>100")).isEqualTo(
                new QueryLanguage.FigureBound(org.marsad.arabic.figures.Category.KILLED, ">", new java.math.BigDecimal("100")));
        assertThat(QueryLanguage.parse("figure:Displaced>=1,000,000")).isEqualTo(new QueryLanguage.FigureBound(
                org.marsad.arabic.figures.Category.DISPLACED, ">=", new java.math.BigDecimal("1000000")));
        assertThat(QueryLanguage.parse("figure:percent<=٦٫٥")).isEqualTo(new QueryLanguage.FigureBound(
                org.marsad.arabic.figures.Category.PERCENT, "<=", new java.math.BigDecimal("6.5")));
        assertThat(QueryLanguage.parse("غزة figure:detained=20")).isEqualTo(new And(List.of(new Word("غزة"),
                new QueryLanguage.FigureBound(org.marsad.arabic.figures.Category.DETAINED, "=",
                        new java.math.BigDecimal("20")))));
    }
}
