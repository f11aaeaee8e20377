package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The days a date filter accepts (review18: Hijri days were read as Gregorian year 1445). */
class FilterDaysTest {
    @Test
    void aGregorianDayIsItself() {
        assertThat(FilterDays.parse("2023-12-12")).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(FilterDays.parse(" 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aYearOfTheHijriRangeIsHijri() {
        assertThat(FilterDays.parse("1445-05-28")).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(FilterDays.parse("1445-05-28هـ")).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(FilterDays.parse("1445-9-1")).isEqualTo(LocalDate.of(2024, 3, 11)); // 1 Ramadan 1445
    }

    @Test
    void arabicIndicAndPersianDigitsRead() {
        assertThat(FilterDays.parse("٢٠٢٣-١٢-١٢")).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(FilterDays.parse("۱۴۴۵-۰۵-۲۸")).isEqualTo(LocalDate.of(2023, 12, 12));
    }

    // Every day of the Umm al-Qura years news is written in comes back to itself through its Hijri day.
    @Test
    void hijriDaysRoundTripOnSeededDays() {
        Random random = new Random(18);
        LocalDate start = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = start.plusDays(random.nextInt(40_000));
            HijrahDate h = HijrahDate.from(day);
            String text = String.format("%04d-%02d-%02d", h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR),
                    h.get(ChronoField.DAY_OF_MONTH));
            assertThat(FilterDays.parse(text)).as(text).isEqualTo(day);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13-01", "2023-02-30", "12/12/2023", "2023-12", "أمس", "1445-13-01", "1445-05-31",
        "2023-12-01هـ", "", "20231212"})
    void anythingElseIsRefusedInAFewWords(String text) {
        assertThatThrownBy(() -> FilterDays.parse(text)).isInstanceOf(DateTimeException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }
}
