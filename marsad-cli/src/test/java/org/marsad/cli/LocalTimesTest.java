package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    @Test
    void timesAreLocalToTheSecondWithoutNanoseconds() {
        Instant t = Instant.parse("2026-12-04T15:45:26.123456789Z");
        assertThat(LocalTimes.format(t, ZoneId.of("Africa/Cairo"))).isEqualTo("2026-12-04 17:45:26");
        assertThat(LocalTimes.format(t, ZoneId.of("UTC"))).isEqualTo("2026-12-04 15:45:26");
    }

    @Test
    void logLinesStartWithTheLocalTime() {
        Clock riyadh = Clock.fixed(Instant.parse("2026-12-04T21:30:00Z"), ZoneId.of("Asia/Riyadh"));
        assertThat(LocalTimes.stamped(riyadh, "الجزيرة: ok, 3 listed")).isEqualTo("2026-12-05 00:30:00 الجزيرة: ok, 3 listed");
    }
}
