package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

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
}
