package org.marsad.ingest.discover;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.marsad.extract.TextDecoding;
import org.marsad.ingest.feed.Feed;
import org.marsad.ingest.feed.FeedFormatException;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.fetch.FetchRequest;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.fetch.MediaTypes;
import org.marsad.ingest.page.PageCharsets;
import org.marsad.ingest.sitemap.Sitemap;
import org.marsad.ingest.sitemap.SitemapFormatException;
import org.marsad.ingest.sitemap.Sitemaps;

/**
 * Finds the feeds and sitemaps of a site from its home page address, the way feed readers do, so that a user can
 * follow an outlet without hunting for its feed URL.
 *
 * <ol>
 *   <li>The address itself, when it is a feed or a sitemap.</li>
 *   <li>The feeds the home page declares with {@code <link rel="alternate">} (RSS, Atom, RDF, JSON Feed).</li>
 *   <li>Only when the page declares none: the paths where sites commonly keep a feed ({@link #COMMON_PATHS}),
 *       in order, stopping at the first that is one (they are usually the same feed under several names).</li>
 *   <li>The sitemaps named by the site's robots.txt ({@code Sitemap:} lines).</li>
 * </ol>
 * Every candidate is fetched and read before it is offered, so a dead or malformed link is never proposed; what
 * was skipped is said in {@link Discovery#skipped()}. Everything goes through the given {@link Fetcher}: robots.txt,
 * the pause between requests to one host, size and time bounds, and the address guard (a private or loopback
 * site is refused unless {@code allowPrivate}).
 */
public final class FeedDiscovery {
    /** Where sites commonly keep a feed, tried in this order when the home page links none. */
    public static final List<String> COMMON_PATHS = List.of("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml",
            "/index.xml", "/feed.json", "/feeds/posts/default", "/?feed=rss2");
    /** At most this many page links and robots.txt sitemaps are checked (a page listing fifty is not read fifty times). */
    static final int MAX_CHECKED = 8;

    private final Fetcher fetcher;

    public FeedDiscovery(Fetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /**
     * What discovery found.
     *
     * @param homepage   the page read: where it moved when every redirect was permanent, else the address given
     * @param siteTitle  the page's {@code <title>}, or null (a name to suggest for the source)
     * @param candidates the feeds and sitemaps found, feeds first
     * @param skipped    candidates that were not offered, each with why, one line each
     * @param givenProblem why the address given is not itself readable as a feed or sitemap, one line, when it was
     *                   read but is neither one nor a web page (a malformed feed); null otherwise. The candidates
     *                   are then what the rest of the site offers, not what was asked for, and a form says so.
     */
    public record Discovery(URI homepage, String siteTitle, List<FeedCandidate> candidates, List<String> skipped,
                            String givenProblem) {
        public Discovery {
            candidates = List.copyOf(candidates);
            skipped = List.copyOf(skipped);
        }

        /** The feeds only. */
        public List<FeedCandidate> feeds() {
            return candidates.stream().filter(c -> c.kind().isFeed()).toList();
        }

        /** The sitemaps only. */
        public List<FeedCandidate> sitemaps() {
            return candidates.stream().filter(c -> !c.kind().isFeed()).toList();
        }

        /**
         * What a user adding the site chooses among: its feeds, else (none) its sitemaps. A feed is the better
         * source (titles and times come with it), so sitemaps are offered only when the site has no feed.
         */
        public List<FeedCandidate> choices() {
            List<FeedCandidate> feeds = feeds();
            return feeds.isEmpty() ? sitemaps() : feeds;
        }

        /**
         * The candidate a source added by this site alone may follow without asking: the only one of
         * {@link #choices()}. Empty when there are several (following the first would pick a desk for the user,
         * silently) or none.
         */
        public Optional<FeedCandidate> onlyChoice() {
            List<FeedCandidate> choices = choices();
            return choices.size() == 1 ? Optional.of(choices.get(0)) : Optional.empty();
        }

        /**
         * The choices in one line for a message, e.g. {@code 3 feeds: URL, URL, URL} or
         * {@code 2 sitemaps (no feed): URL, URL}.
         */
        public String choicesLine() {
            List<FeedCandidate> choices = choices();
            boolean feeds = choices.isEmpty() || choices.get(0).kind().isFeed();
            String what = feeds ? (choices.size() == 1 ? "feed" : "feeds")
                    : (choices.size() == 1 ? "sitemap" : "sitemaps") + " (no feed)";
            return choices.size() + " " + what + ": " + String.join(", ",
                    choices.stream().map(c -> c.url().toString()).toList());
        }
    }

    /** The home page itself could not be read; the message is one line for a user. */
    public static final class DiscoveryException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean privateAddress;

        DiscoveryException(String message, boolean privateAddress) {
            super(message);
            this.privateAddress = privateAddress;
        }

        /** True when the address guard refused the site (it would need {@code allowPrivate}). */
        public boolean privateAddress() {
            return privateAddress;
        }
    }

