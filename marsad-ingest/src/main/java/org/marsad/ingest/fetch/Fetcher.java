package org.marsad.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Marsad's polite, defensive HTTP client. One instance is shared by all polls; it is thread-safe.
 *
 * <p>For each request it: refuses non-public addresses unless allowed ({@link AddressGuard}, checked on every
 * hop); obeys the host's robots.txt (cached per origin); waits its turn on the host (delay between requests,
 * concurrency limit, robots Crawl-delay honoured up to a bound); sends validators for a conditional GET;
 * follows redirects itself, up to a bound and never in a loop, checking each hop; bounds the wire size, the
 * decoded size (gzip/deflate) and the time of each attempt; retries 5xx, 429 and timeouts with exponential
 * backoff a bounded number of times. It never throws for a network outcome: every outcome is a
 * {@link FetchResult}.
 */
public final class Fetcher {
    /** Sent with every request, so that site owners know who is asking and where to read about it. */
    public static final String USER_AGENT = "Marsad/0.1 (+https://github.com/marsad/marsad)";
    private static final long ERROR_BODY_CAP = 64 * 1024;

    private final HttpClient client;
    private final FetchLimits limits;
    private final AddressGuard guard;
    private final HostGate gate;
    private final RobotsCache robots;
    private final Pacing pacing;

