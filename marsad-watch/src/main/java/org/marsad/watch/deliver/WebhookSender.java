package org.marsad.watch.deliver;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;

/**
 * POSTs a delivery's JSON body to a webhook, signed ({@link Signature}), and says what came of it. The fetcher's
 * SSRF guard applies: a URL whose host is or resolves to a private, loopback or link-local address is refused unless
 * the watch allows private targets. Redirects are not followed (a webhook answers where it is registered).
 *
 * <p>Thread-safe.
 */
public final class WebhookSender {
    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final Clock clock;

    public WebhookSender(AddressGuard guard, Duration timeout, Clock clock) {
        this.guard = guard;
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The SSRF guard's verdict on a webhook URL: null when Marsad may post to it, else why not. */
    public String refusal(URI url, boolean allowPrivate) {
        try {
            FetchResult.Refused r = guard.check(url, allowPrivate);
            return r == null ? null : r.reason() == FetchResult.Refusal.PRIVATE_ADDRESS
                    ? r.message() + " (allow private targets: --allow-private, or allow_private in the API)"
                    : r.message();
        } catch (UnknownHostException e) {
            return "unknown host " + url.getHost();
        }
    }

    /** Sends one attempt. Never throws for a network outcome. */
    public SendOutcome send(URI url, String secret, boolean allowPrivate, long deliveryId, String body) {
        String refused = refusal(url, allowPrivate);
        if (refused != null) {
            return new SendOutcome.Failed(null, refused);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder req = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", Fetcher.USER_AGENT)
                .header(Signature.TIMESTAMP_HEADER, Long.toString(clock.instant().getEpochSecond()))
                .header(Signature.DELIVERY_HEADER, Long.toString(deliveryId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (secret != null && !secret.isEmpty()) {
            req.header(Signature.HEADER, Signature.of(secret, bytes));
        }
        HttpResponse<Void> res;
        try {
            res = client.send(req.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            return new SendOutcome.Retry(null, "timed out after " + timeout.toSeconds() + " s", null);
        } catch (IOException e) {
            return new SendOutcome.Retry(null, "cannot connect: " + message(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Retry(null, "interrupted", null);
        } catch (IllegalArgumentException e) {
            return new SendOutcome.Failed(null, "bad webhook URL: " + e.getMessage());
        }
        int status = res.statusCode();
        if (status >= 200 && status < 300) {
            return new SendOutcome.Delivered(status);
        }
        if (status == 429 || status == 408 || status >= 500) {
            Duration after = retryAfter(res.headers().firstValue("Retry-After").orElse(null), clock.instant());
            return new SendOutcome.Retry(status, "HTTP " + status, after);
        }
        return new SendOutcome.Failed(status, "HTTP " + status + (status >= 300 && status < 400
                ? " (redirects are not followed: register the final URL)" : ""));
    }

    /** A Retry-After value (seconds, or an HTTP date) as a wait from {@code now}; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String message(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            // The JDK client reports a closed port as a ConnectException with no message, wrapped around a
            // ClosedChannelException: say what a user can act on, as the fetcher does.
            if (c instanceof java.net.ConnectException) {
                return c.getMessage() == null || c.getMessage().isBlank() ? "connection refused" : c.getMessage();
            }
        }
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
