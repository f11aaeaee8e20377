package org.marsad.ingest.poll;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.ingest.fetch.FetchResult;

/**
 * Counters of a poller since it started, for {@code /metrics} and {@code /healthz}: fetches and how they failed,
 * polls, articles stored. Thread-safe; counting costs an addition.
 */
public final class PollStats {
    private final LongAdder polls = new LongAdder();
    private final LongAdder failedPolls = new LongAdder();
    private final LongAdder fetches = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private volatile Instant lastPoll;

    /**
     * A copy of the counters.
     *
     * @param polls          source polls finished
     * @param failedPolls    of those, polls whose listings could not be read
     * @param fetches        HTTP fetches made (feeds, sitemaps, pages)
     * @param notModified    of those, answered 304
     * @param stored         articles stored (new or changed)
     * @param failuresByKind failed or refused fetches and unreadable listings, by kind ({@link #kind})
     * @param lastPoll       when the last poll finished, or null
     */
    public record Snapshot(long polls, long failedPolls, long fetches, long notModified, long stored,
                           Map<String, Long> failuresByKind, Instant lastPoll) {
    }

    void fetched(FetchResult r) {
        fetches.increment();
        if (r instanceof FetchResult.NotModified) {
            notModified.increment();
        }
        String kind = kind(r);
        if (kind != null) {
            failed(kind);
        }
    }

    void failed(String kind) {
        failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void polled(PollReport report, Instant at) {
        polls.increment();
        if (!report.success()) {
            failedPolls.increment();
        }
        stored.add(report.stored());
        lastPoll = at;
    }

    /**
     * The failure kind of a fetch, or null when it did not fail: {@code robots}, {@code private_address},
     * {@code scheme} (refused); {@code http_4xx}, {@code http_5xx}, {@code network} (no response: timeout,
     * connection, size limit). Unreadable listings count as {@code feed_format} or {@code sitemap_format}, polls
     * that broke as {@code poll_error}.
     */
    static String kind(FetchResult r) {
        if (r instanceof FetchResult.Refused refused) {
            return refused.reason().name().toLowerCase(Locale.ROOT);
        }
        if (r instanceof FetchResult.Failed f) {
            return f.status() == 0 ? "network" : f.status() < 500 ? "http_4xx" : "http_5xx";
        }
        return null;
    }

    public Snapshot snapshot() {
        Map<String, Long> byKind = new TreeMap<>();
        failures.forEach((k, v) -> byKind.put(k, v.sum()));
        return new Snapshot(polls.sum(), failedPolls.sum(), fetches.sum(), notModified.sum(), stored.sum(),
                Map.copyOf(byKind), lastPoll);
    }
}
