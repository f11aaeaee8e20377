package org.marsad.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * robots.txt per origin (scheme, host, port), fetched once and kept for a while. Follows RFC 9309: a 4xx means
 * no rules (everything allowed); a 5xx or an unreachable robots.txt means "assume everything disallowed" until
 * the short retry time passes. Only one fetch per origin is in flight; concurrent callers wait for it.
 */
final class RobotsCache {
    /** The product token Marsad obeys in robots.txt ("User-agent: marsad"). */
    static final String AGENT = "marsad";
    private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    interface Loader {
        FetchResult load(URI robotsTxt, boolean allowPrivate, long maxBytes);
    }

    /**
     * The rules for an origin.
     *
     * @param unreachable when robots.txt could not be fetched at all (connection refused, timeout, unknown host):
     *                    that failure, one line; the rules then disallow everything. Null otherwise.
     */
    record Rules(BaseRobotRules rules, String unreachable) {
    }

    private record Entry(Rules rules, Instant expires) {
    }

    private final ConcurrentHashMap<String, CompletableFuture<Entry>> cache = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;
    private final Loader loader;

    RobotsCache(Duration ttl, Clock clock, Loader loader) {
        this.ttl = ttl;
        this.clock = clock;
        this.loader = loader;
    }

    /** The rules that apply to the URL's origin. */
    Rules rulesFor(URI uri, boolean allowPrivate) throws InterruptedException {
        String origin = origin(uri);
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> existing = cache.putIfAbsent(origin, mine);
            if (existing == null) {
                Entry e;
                try {
                    e = load(origin, allowPrivate);
                } catch (RuntimeException x) {
                    cache.remove(origin, mine);
                    mine.completeExceptionally(x);
                    throw x;
                }
                mine.complete(e);
                return e.rules();
            }
            try {
                Entry e = existing.get();
                if (e.expires().isAfter(clock.instant())) {
                    return e.rules();
                }
                cache.remove(origin, existing);
            } catch (ExecutionException x) {
                cache.remove(origin, existing);
            }
        }
    }

    private Entry load(String origin, boolean allowPrivate) {
        URI robots = URI.create(origin + "/robots.txt");
        FetchResult r = loader.load(robots, allowPrivate, MAX_ROBOTS_BYTES);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        Instant now = clock.instant();
        if (r instanceof FetchResult.Fetched f) {
            BaseRobotRules rules = parser.parseContent(robots.toString(), f.body(),
                    f.contentType() == null ? "text/plain" : f.contentType(), List.of(AGENT));
            return new Entry(new Rules(rules, null), now.plus(ttl));
        }
        if (r instanceof FetchResult.Failed failed && failed.status() >= 400 && failed.status() < 500) {
            return new Entry(new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null),
                    now.plus(ttl));
        }
        // A network failure (status 0) is not a rule of the host's: say what it was, so that callers report it.
        String unreachable = r instanceof FetchResult.Failed failed && failed.status() == 0
                ? failed.message().replace(" (" + robots + ")", "") : null;
        return new Entry(new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), unreachable),
                now.plus(UNREACHABLE_TTL));
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
