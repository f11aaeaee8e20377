package org.marsad.watch.deliver;

import java.time.Duration;

/**
 * How often and how patiently a delivery is retried: attempt n (1-based) failing is followed by a wait of
 * {@code base × 2^(n-1)}, at most {@code cap}, or longer when the receiver asked (Retry-After, also at most cap);
 * after {@code maxAttempts} the delivery fails and its channel is paused.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
    /** 8 attempts over about 21 minutes (5 s, 10 s, 20 s … 5 min 20 s between them). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(5), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt, Duration retryAfter) {
        Duration d = base.multipliedBy(1L << Math.min(attempt - 1, 30));
        if (d.compareTo(cap) > 0 || d.isNegative()) {
            d = cap;
        }
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter.compareTo(cap) > 0 ? cap : retryAfter;
        }
        return d;
    }
}
