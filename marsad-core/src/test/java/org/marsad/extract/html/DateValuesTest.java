package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateValuesTest {

    @Test
    void offsetIsKeptAsWrittenNeverMovedToUtc() {
        assertThat(DateValues.parse("2020-06-03T03:01+0400")).isEqualTo("2020-06-03T03:01:00+04:00");
        assertThat(DateValues.parse("2020-06-03T00:30:00+03:00")).isEqualTo("2020-06-03T00:30:00+03:00");
        assertThat(DateValues.parse("2020-03-17T17:27:41Z")).isEqualTo("2020-03-17T17:27:41+00:00");
        assertThat(DateValues.parse("2020-03-17T17:27:41.123-05:00")).isEqualTo("2020-03-17T17:27:41-05:00");
    }

    @Test
    void dateAloneAndLocalTimesStayAsTheyAre() {
        assertThat(DateValues.parse("2020-11-09")).isEqualTo("2020-11-09");
        assertThat(DateValues.parse("2020-11-09 18:34:47")).isEqualTo("2020-11-09T18:34:47");
        assertThat(DateValues.parse("2020/11/09")).isEqualTo("2020-11-09");
    }

    @Test
    void rfc1123KeepsItsZone() {
        assertThat(DateValues.parse("Tue, 3 Jun 2008 11:05:30 +0300")).isEqualTo("2008-06-03T11:05:30+03:00");
    }

    @Test
    void arabicWordsAreReadThroughTheToolkit() {
        assertThat(DateValues.parse("الأربعاء 3 يونيو 2020")).isEqualTo("2020-06-03");
    }

    @Test
    void nonsenseIsNoDate() {
        assertThat(DateValues.parse("0001-01-01T00:00Z")).isNull();
        assertThat(DateValues.parse("2020-13-45")).isNull();
        assertThat(DateValues.parse("tomorrow-ish")).isNull();
        assertThat(DateValues.parse("   ")).isNull();
    }

    /**
     * Dates are written digit by digit instead of through DateTimeFormatter: on random date-times (years of one to
     * five digits, nanoseconds, offsets of whole minutes and with seconds, either sign) the text must be the
     * formatter's.
     */
    @Test
    void writtenAsTheFormatterWritesThem() {
        DateTimeFormatter local = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
        DateTimeFormatter withOffset = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
        Random r = new Random(2026_1206_07L);
        int[] yearBounds = {0, 9, 10, 99, 100, 999, 1000, 1990, 2100, 9999, 10000, 12345, -1, -2024};
        for (int i = 0; i < 200_000; i++) {
            int year = r.nextInt(4) == 0 ? yearBounds[r.nextInt(yearBounds.length)] : 1900 + r.nextInt(300);
            LocalDateTime t = LocalDateTime.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                    r.nextInt(60), r.nextInt(60), r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
            int seconds = r.nextInt(4) == 0 ? r.nextInt(2 * 18 * 3600 + 1) - 18 * 3600
                    : (r.nextInt(2 * 18 * 60 + 1) - 18 * 60) * 60;
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(seconds);
            assertEquals(local.format(t), DateValues.local(t), t::toString);
            assertEquals(withOffset.format(OffsetDateTime.of(t, offset)), DateValues.withOffset(t, offset),
                    () -> t + " " + offset);
        }
    }
}