    /**
     * Discovers the feeds and sitemaps of the site at {@code homepage}.
     *
     * @throws DiscoveryException when the home page cannot be fetched (refused, unreachable, an HTTP error)
     */
    public Discovery discover(URI homepage, boolean allowPrivate) throws DiscoveryException {
        FetchResult r = fetcher.fetch(FetchRequest.page(homepage, allowPrivate));
        if (r instanceof FetchResult.Refused x) {
            throw new DiscoveryException(x.message(), x.reason() == FetchResult.Refusal.PRIVATE_ADDRESS);
        }
        if (!(r instanceof FetchResult.Fetched page)) {
            throw new DiscoveryException("cannot read " + homepage + ": " + reason(r), false);
        }
        URI base = page.finalUri();
        List<FeedCandidate> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();

        FeedCandidate given = asCandidate(page, null, FeedCandidate.Found.GIVEN);
        if (given != null) {
            found.add(given);
            seen.add(given.url());
            return new Discovery(lastingAddress(page), given.title(), found, skipped, null);
        }
        String siteTitle = null;
        List<FeedLinks.Link> links = List.of();
        boolean webPage = isHtmlType(page.contentType()) || looksLikeHtml(page.body());
        String givenProblem = webPage ? null : whyNotAFeed(page);
        if (webPage) {
            TextDecoding.Result decoded = TextDecoding.decode(page.body(),
                    PageCharsets.declared(page.body(), page.contentType()).orElse(null));
            if (decoded instanceof TextDecoding.Decoded d) {
                Document doc = FeedLinks.parse(d.text(), base);
                siteTitle = FeedLinks.title(doc);
                links = FeedLinks.find(doc);
            }
        }
        for (FeedLinks.Link link : links.subList(0, Math.min(links.size(), MAX_CHECKED))) {
            check(link.url(), link.title(), FeedCandidate.Found.PAGE_LINK, allowPrivate, true, found, skipped, seen);
        }
        if (links.isEmpty()) {
            for (String path : COMMON_PATHS) {
                if (check(base.resolve(path), null, FeedCandidate.Found.COMMON_PATH, allowPrivate, false, found,
                        skipped, seen)) {
                    break;
                }
            }
        }
        List<URI> sitemaps = fetcher.robotsSitemaps(base, allowPrivate);
        for (URI sitemap : sitemaps.subList(0, Math.min(sitemaps.size(), MAX_CHECKED))) {
            check(sitemap, null, FeedCandidate.Found.ROBOTS_TXT, allowPrivate, true, found, skipped, seen);
        }
        List<FeedCandidate> ordered = new ArrayList<>(found.stream().filter(c -> c.kind().isFeed()).toList());
        ordered.addAll(found.stream().filter(c -> !c.kind().isFeed()).toList());
        return new Discovery(lastingAddress(page), siteTitle, ordered, skipped, givenProblem);
    }

