package org.marsad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateDisplayTest {
    @Test
    void gregorianInArabicWithWeekday() {
        assertThat(DateDisplay.gregorian(LocalDate.of(2023, 12, 24))).isEqualTo("الأحد 24 ديسمبر 2023");
    }

    @Test
    void hijriUsesUmmAlQuraMonthNames() {
        assertThat(DateDisplay.hijri(LocalDate.of(2023, 12, 24))).contains("11 جمادى الآخرة 1445 هـ");
        // 1 Ramadan 1445 was 11 March 2024
        assertThat(DateDisplay.hijri(LocalDate.of(2024, 3, 11))).contains("1 رمضان 1445 هـ");
    }

    @Test
    void hijriIsEmptyOutsideTheCalendarTables() {
        assertThat(DateDisplay.hijri(LocalDate.of(1700, 1, 1))).isEmpty();
    }

    /** Property test (seeded): the fast day reader agrees with LocalDate.parse on days, near-days and junk. */
    @Test
    void isoDayReadsWhatLocalDateParseReads() {
        java.util.Random rnd = new java.util.Random(20261205L);
        String alphabet = "0123456789-/a٣ ";
        int days = 0;
        for (int i = 0; i < 20_000; i++) {
            String text;
            if (rnd.nextInt(3) > 0) {
                // day-shaped, often out of range (month 13, 31 April, 29 February of common years)
                text = String.format("%04d-%02d-%02d", rnd.nextInt(3000), rnd.nextInt(14), rnd.nextInt(33));
            } else {
                StringBuilder b = new StringBuilder();
                for (int k = rnd.nextInt(12); k > 0; k--) {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                text = b.toString();
            }
            LocalDate expected;
            try {
                expected = LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                String t = text;
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> DateDisplay.isoDay(t)).as(t)
                        .isInstanceOf(java.time.format.DateTimeParseException.class);
                continue;
            }
            assertThat(DateDisplay.isoDay(text)).as(text).isEqualTo(expected);
            days++;
        }
        assertThat(days).isGreaterThan(5_000);
    }

    /** Property test (seeded): the fast month reader agrees with YearMonth.parse on months, near-months and junk. */
    @Test
    void isoMonthReadsWhatYearMonthParseReads() {
        java.util.Random rnd = new java.util.Random(20261206L);
        String alphabet = "0123456789-/a٣ +";
        int months = 0;
        for (int i = 0; i < 20_000; i++) {
            String text;
            if (rnd.nextInt(3) > 0) {
                // month-shaped, often out of range (month 0, 13)
                text = String.format("%04d-%02d", rnd.nextInt(3000), rnd.nextInt(14));
            } else {
                StringBuilder b = new StringBuilder();
                for (int k = rnd.nextInt(10); k > 0; k--) {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                text = b.toString();
            }
            java.time.YearMonth expected;
            try {
                expected = java.time.YearMonth.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                String t = text;
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> DateDisplay.isoMonth(t)).as(t)
                        .isInstanceOf(java.time.format.DateTimeParseException.class);
                assertThat(DateDisplay.month(t)).as(t).isEqualTo(t);
                continue;
            }
            assertThat(DateDisplay.isoMonth(text)).as(text).isEqualTo(expected);
            months++;
        }
        assertThat(months).isGreaterThan(5_000);
    }

    /**
     * Property test (seeded): a month's words, kept by the month, are the formatter's words for that month, asked
     * first or again, by the month or by its "YYYY-MM" key, among other months in random order.
     */
    @Test
    void aMonthsWordsAreTheFormattersWhenAskedAgain() {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("MMMM y",
                java.util.Locale.forLanguageTag("ar"));
        java.util.Random rnd = new java.util.Random(6122026L);
        for (int i = 0; i < 5_000; i++) {
            java.time.YearMonth m = java.time.YearMonth.of(1900 + rnd.nextInt(200), 1 + rnd.nextInt(12));
            String expected = format.format(m.atDay(1));
            assertThat(DateDisplay.month(m)).as(m.toString()).isEqualTo(expected);
            assertThat(DateDisplay.month(m.toString())).as(m.toString()).isEqualTo(expected);
        }
        assertThat(DateDisplay.month(java.time.YearMonth.of(2023, 12))).isEqualTo("ديسمبر 2023");
    }

    /**
     * Property test (seeded): a day's words are the same whether written first or again later among other days
     * (they are kept once written), and they name that day: the weekday, day, month and year change with it.
     */
    @Test
    void aDaysWordsAreTheSameWhenAskedAgainAndNameThatDay() {
        java.util.Random rnd = new java.util.Random(20261206L);
        java.util.Map<LocalDate, String[]> first = new java.util.HashMap<>();
        java.util.Map<String, LocalDate> byText = new java.util.HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            LocalDate d = LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(15_000));
            String[] words = {DateDisplay.gregorian(d), DateDisplay.gregorianShort(d),
                    DateDisplay.month(d.toString().substring(0, 7))};
            String[] before = first.putIfAbsent(d, words);
            if (before != null) {
                assertThat(words).as(d.toString()).containsExactly(before);
            }
            assertThat(words[0]).as(d.toString()).endsWith(words[1]).contains(Integer.toString(d.getYear()));
            assertThat(words[1]).as(d.toString()).startsWith(d.getDayOfMonth() + " ").endsWith(words[2]);
            LocalDate other = byText.putIfAbsent(words[0], d);
            assertThat(other == null || other.equals(d)).as(words[0] + " names one day").isTrue();
        }
        assertThat(first.size()).isLessThan(5_000); // some days were asked again
    }

    @Test
    void aSearchsDateRangeIsWrittenInWordsNotAsIsoKeys() {
        assertThat(DateDisplay.range("2023-12-01", "2023-12-31")).isEqualTo("من 1 ديسمبر 2023 إلى 31 ديسمبر 2023");
        assertThat(DateDisplay.range("2026-12-05", "2026-12-05")).isEqualTo("5 ديسمبر 2026");
        assertThat(DateDisplay.range("2024-03-11", null)).isEqualTo("منذ 11 مارس 2024");
        assertThat(DateDisplay.range(null, "2024-03-11")).isEqualTo("حتى 11 مارس 2024");
        // property: no ISO key is left to be laid out backwards, whatever the two days
        java.util.Random rnd = new java.util.Random(5122026L);
        for (int i = 0; i < 200; i++) {
            String a = LocalDate.ofEpochDay(rnd.nextInt(30_000)).toString();
            String b = LocalDate.ofEpochDay(rnd.nextInt(30_000)).toString();
            assertThat(DateDisplay.range(a, b)).as(a + " " + b).doesNotContainPattern("\\d{4}-\\d{2}")
                    .contains(a.substring(0, 4)).contains(b.substring(0, 4));
        }
    }

    @Test
    void monthKeys() {
        assertThat(DateDisplay.month("2024-03")).isEqualTo("مارس 2024");
        assertThat(DateDisplay.month("garbage")).isEqualTo("garbage");
    }

    @Test
    void theHourKeepsTheOffsetOfThePlaceOfPublication() {
        assertThat(DateDisplay.hour(java.time.OffsetDateTime.parse("2025-04-12T09:30:00+01:00")))
                .isEqualTo("09:30 UTC+01:00");
        assertThat(DateDisplay.hour(java.time.OffsetDateTime.parse("2020-06-03T01:30:00-04:30")))
                .isEqualTo("01:30 UTC-04:30");
        assertThat(DateDisplay.hour(java.time.OffsetDateTime.parse("2025-04-12T22:05:59Z"))).isEqualTo("22:05 UTC");
        assertThat(DateDisplay.hour(java.time.Instant.parse("2025-04-12T10:00:00Z")
                .atZone(java.time.ZoneId.of("Asia/Riyadh")))).isEqualTo("13:00 Asia/Riyadh");
        assertThat(DateDisplay.hour(java.time.Instant.parse("2025-04-12T10:00:00Z")
                .atZone(java.time.ZoneOffset.UTC))).isEqualTo("10:00 UTC");
        // A server whose zone is the region "Etc/UTC" (Debian's default) says UTC, not the region's ID.
        assertThat(DateDisplay.hour(java.time.Instant.parse("2025-04-12T10:00:00Z")
                .atZone(java.time.ZoneId.of("Etc/UTC")))).isEqualTo("10:00 UTC");
    }
}
