package org.marsad.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.testing.TestClock;

class LoginThrottleTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void refusesAfterTooManyFailuresForOneNameUntilTheWindowEnds() {
        TestClock clock = new TestClock(START);
        LoginThrottle t = new LoginThrottle(3, 100, Duration.ofMinutes(15), 1000, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(t.blocked("10.0.0.1", "salma")).isEmpty();
            t.failed("10.0.0.1", "salma");
        }
        assertThat(t.blocked("10.0.0.1", "salma")).contains(Duration.ofMinutes(15));
        assertThat(t.blocked("10.0.0.1", " SALMA ")).as("same name, other spelling").isPresent();
        assertThat(t.blocked("10.0.0.2", "salma")).as("another address").isEmpty();
        assertThat(t.blocked("10.0.0.1", "amal")).as("another name").isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(t.blocked("10.0.0.1", "salma")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(t.blocked("10.0.0.1", "salma")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyNamesIsStoppedToo() {
        LoginThrottle t = new LoginThrottle(5, 20, Duration.ofMinutes(15), 1000, new TestClock(START));
        for (int i = 0; i < 20; i++) {
            t.failed("10.0.0.9", "name" + i);
        }
        assertThat(t.blocked("10.0.0.9", "someone-new")).isPresent();
        assertThat(t.blocked("10.0.0.8", "someone-new")).isEmpty();
    }

    @Test
    void successForgetsThatNamesFailures() {
        LoginThrottle t = new LoginThrottle(3, 100, Duration.ofMinutes(15), 1000, new TestClock(START));
        t.failed("10.0.0.1", "salma");
        t.failed("10.0.0.1", "salma");
        t.succeeded("10.0.0.1", "salma");
        t.failed("10.0.0.1", "salma");
        t.failed("10.0.0.1", "salma");
        assertThat(t.blocked("10.0.0.1", "salma")).isEmpty();
    }

    @Test
    void memoryStaysBoundedWhateverArrives() {
        Random random = new Random(42);
        LoginThrottle t = new LoginThrottle(5, 20, Duration.ofMinutes(15), 500, new TestClock(START));
        for (int i = 0; i < 20_000; i++) {
            t.failed("10." + random.nextInt(256) + "." + random.nextInt(256) + ".1", Long.toString(random.nextLong()));
            assertThat(t.size()).isLessThanOrEqualTo(500);
        }
        // A busy guesser stays counted while the others come and go (its counter is touched at every attempt).
        LoginThrottle u = new LoginThrottle(5, 20, Duration.ofMinutes(15), 100, new TestClock(START));
        for (int i = 0; i < 1000; i++) {
            u.failed("10.9.9.9", "guess" + i);
            u.failed("10." + random.nextInt(256) + ".0.1", "x");
        }
        assertThat(u.blocked("10.9.9.9", "anything")).isPresent();
    }
}
