package org.marsad.web.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, from one address for one name, or
 * from one address for any names, further attempts are refused until the window ends, without checking the password
 * (so the refusal costs no bcrypt time either).
 *
 * <p>Memory is bounded: at most {@code maxEntries} counters are kept, the least recently touched dropped first. An
 * address guessing many names keeps its own per-address counter in use, so it cannot push that counter out by
 * spreading its guesses.
 *
 * <p>Thread safety: all methods are synchronized.
 */
public final class LoginThrottle {
    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Counter> counters;

    private static final class Counter {
        Instant start;
        int failures;

        Counter(Instant start) {
            this.start = start;
        }
    }

    /**
     * @param maxPerName    failures allowed per (address, name) within a window
     * @param maxPerAddress failures allowed per address, whatever the names, within a window
     * @param window        how long failures count
     * @param maxEntries    counters kept at most
     * @param clock         "now"
     */
    public LoginThrottle(int maxPerName, int maxPerAddress, Duration window, int maxEntries, Clock clock) {
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
        this.counters = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** 5 failures per address and name, 20 per address, in 15 minutes; 10,000 counters at most. */
    public static LoginThrottle defaults(Clock clock) {
        return new LoginThrottle(5, 20, Duration.ofMinutes(15), 10_000, clock);
    }

    /** How long to wait before trying again, when an attempt from {@code address} for {@code name} is refused now. */
    public synchronized Optional<Duration> blocked(String address, String name) {
        Instant now = clock.instant();
        Duration wait = waitFor(addressKey(address), maxPerAddress, now);
        Duration forName = waitFor(nameKey(address, name), maxPerName, now);
        Duration longer = wait.compareTo(forName) >= 0 ? wait : forName;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    /** Counts a failed attempt. */
    public synchronized void failed(String address, String name) {
        Instant now = clock.instant();
        count(addressKey(address), now);
        count(nameKey(address, name), now);
    }

    /** Forgets the failures for this address and name (the right password was given). */
    public synchronized void succeeded(String address, String name) {
        counters.remove(nameKey(address, name));
    }

    /** Counters held now (for tests of the bound). */
    public synchronized int size() {
        return counters.size();
    }

    private Duration waitFor(String key, int max, Instant now) {
        Counter c = counters.get(key);
        if (c == null || c.failures < max) {
            return Duration.ZERO;
        }
        Instant end = c.start.plus(window);
        return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
    }

    private void count(String key, Instant now) {
        Counter c = counters.computeIfAbsent(key, k -> new Counter(now));
        if (!now.isBefore(c.start.plus(window))) {
            c.start = now;
            c.failures = 0;
        }
        c.failures++;
    }

    private static String addressKey(String address) {
        return "a\n" + address;
    }

    private static String nameKey(String address, String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return "n\n" + address + "\n" + (n.length() > 100 ? n.substring(0, 100) : n);
    }
}
