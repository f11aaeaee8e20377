package org.marsad.ingest.poll;

/**
 * Bounds of one poll.
 *
 * @param maxPagesPerPoll   new article pages fetched per source per poll at most (the newest first)
 * @param maxChildSitemaps  sitemaps read from a sitemap index per poll at most (news sitemaps first)
 * @param threads           sources polled in parallel
 */
public record PollLimits(int maxPagesPerPoll, int maxChildSitemaps, int threads) {
    public static PollLimits defaults() {
        return new PollLimits(100, 3, 4);
    }
}
