package org.marsad.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.FetchRequest;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.page.PageArticles;
import org.marsad.model.Article;
import org.marsad.model.PageZone;

/**
 * The command line's edge for pages given as URLs: fetched with the same polite, guarded {@link Fetcher} that
 * {@code marsad run} uses (robots.txt, size and time limits, no private addresses unless allowed), then through the
 * same page seam as polled pages. Every failure is a {@link UserException} naming the URL.
 */
final class PageUrls {
    private PageUrls() {
    }

    /**
     * A fetched page: its articles, and the bytes they came from (kept as the raw source when stored).
     *
     * @param html whether the page was extracted as HTML
     */
    record Page(List<Article> articles, byte[] body, boolean html) {
    }

    /** The article of the page at {@code input}. */
    static List<Article> extract(String input, boolean allowPrivate) {
        return extract(input, allowPrivate, PageZone.UNKNOWN);
    }

    /** The article of the page at {@code input}, whose times without an offset are in {@code zone}. */
    static List<Article> extract(String input, boolean allowPrivate, PageZone zone) {
        return fetch(input, allowPrivate, zone).articles();
    }

    /** Fetches and extracts the page at {@code input}. */
    static Page fetch(String input, boolean allowPrivate) {
        return fetch(input, allowPrivate, PageZone.UNKNOWN);
    }

    /** Fetches and extracts the page at {@code input}, whose times without an offset are in {@code zone}. */
    static Page fetch(String input, boolean allowPrivate, PageZone zone) {
        URI uri;
        try {
            uri = new URI(input);
        } catch (URISyntaxException e) {
            throw new UserException(input + ": not a valid URL (" + e.getReason() + ")");
        }
        FetchResult result = Fetcher.create(FetchLimits.defaults()).fetch(FetchRequest.page(uri, allowPrivate));
        if (result instanceof FetchResult.Fetched f) {
            PageArticles.Outcome outcome = PageArticles.extract(f.finalUri(), f.body(), f.contentType(), f.fetchedAt(),
                    zone);
            if (outcome instanceof PageArticles.Extracted e) {
                boolean html = f.contentType() != null && f.contentType().toLowerCase(Locale.ROOT).contains("html");
                return new Page(List.of(e.article()), f.body(), html);
            }
            if (outcome instanceof PageArticles.Unsupported u) {
                throw new UserException(input + ": " + u.format() + " pages are not supported");
            }
            throw new UserException(input + ": no article found in the page ("
                    + ((PageArticles.NoArticle) outcome).reason() + ")");
        }
        if (result instanceof FetchResult.Refused r) {
            String hint = r.reason() == FetchResult.Refusal.PRIVATE_ADDRESS ? " (use --allow-private to permit it)" : "";
            throw new UserException(input + ": not fetched: " + r.message() + hint);
        }
        if (result instanceof FetchResult.Failed f) {
            throw new UserException(input + ": fetch failed: " + f.message());
        }
        throw new UserException(input + ": the server answered 304 Not Modified to an unconditional request");
    }
}
