package org.marsad.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceHealthTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration EVERY_15 = Duration.ofMinutes(15);

    @Test
    void failuresBackOffExponentiallyUpToADay() {
        SourceHealth h = SourceHealth.NEW;
        Duration previous = Duration.ZERO;
        for (int i = 1; i <= 12; i++) {
            h = h.failed(T0, EVERY_15, "HTTP 500");
            Duration wait = Duration.between(T0, h.nextPoll());
            assertThat(wait).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(SourceHealth.MAX_BACKOFF);
            previous = wait;
        }
        assertThat(h.consecutiveFailures()).isEqualTo(12);
        assertThat(previous).isEqualTo(SourceHealth.MAX_BACKOFF);
        assertThat(SourceHealth.NEW.failed(T0, EVERY_15, "x").nextPoll()).isEqualTo(T0.plus(EVERY_15));
        assertThat(SourceHealth.NEW.failed(T0, EVERY_15, "x").failed(T0, EVERY_15, "x").nextPoll())
                .isEqualTo(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aSuccessClearsTheErrorAndTheBackoff() {
        SourceHealth failing = SourceHealth.NEW.failed(T0, EVERY_15, "timeout").failed(T0, EVERY_15, "timeout");
        Instant later = T0.plusSeconds(3600);

        SourceHealth ok = failing.succeeded(later, EVERY_15);

        assertThat(ok).isEqualTo(new SourceHealth(later, null, later.plus(EVERY_15), 0));
        assertThat(ok.isDue(later)).isFalse();
        assertThat(ok.isDue(later.plus(EVERY_15))).isTrue();
        assertThat(SourceHealth.NEW.isDue(T0)).isTrue();
    }
}