    private Fetcher(FetchLimits limits, AddressGuard.Resolver resolver, ProxySelector proxy, Clock clock,
            Pacing pacing) {
        this.limits = limits;
        this.pacing = pacing;
        this.guard = new AddressGuard(resolver);
        this.gate = new HostGate(limits.perHostConcurrency(), pacing);
        this.robots = new RobotsCache(limits.robotsTtl(), clock,
                (uri, allowPrivate, cap) -> fetch(new FetchRequest(uri, allowPrivate, Validators.NONE, "text/plain"),
                        false, cap));
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .proxy(proxy == null ? HttpClient.Builder.NO_PROXY : proxy)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A fetcher with the system resolver and no proxy. */
    public static Fetcher create(FetchLimits limits) {
        return new Fetcher(limits, AddressGuard.SYSTEM, null, Clock.systemUTC(), Pacing.SYSTEM);
    }

    /** For tests: a resolver that decides what the guard sees, and a proxy through which all requests go. */
    static Fetcher create(FetchLimits limits, AddressGuard.Resolver resolver, ProxySelector proxy) {
        return new Fetcher(limits, resolver, proxy, Clock.systemUTC(), Pacing.SYSTEM);
    }

    /** For tests: the system resolver, and a pacing whose sleeps only move its own clock. */
    static Fetcher create(FetchLimits limits, Pacing pacing) {
        return new Fetcher(limits, AddressGuard.SYSTEM, null, Clock.systemUTC(), pacing);
    }

    /** Fetches a URL, obeying robots.txt. Never throws for network outcomes; see {@link FetchResult}. */
    public FetchResult fetch(FetchRequest request) {
        return fetch(request, true, limits.maxBodyBytes());
    }

    /**
     * The sitemaps the robots.txt of the URL's origin names ({@code Sitemap:} lines), read through the same cache
     * and guard as every fetch: none when the address is refused or robots.txt is missing or unreadable.
     */
    public List<URI> robotsSitemaps(URI site, boolean allowPrivate) {
        List<URI> out = new ArrayList<>();
        try {
            if (guard.check(site, allowPrivate) != null) {
                return List.of();
            }
            for (String s : robots.rulesFor(site, allowPrivate).rules().getSitemaps()) {
                try {
                    URI u = site.resolve(s.strip());
                    if (u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                        out.add(u);
                    }
                } catch (IllegalArgumentException e) {
                    // a malformed Sitemap line names nothing usable
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    private FetchResult fetch(FetchRequest request, boolean obeyRobots, long maxBody) {
        URI asked = request.uri();
        URI current;
        try {
            current = withoutFragment(asked);
        } catch (URISyntaxException e) {
            return new FetchResult.Failed(asked, 0, "bad URL: " + asked);
        }
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        // Whether every redirect so far was permanent: then the resource has moved for good, and whoever keeps its
        // address (a source's feed) should keep the new one.
        boolean permanent = true;
        try {
            for (int hop = 0; ; hop++) {
                FetchResult.Refused refused = guard.check(current, request.allowPrivate());
                if (refused != null) {
                    return new FetchResult.Refused(asked, refused.reason(), refused.message());
                }
                Duration delay = limits.hostDelay();
                if (obeyRobots) {
                    RobotsCache.Rules found = robots.rulesFor(current, request.allowPrivate());
                    BaseRobotRules rules = found.rules();
                    if (!rules.isAllowed(current.toString())) {
                        if (found.unreachable() != null) {
                            // The host did not answer for robots.txt: the page is as unreachable, and that is the
                            // news (a closed port is not a robots.txt rule).
                            return new FetchResult.Failed(asked, 0, "cannot reach " + current.getAuthority() + ": "
                                    + found.unreachable());
                        }
                        return new FetchResult.Refused(asked, FetchResult.Refusal.ROBOTS,
                                "robots.txt disallows " + current);
                    }
                    delay = crawlDelay(rules, delay);
                }
                Exchange ex = exchangeWithRetries(current, request, delay, maxBody);
                int status = ex.status();
                if (isRedirect(status) && ex.headers().firstValue("location").isPresent()) {
                    if (hop >= limits.maxRedirects()) {
                        return new FetchResult.Failed(asked, status,
                                "too many redirects (more than " + limits.maxRedirects() + ") from " + asked);
                    }
                    URI next;
                    try {
                        next = withoutFragment(current.resolve(ex.headers().firstValue("location").get().strip()));
                    } catch (IllegalArgumentException | URISyntaxException e) {
                        return new FetchResult.Failed(asked, status, "bad redirect location at " + current);
                    }
                    if (!seen.add(next)) {
                        return new FetchResult.Failed(asked, status, "redirect loop at " + next);
                    }
                    permanent &= status == 301 || status == 308;
                    current = next;
                    continue;
                }
                Validators fresh = new Validators(ex.headers().firstValue("etag").orElse(null),
                        ex.headers().firstValue("last-modified").orElse(null));
                URI movedTo = permanent && hop > 0 ? current : null;
                if (status == 304) {
                    return new FetchResult.NotModified(asked, fresh.isEmpty() ? request.validators() : fresh,
                            movedTo);
                }
                if (status >= 200 && status < 300) {
                    byte[] body = ContentEncodings.decode(ex.headers().firstValue("content-encoding").orElse(null),
                            ex.body(), limits.maxDecodedBytes());
                    return new FetchResult.Fetched(asked, current, status,
                            ex.headers().firstValue("content-type").orElse(null), body, fresh,
                            Instant.now(), movedTo);
                }
                return new FetchResult.Failed(asked, status, "HTTP " + status + " from " + current);
            }
        } catch (UnknownHostException e) {
            return new FetchResult.Failed(asked, 0, "unknown host: " + current.getHost());
        } catch (FetchException e) {
            return new FetchResult.Failed(asked, 0, e.getMessage() + " (" + current + ")");
        } catch (IOException e) {
            return new FetchResult.Failed(asked, 0, describe(e) + " (" + current + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(asked, 0, "interrupted");
        }
    }

    private Duration crawlDelay(BaseRobotRules rules, Duration base) {
        long ms = rules.getCrawlDelay();
        if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= base.toMillis()) {
            return base;
        }
        return Duration.ofMillis(Math.min(ms, limits.maxCrawlDelay().toMillis()));
    }

    private record Exchange(int status, HttpHeaders headers, byte[] body) {
    }

    private Exchange exchangeWithRetries(URI uri, FetchRequest request, Duration delay, long maxBody)
            throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= limits.maxRetries();
            Exchange ex;
            try {
                ex = exchange(uri, request, delay, maxBody);
            } catch (FetchException e) {
                if (e.kind() != FetchException.Kind.TIMEOUT || last) {
                    throw e;
                }
                backoff(attempt, null);
                continue;
            } catch (UnknownHostException e) {
                throw e;
            } catch (IOException e) {
                if (last) {
                    throw e;
                }
                backoff(attempt, null);
                continue;
            }
            if ((ex.status() >= 500 || ex.status() == 429) && !last) {
                backoff(attempt, ex.headers().firstValue("retry-after").orElse(null));
                continue;
            }
            return ex;
        }
    }

    private void backoff(int attempt, String retryAfter) throws InterruptedException {
        long ms = limits.retryBaseDelay().toMillis() << Math.min(attempt, 20);
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
            ms = Math.max(ms, Long.parseLong(retryAfter.strip()) * 1000);
        }
        pacing.sleepNanos(Math.min(ms, limits.retryMaxDelay().toMillis()) * 1_000_000);
    }

    private Exchange exchange(URI uri, FetchRequest request, Duration delay, long maxBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(limits.requestTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip, deflate");
        if (request.validators().etag() != null) {
            b.header("If-None-Match", request.validators().etag());
        }
        if (request.validators().lastModified() != null) {
            b.header("If-Modified-Since", request.validators().lastModified());
        }
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300;
            return new CappedBody(wanted ? maxBody : ERROR_BODY_CAP, declared, !wanted);
        };
        try (HostGate.Slot slot = gate.enter(uri.getHost(), delay)) {
            CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(), handler);
            try {
                HttpResponse<byte[]> r = f.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
                return new Exchange(r.statusCode(), r.headers(), r.body());
            } catch (TimeoutException e) {
                f.cancel(true);
                throw timeout(uri);
            } catch (InterruptedException e) {
                f.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof HttpTimeoutException) {
                    throw timeout(uri);
                }
                if (c instanceof IOException io) {
                    throw io;
                }
                throw new IOException(c == null ? "request failed" : describe(c), c);
            }
        }
    }

    private FetchException timeout(URI uri) {
        return new FetchException(FetchException.Kind.TIMEOUT,
                "no complete response within " + limits.requestTimeout().toMillis() + " ms");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI withoutFragment(URI u) throws URISyntaxException {
        if (u.getRawFragment() == null) {
            return u;
        }
        String s = u.toString();
        return new URI(s.substring(0, s.indexOf('#')));
    }

    private static String describe(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            // The JDK client reports a closed port as a ConnectException without a message (or a closed channel).
            if (c instanceof java.net.ConnectException) {
                return c.getMessage() == null || c.getMessage().isBlank() ? "connection refused"
                        : "cannot connect: " + c.getMessage();
            }
        }
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
