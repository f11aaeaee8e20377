package org.marsad.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times as the person at the terminal reads them: the machine's local time, to the second ("2026-12-04 17:45:26"),
 * never a UTC instant with nanoseconds. Log lines of the long-running commands start with one.
 */
final class LocalTimes {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private LocalTimes() {
    }

    /** The instant in {@code zone}, to the second. */
    static String format(Instant t, ZoneId zone) {
        return SECOND.format(t.atZone(zone));
    }

    /** The instant in the machine's time zone, to the second. */
    static String format(Instant t) {
        return format(t, ZoneId.systemDefault());
    }

    /** A log line stamped with the clock's local time: "2026-12-04 17:45:26 الجزيرة: ok, …". */
    static String stamped(Clock clock, String line) {
        return format(clock.instant(), clock.getZone()) + " " + line;
    }

    /** A log sink that stamps each line with the machine's local time before handing it on. */
    static Consumer<String> stamping(Consumer<String> sink) {
        Clock local = Clock.systemDefaultZone();
        return line -> sink.accept(stamped(local, line));
    }
}
