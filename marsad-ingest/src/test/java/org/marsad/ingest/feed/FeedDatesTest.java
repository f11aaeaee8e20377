package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.PublishedDates;

class FeedDatesTest {

    @Test
    void rfc822KeepsItsOffsetAndDay() {
        assertThat(FeedDates.toIso("Wed, 03 Jun 2020 03:01:00 +0400")).isEqualTo("2020-06-03T03:01:00+04:00");
        assertThat(FeedDates.toIso("3 Jun 2020 03:01 +0300")).isEqualTo("2020-06-03T03:01:00+03:00");
        assertThat(FeedDates.toIso("Tue, 02 Jun 2020 22:10:00 GMT")).isEqualTo("2020-06-02T22:10:00Z");
        assertThat(FeedDates.toIso("Tue, 02 Jun 2020 22:10:00 EST")).isEqualTo("2020-06-02T22:10:00-05:00");
        assertThat(FeedDates.toIso("Sun, 02 Jun 2020 22:10:00 +03:00")).isEqualTo("2020-06-02T22:10:00+03:00");
    }

    @Test
    void aWrongWeekdayDoesNotLoseTheDate() {
        assertThat(FeedDates.toIso("Mon, 03 Jun 2020 10:00:00 +0200")).isEqualTo("2020-06-03T10:00:00+02:00");
    }

    @Test
    void rfc3339AndW3cForms() {
        assertThat(FeedDates.toIso("2020-06-03T03:01:00+04:00")).isEqualTo("2020-06-03T03:01:00+04:00");
        assertThat(FeedDates.toIso("2020-06-03T03:01:00.123Z")).isEqualTo("2020-06-03T03:01:00Z");
        assertThat(FeedDates.toIso("2020-06-03 03:01:00+0300")).isEqualTo("2020-06-03T03:01:00+03:00");
        assertThat(FeedDates.toIso("2020-06-03T03:01:00")).isEqualTo("2020-06-03T03:01:00");
        assertThat(FeedDates.toIso("2020-06-03")).isEqualTo("2020-06-03");
    }

    @Test
    void arabicDatesAreReadThroughTheToolkitWithoutInventingAnOffset() {
        assertThat(FeedDates.toIso("الأربعاء 3 يونيو 2020")).isEqualTo("2020-06-03");
        assertThat(FeedDates.toIso("٣ حزيران ٢٠٢٠ 10:30 ص")).startsWith("2020-06-03T10:30");
        assertThat(FeedDates.toIso("الأربعاء 3 يونيو")).as("no year: not guessed").isNull();
        // An unknown zone name: the day and time as written, without an offset rather than a made-up one.
        assertThat(FeedDates.toIso("Wed, 03 Jun 2020 03:01:00 XYZ")).isEqualTo("2020-06-03T03:01:00");
    }

    @Test
    void unreadableTextIsNull() {
        assertThat(FeedDates.toIso("yesterday")).isNull();
        assertThat(FeedDates.toIso("")).isNull();
        assertThat(FeedDates.toIso(null)).isNull();
    }

    @Test
    void anyRfc822DateReadsBackToTheSameLocalDayAndTime() {
        Random random = new Random(20260611L);
        DateTimeFormatter rfc = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);
        for (int i = 0; i < 500; i++) {
            LocalDateTime local = LocalDateTime.of(1995 + random.nextInt(40), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(27) - 12) * 3600);
            String text = rfc.format(local.atOffset(offset));

            String iso = FeedDates.toIso(text);

            assertThat(PublishedDates.day(iso)).as(text).isEqualTo(local.toLocalDate());
            assertThat(iso).as(text).startsWith(local.toString().length() == 16 ? local + ":00" : local.toString());
        }
    }
}