    /**
     * Fetches and reads one candidate; true when it was a feed or sitemap (new or already found). Misses at
     * common paths are expected and not reported; a declared link or robots.txt sitemap that fails is.
     */
    private boolean check(URI url, String title, FeedCandidate.Found how, boolean allowPrivate, boolean report,
                          List<FeedCandidate> found, List<String> skipped, Set<URI> seen) {
        if (seen.contains(url)) {
            return true;
        }
        FetchResult r = fetcher.fetch(FetchRequest.feed(url, allowPrivate, null));
        if (!(r instanceof FetchResult.Fetched f)) {
            if (report) {
                skipped.add(url + ": " + reason(r));
            }
            return false;
        }
        if (seen.contains(f.finalUri())) {
            return true;
        }
        FeedCandidate c = asCandidate(f, title, how);
        if (c == null) {
            if (report) {
                skipped.add(url + ": neither a feed nor a sitemap");
            }
            return false;
        }
        seen.add(url);
        seen.add(c.url());
        seen.add(f.finalUri());
        found.add(c);
        return true;
    }

    /**
     * The fetched document as a feed or sitemap candidate, or null when it is neither. Only an address given as
     * such or named by robots.txt may be a sitemap: a page link or a common path must be a feed (a sitemap parser
     * reads any list of URLs).
     */
    private static FeedCandidate asCandidate(FetchResult.Fetched f, String linkTitle, FeedCandidate.Found how) {
        if (isHtmlType(f.contentType()) || looksLikeHtml(f.body())) {
            return null;
        }
        URI address = lastingAddress(f);
        try {
            Feed feed = FeedParser.parse(f.body(), f.contentType(), f.finalUri());
            String title = feed.title() != null ? feed.title() : linkTitle;
            return new FeedCandidate(address, FeedCandidate.Kind.ofFeedFormat(feed.format()), title,
                    feed.items().size(), how);
        } catch (FeedFormatException | RuntimeException e) {
            // not a feed: maybe a sitemap
        }
        if (how != FeedCandidate.Found.GIVEN && how != FeedCandidate.Found.ROBOTS_TXT) {
            return null;
        }
        try {
            Sitemap s = Sitemaps.parse(f.body(), f.finalUri());
            int entries = s instanceof Sitemap.UrlSet u ? u.entries().size() : ((Sitemap.Index) s).sitemaps().size();
            return new FeedCandidate(address, FeedCandidate.Kind.SITEMAP, linkTitle, entries, how);
        } catch (SitemapFormatException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The address to keep for a fetched candidate: where it moved when every redirect on the way was permanent (301,
     * 308), else the address asked for. A temporary redirect (302, 303, 307) may end tomorrow, so the source keeps
     * the address the user or the page gave, as the poller does ({@code PollRunner} follows only a permanent move).
     */
    private static URI lastingAddress(FetchResult.Fetched f) {
        return f.movedTo() != null ? f.movedTo() : f.uri();
    }

    /** The feed parser's one-line complaint about a document that is neither a web page, a feed nor a sitemap. */
    private static String whyNotAFeed(FetchResult.Fetched f) {
        try {
            FeedParser.parse(f.body(), f.contentType(), f.finalUri());
        } catch (FeedFormatException | RuntimeException e) {
            return e.getMessage() == null ? "neither a feed nor a sitemap" : e.getMessage().lines().findFirst()
                    .orElse("neither a feed nor a sitemap");
        }
        return "neither a feed nor a sitemap";
    }

    private static String reason(FetchResult r) {
        if (r instanceof FetchResult.Refused x) {
            return x.message();
        }
        if (r instanceof FetchResult.Failed x) {
            return x.message();
        }
        return "no usable answer";
    }

    private static boolean isHtmlType(String contentType) {
        return !MediaTypes.essence(contentType).isEmpty() && MediaTypes.isHtml(contentType);
    }

    // Servers label pages text/plain or nothing at all; a page is a page whatever its label says.
    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("\ufeff") || head.startsWith("ï»¿")) {
            head = head.substring(head.startsWith("\ufeff") ? 1 : 3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
