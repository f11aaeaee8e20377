package org.marsad.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that a test moves by hand, and that can also move on by a fixed step each time it is read (for code that
 * must see time pass between two reads, such as a commit that is due after an interval). Shared by the modules' tests
 * through this module's test jar, so that each test does not carry its own copy of the same {@link Clock} subclass.
 */
public final class TestClock extends Clock {
    private final Duration stepPerRead;
    private Instant now;

    /** A clock standing at {@code start} until the test moves it. */
    public TestClock(Instant start) {
        this(start, Duration.ZERO);
    }

    /** A clock at {@code start} that moves on by {@code stepPerRead} each time {@link #instant()} is read. */
    public TestClock(Instant start, Duration stepPerRead) {
        this.now = start;
        this.stepPerRead = stepPerRead;
    }

    /** Sets the time. */
    public synchronized void set(Instant time) {
        now = time;
    }

    /** Moves the time on by {@code d}. */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** The time now, without moving it. */
    public synchronized Instant now() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(stepPerRead);
        return now;
    }
}
