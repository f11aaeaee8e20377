package org.marsad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;

class FigureTextTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void valuesWithTheirComparatorRangeAndUnit() {
        assertThat(FigureText.value(d("20258"), null, null, Category.KILLED, null)).isEqualTo("20,258");
        assertThat(FigureText.value(d("100"), null, Comparison.MORE_THAN, Category.KILLED, null))
                .isEqualTo("أكثر من 100");
        assertThat(FigureText.value(d("30"), d("40"), null, Category.INJURED, null)).isEqualTo("30–40");
        assertThat(FigureText.value(d("7000"), null, Comparison.ABOUT, Category.MISSING, null)).isEqualTo("نحو 7,000");
        assertThat(FigureText.value(d("2.5"), null, null, Category.PERCENT, null)).isEqualTo("2.5٪");
        assertThat(FigureText.value(d("500000000"), null, Comparison.AT_LEAST, Category.MONEY, "USD"))
                .isEqualTo("لا يقل عن 500,000,000 USD");
        assertThat(FigureText.value(null, null, null, Category.KILLED, null)).isEqualTo("عدد غير محدد");
    }

    @Test
    void fractionsKeepTwoDecimalsAndTrailingZerosGo() {
        assertThat(FigureText.number(d("1.90E+6"))).isEqualTo("1,900,000");
        assertThat(FigureText.number(d("12.345"))).isEqualTo("12.35");
        assertThat(FigureText.number(d("3.0"))).isEqualTo("3");
    }

    @Test
    void everyCategoryHasAnArabicName() {
        for (Category c : Category.values()) {
            assertThat(FigureText.category(c)).matches(".*[\\u0621-\\u064A].*");
        }
        assertThat(FigureText.category(Category.KILLED)).isEqualTo("القتلى");
    }
}
