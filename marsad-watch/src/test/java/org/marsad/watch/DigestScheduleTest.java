package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {
    static final LocalTime EIGHT = LocalTime.of(8, 0);

    @Test
    void dailyDigestIsAtTheLocalTimeInTheOwnersZone() {
        ZoneId riyadh = ZoneId.of("Asia/Riyadh"); // UTC+3
        assertThat(DigestSchedule.next(WatchMode.DAILY, EIGHT, riyadh, Instant.parse("2025-03-02T04:00:00Z")))
                .isEqualTo(Instant.parse("2025-03-02T05:00:00Z"));
        // Past 08:00 in Riyadh: tomorrow.
        assertThat(DigestSchedule.next(WatchMode.DAILY, EIGHT, riyadh, Instant.parse("2025-03-02T05:00:00Z")))
                .isEqualTo(Instant.parse("2025-03-03T05:00:00Z"));
    }

    @Test
    void dailyDigestKeepsItsLocalTimeAcrossDaylightSaving() {
        ZoneId beirut = ZoneId.of("Asia/Beirut"); // UTC+2 in winter, UTC+3 from the last Sunday of March
        Instant before = Instant.parse("2025-03-29T07:00:00Z");
        Instant first = DigestSchedule.next(WatchMode.DAILY, EIGHT, beirut, before);
        Instant second = DigestSchedule.next(WatchMode.DAILY, EIGHT, beirut, first);
        assertThat(first).isEqualTo(Instant.parse("2025-03-30T05:00:00Z"));
        assertThat(second).isEqualTo(Instant.parse("2025-03-31T05:00:00Z"));
    }

    @Test
    void hourlyDigestIsOnTheLocalHourEvenWithAHalfHourOffset() {
        ZoneId tehran = ZoneId.of("Asia/Tehran"); // UTC+3:30
        assertThat(DigestSchedule.next(WatchMode.HOURLY, EIGHT, tehran, Instant.parse("2025-03-02T04:10:00Z")))
                .isEqualTo(Instant.parse("2025-03-02T04:30:00Z"));
        assertThat(DigestSchedule.next(WatchMode.HOURLY, EIGHT, ZoneId.of("UTC"),
                Instant.parse("2025-03-02T04:00:00Z"))).isEqualTo(Instant.parse("2025-03-02T05:00:00Z"));
    }

    @Test
    void modesWithoutDigestsHaveNone() {
        assertThat(DigestSchedule.next(WatchMode.STORIES, EIGHT, ZoneId.of("UTC"), Instant.EPOCH)).isNull();
        assertThat(DigestSchedule.next(WatchMode.EVERY, EIGHT, ZoneId.of("UTC"), Instant.EPOCH)).isNull();
    }
}
