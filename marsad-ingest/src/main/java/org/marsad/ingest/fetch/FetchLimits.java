package org.marsad.ingest.fetch;

import java.time.Duration;

/**
 * The bounds a {@link Fetcher} keeps to: every request ends, every body is bounded, every host is spared.
 *
 * @param connectTimeout     time to open a connection
 * @param requestTimeout     time for one attempt, from sending the request to the last byte of the body
 * @param maxBodyBytes       largest body accepted as sent on the wire (compressed or not)
 * @param maxDecodedBytes    largest body accepted after gzip/deflate decoding (a compression bomb stops here)
 * @param maxRedirects       redirects followed before giving up
 * @param maxRetries         extra attempts after a 5xx, a 429 or a timeout
 * @param retryBaseDelay     delay before the first retry; doubled for each further one
 * @param retryMaxDelay      upper bound of one retry delay (also caps a server's Retry-After)
 * @param hostDelay          least time between two requests to the same host (robots.txt Crawl-delay may raise it)
 * @param maxCrawlDelay      the most a robots.txt Crawl-delay may raise the host delay to; in production 300 s,
 *                           so a site's Crawl-delay is honoured as given (a Crawl-delay above 300 s makes
 *                           robots.txt read as disallowing everything: crawler-commons' rule)
 * @param perHostConcurrency requests in flight to one host at most
 * @param robotsTtl          how long a host's robots.txt is cached
 */
public record FetchLimits(
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        long maxDecodedBytes,
        int maxRedirects,
        int maxRetries,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        Duration hostDelay,
        Duration maxCrawlDelay,
        int perHostConcurrency,
        Duration robotsTtl) {

    public FetchLimits {
        if (maxBodyBytes <= 0 || maxDecodedBytes <= 0 || maxRedirects < 0 || maxRetries < 0 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /**
     * Polite production defaults: 1 s between requests to a host (a robots.txt Crawl-delay raises it, as given, up
     * to 300 s), 10 MB bodies, 5 redirects, 2 retries.
     */
    public static FetchLimits defaults() {
        return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 20L << 20, 5, 2,
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(300), 2,
                Duration.ofHours(24));
    }

    public FetchLimits withRequestTimeout(Duration d) {
        return new FetchLimits(connectTimeout, d, maxBodyBytes, maxDecodedBytes, maxRedirects, maxRetries,
                retryBaseDelay, retryMaxDelay, hostDelay, maxCrawlDelay, perHostConcurrency, robotsTtl);
    }

    public FetchLimits withBodyLimits(long wire, long decoded) {
        return new FetchLimits(connectTimeout, requestTimeout, wire, decoded, maxRedirects, maxRetries,
                retryBaseDelay, retryMaxDelay, hostDelay, maxCrawlDelay, perHostConcurrency, robotsTtl);
    }

    public FetchLimits withRetries(int retries, Duration baseDelay) {
        return new FetchLimits(connectTimeout, requestTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects, retries,
                baseDelay, retryMaxDelay, hostDelay, maxCrawlDelay, perHostConcurrency, robotsTtl);
    }

    public FetchLimits withHostDelay(Duration d) {
        return new FetchLimits(connectTimeout, requestTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects, maxRetries,
                retryBaseDelay, retryMaxDelay, d, maxCrawlDelay, perHostConcurrency, robotsTtl);
    }
}
