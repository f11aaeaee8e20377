package org.marsad.ingest.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.marsad.ingest.feed.Feed;
import org.marsad.ingest.feed.FeedArticles;
import org.marsad.ingest.feed.FeedFormatException;
import org.marsad.ingest.feed.FeedItem;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.ingest.fetch.FetchRequest;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.fetch.Validators;
import org.marsad.ingest.page.PageArticles;
import org.marsad.ingest.sitemap.Sitemap;
import org.marsad.ingest.sitemap.SitemapEntry;
import org.marsad.ingest.sitemap.SitemapFormatException;
import org.marsad.ingest.sitemap.Sitemaps;
import org.marsad.ingest.source.PollNotes;
import org.marsad.ingest.source.Source;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.model.PublishedDates;
import org.marsad.search.IndexException;
import org.marsad.search.IndexUnavailable;
import org.marsad.store.Archive;
import org.marsad.store.RawSource;

/**
 * Polls one source: reads its feeds and sitemap (conditionally), finds the article URLs not dealt with before,
 * fetches each page, extracts it through {@link PageArticles}, and stores the article at once (so a stop loses
 * nothing fetched). The feed's own fields fill what the page does not give; when the page cannot be fetched
 * (robots.txt) or yields no article, the feed item's own text is stored instead if it has any; a page that yields
 * no article with no such text is tried again, with back-off, a few times ({@link PollMemory#TRIES}), and the
 * source's health counts it until a try stores it.
 */
final class SourcePoller {
    /** Raw-source kind of an article made from a feed item's own text. */
    static final String KIND_FEED_ITEM = "feed-item";

    private final Fetcher fetcher;
    private final Archive archive;
    private final PollMemory memory;
    private final Clock clock;
    private final PollLimits limits;
    private final PollStats stats;

    SourcePoller(Fetcher fetcher, Archive archive, PollMemory memory, Clock clock, PollLimits limits,
                 PollStats stats) {
        this.fetcher = fetcher;
        this.archive = archive;
        this.memory = memory;
        this.clock = clock;
        this.limits = limits;
        this.stats = stats;
    }

    PollReport poll(Source source, BooleanSupplier stopping) {
        return poll(source, stopping, () -> { });
    }

    /**
     * Polls a source: its listings, then the pages they offer that are new. {@code listingsRead} runs once the
     * listings were read and before the pages are fetched, when the poll is already a success (its outcome depends
     * on the listings only) and has pages to fetch, which may take minutes: the runner records the success then.
     */
    PollReport poll(Source source, BooleanSupplier stopping, Runnable listingsRead) {
        List<String> errors = new ArrayList<>();
        // A listing's validators are kept only once everything it offered was dealt with: saved earlier, a poll cut
        // short (a failure, a stop, the per-poll page cap, a page that failed for now) would be answered 304 next
        // time, and the items it did not reach would never be seen again until the site changed its feed.
        Map<String, Validators> pendingValidators = new LinkedHashMap<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        int[] listings = {0, 0};
        Map<URI, URI> moved = new LinkedHashMap<>();
        Noted noted = new Noted();
        for (URI feed : source.feeds()) {
            Listing listing = fetchListing(source, feed, listings, errors, pendingValidators, moved);
            if (listing == null) {
                continue;
            }
            try {
                Feed parsed = FeedParser.parse(listing.body(), listing.contentType(), feed);
                if (parsed.repair() != null) {
                    // read anyway, but the outlet's feed is broken: the poll's line says so until it is fixed
                    errors.add(feed + ": " + parsed.repair());
                    noted.repaired(feed + ": " + parsed.repair(), parsed.dropped());
                }
                for (FeedItem item : parsed.items()) {
                    if (item.link() != null) {
                        candidates.putIfAbsent(item.link(),
                                new Candidate(item.link(), feed.toString(), item, null, parsed.language()));
                    }
                }
            } catch (FeedFormatException e) {
                stats.failed("feed_format");
                // The hint names a command that must work for this URL: a source allowed to reach private
                // addresses needs the discovery allowed the same.
                String why = source.allowPrivate() && e.isHtmlPage()
                        ? FeedFormatException.htmlPage(feed, true).getMessage() : e.getMessage();
                errors.add(feed + ": " + why);
                pendingValidators.remove(feed.toString());
                listings[0]--;
                // a feed that now redirects to a page (the site dropped it) keeps its address in the error
                moved.remove(feed);
            }
        }
        if (source.sitemap() != null) {
            readSitemap(source, source.sitemap(), 0, candidates, listings, errors, pendingValidators);
        }
        boolean success = listings[0] + listings[1] > 0;

        List<Candidate> unseen = unseenNewestFirst(candidates);
        if (success) {
            // items whose page gave no article, due for another try, that the listings no longer offer
            for (String url : memory.dueTries(source.name(), clock.instant(), limits.maxPagesPerPoll())) {
                if (!candidates.containsKey(url)) {
                    unseen.add(new Candidate(url, null, null, null, null));
                }
            }
        }
        List<Candidate> fresh = unseen.size() > limits.maxPagesPerPoll()
                ? unseen.subList(0, limits.maxPagesPerPoll()) : unseen;
        boolean allDealtWith = fresh.size() == unseen.size();
        if (success && !fresh.isEmpty()) {
            listingsRead.run();
        }
        int stored = 0;
        int fromFeed = 0;
        String indexDown = null;
        for (Candidate c : fresh) {
            if (stopping.getAsBoolean()) {
                allDealtWith = false;
                break;
            }
            Stored s;
            try {
                s = fetchArticle(source, c, errors);
            } catch (IndexDown e) {
                // The index's nodes are down: each next save would fail the same way. The pages left are offered
                // again at the next poll (validators unsaved), on the source's usual schedule.
                indexDown = e.getMessage();
                allDealtWith = false;
                s = e.kept;
                if (s == Stored.NOTHING) {
                    break;
                }
            }
            if (s == Stored.TRY_AGAIN) {
                allDealtWith = false;
            } else if (s != Stored.NOTHING) {
                stored++;
                fromFeed += s == Stored.FROM_FEED ? 1 : 0;
            }
            if (indexDown != null) {
                break;
            }
        }
        if (allDealtWith) {
            pendingValidators.forEach((url, v) -> memory.saveValidators(url, v, clock.instant()));
        }
        return new PollReport(source.name(), listings[0], listings[1], candidates.size(), fresh.size(), stored,
                fromFeed, errors, success, moved,
                noted.notes(memory.unstored(source.name(), clock.instant().minus(UNSTORED_KEPT))), indexDown);
    }

    /**
     * The search index refused an article's save (its nodes unreachable), which the store may have taken already:
     * {@code kept} is how it was stored then ({@link Stored#NOTHING} when it was not).
     */
    private static final class IndexDown extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Stored kept;

        IndexDown(RuntimeException cause, Stored kept) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().lines().findFirst().orElse(""), cause, false, false);
            this.kept = kept;
        }
    }

    /**
     * Saves an article; when the index fails after the store took it (an archive stores, then indexes), the
     * article counts as stored ({@code as}) and its URL as dealt with, and {@link IndexDown} says so; the index's
     * catch-up indexes it once the index is back.
     */
    private String save(Article a, RawSource raw, Stored as, java.util.function.Consumer<String> dealtWith) {
        String id;
        try {
            id = archive.save(a, raw).id();
        } catch (IndexUnavailable | IndexException e) {
            String storedId = a.url() == null ? null : archive.store().idsByUrl(List.of(a.url())).get(a.url());
            if (storedId != null) {
                dealtWith.accept(storedId);
            }
            throw new IndexDown(e, storedId == null ? Stored.NOTHING : as);
        }
        dealtWith.accept(id);
        return id;
    }

    /**
     * How long an item that stored nothing stays in its source's health after its first try, stored or not: longer
     * than its tries take ({@link PollMemory#TRIES}, {@link PollMemory#LONGEST_WAIT}), short enough that a page that
     * never holds an article (a video) does not warn for ever.
     */
    static final java.time.Duration UNSTORED_KEPT = java.time.Duration.ofDays(7);
    /** Items that stored nothing named one per line in the source's health, the latest first. */
    static final int UNSTORED_NAMED = 3;

    /** What one poll worked around, gathered as it goes ({@link PollNotes}). */
    private static final class Noted {
        private int dropped;
        private String repair;

        void repaired(String line, int characters) {
            dropped += characters;
            repair = repair == null ? line : repair;
        }

        /** The notes, with the source's items that stored nothing so far (not only this poll's). */
        PollNotes notes(List<PollMemory.Unstored> unstored) {
            if (dropped == 0 && unstored.isEmpty()) {
                return PollNotes.NONE;
            }
            String named = unstored.isEmpty() ? null : String.join("\n", unstored.stream().limit(UNSTORED_NAMED)
                    .map(PollMemory.Unstored::line).toList());
            return new PollNotes(dropped, repair, unstored.size(), named);
        }
    }

    private record Listing(byte[] body, String contentType) {
    }

    /**
     * Fetches a feed or sitemap conditionally; counts it; returns its body, or null (304 or failure). When
     * {@code moved} is given, a listing that answered through permanent redirects is noted there with its new address.
     */
    private Listing fetchListing(Source source, URI url, int[] listings, List<String> errors,
                                 Map<String, Validators> pendingValidators, Map<URI, URI> moved) {
        Validators v = memory.validators(url.toString());
        FetchResult r = fetcher.fetch(FetchRequest.feed(url, source.allowPrivate(), v));
        stats.fetched(r);
        URI movedTo = r instanceof FetchResult.Fetched f ? f.movedTo()
                : r instanceof FetchResult.NotModified nm ? nm.movedTo() : null;
        if (moved != null && movedTo != null && !movedTo.equals(url)) {
            moved.put(url, movedTo);
        }
        if (r instanceof FetchResult.Fetched f) {
            pendingValidators.put(url.toString(), f.validators());
            listings[0]++;
            return new Listing(f.body(), f.contentType());
        }
        if (r instanceof FetchResult.NotModified nm) {
            if (!nm.validators().equals(v)) {
                memory.saveValidators(url.toString(), nm.validators(), clock.instant());
            }
            listings[1]++;
            return null;
        }
        errors.add(url + ": " + describe(r));
        return null;
    }

    private void readSitemap(Source source, URI url, int depth, Map<String, Candidate> candidates, int[] listings,
                             List<String> errors, Map<String, Validators> pendingValidators) {
        Listing listing = fetchListing(source, url, listings, errors, pendingValidators, null);
        if (listing == null) {
            return;
        }
        Sitemap sitemap;
        try {
            sitemap = Sitemaps.parse(listing.body(), url);
        } catch (SitemapFormatException e) {
            stats.failed("sitemap_format");
            // as for a feed: the hint's discovery must be allowed the private address the source is allowed
            String why = source.allowPrivate() && e.isHtmlPage()
                    ? SitemapFormatException.htmlPage(url, true).getMessage() : e.getMessage();
            errors.add(url + ": " + why);
            pendingValidators.remove(url.toString());
            listings[0]--;
            return;
        }
        if (sitemap instanceof Sitemap.UrlSet set) {
            for (SitemapEntry e : set.entries()) {
                candidates.putIfAbsent(e.url(), new Candidate(e.url(), url.toString(), null, e, e.language()));
            }
        } else if (sitemap instanceof Sitemap.Index index && depth == 0) {
            // News first, then the most recently modified: an index of a big site lists years of archives.
            List<Sitemap.Child> children = new ArrayList<>(index.sitemaps());
            children.sort(Comparator.comparing((Sitemap.Child ch) -> !ch.url().toLowerCase(Locale.ROOT).contains("news"))
                    .thenComparing(ch -> ch.lastModified() == null ? "" : ch.lastModified(), Comparator.reverseOrder()));
            for (Sitemap.Child child : children.subList(0, Math.min(limits.maxChildSitemaps(), children.size()))) {
                readSitemap(source, URI.create(child.url()), depth + 1, candidates, listings, errors,
                        pendingValidators);
            }
        }
    }

    private List<Candidate> unseenNewestFirst(Map<String, Candidate> candidates) {
        Set<String> seen = memory.seen(candidates.keySet(), clock.instant());
        List<Candidate> fresh = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (!seen.contains(c.url())) {
                fresh.add(c);
            }
        }
        // Stable sort: undated candidates keep listing order after the dated ones.
        fresh.sort(Comparator.comparing(Candidate::sortKey, Comparator.nullsLast(Comparator.reverseOrder())));
        return fresh;
    }

    /** What became of one candidate; TRY_AGAIN = not marked seen, so a later poll must offer it again. */
    private enum Stored { FROM_PAGE, FROM_FEED, NOTHING, TRY_AGAIN }

    private Stored fetchArticle(Source source, Candidate c, List<String> errors) {
        URI url;
        try {
            url = URI.create(c.url());
        } catch (IllegalArgumentException e) {
            memory.markSeen(c.url(), source.name(), PollMemory.Outcome.GONE, null, clock.instant());
            return Stored.NOTHING;
        }
        FetchResult r = fetcher.fetch(FetchRequest.page(url, source.allowPrivate()));
        stats.fetched(r);
        if (r instanceof FetchResult.Fetched f) {
            PageArticles.Outcome o = PageArticles.extract(f.finalUri(), f.body(), f.contentType(), f.fetchedAt(),
                    c.pageZone(source));
            if (o instanceof PageArticles.Extracted x) {
                Article a = complete(x.article(), source, c);
                save(a, new RawSource(RawSource.KIND_HTML, f.finalUri().toString(), null, f.body()), Stored.FROM_PAGE,
                        id -> markSeen(source, c, f.finalUri().toString(), PollMemory.Outcome.STORED, id));
                return Stored.FROM_PAGE;
            }
            if (o instanceof PageArticles.Unsupported u && !hasText(c)) {
                // Nothing to store now; an extractor for this format may come later, so the URL is not marked.
                errors.add(c.url() + ": " + u.format() + " pages cannot be extracted by this build");
                return Stored.NOTHING;
            }
            if (storeFeedText(source, c)) {
                return Stored.FROM_FEED;
            }
            // Tried again later, a few times (PollMemory.TRIES): the poll and the source's health say what was left
            // out and why until a try stores it.
            String reason = o instanceof PageArticles.NoArticle none ? none.reason() : "no article on the page";
            memory.markNoArticle(c.url(), source.name(), reason, source.pollInterval(), clock.instant());
            errors.add(c.url() + ": not stored: " + reason + (c.item() != null ? ", and the feed item has no text"
                    : c.entry() != null ? " (listed by the sitemap only)" : ""));
            return Stored.NOTHING;
        }
        if (r instanceof FetchResult.Refused refused) {
            if (refused.reason() == FetchResult.Refusal.ROBOTS) {
                return fromFeed(source, c, PollMemory.Outcome.ROBOTS);
            }
            errors.add(c.url() + ": " + refused.message() + (refused.reason() == FetchResult.Refusal.PRIVATE_ADDRESS
                    ? " (the source was added without --allow-private)" : ""));
            memory.markSeen(c.url(), source.name(), PollMemory.Outcome.REFUSED, null, clock.instant());
            return Stored.NOTHING;
        }
        FetchResult.Failed failed = (FetchResult.Failed) r;
        if (failed.status() >= 400 && failed.status() < 500 && failed.status() != 429) {
            return fromFeed(source, c, PollMemory.Outcome.GONE);
        }
        // Transient (5xx, timeout, network): not marked, so the next poll tries the page again.
        errors.add(c.url() + ": " + failed.message());
        return Stored.TRY_AGAIN;
    }

    private static boolean hasText(Candidate c) {
        Article a = c.item() == null ? null : FeedArticles.from(c.item(), "", null);
        return a != null && !a.body().isEmpty();
    }

    /** Stores the feed item's own text when it has some; marks the URL as dealt with either way. */
    private Stored fromFeed(Source source, Candidate c, PollMemory.Outcome otherwise) {
        if (storeFeedText(source, c)) {
            return Stored.FROM_FEED;
        }
        memory.markSeen(c.url(), source.name(), otherwise, null, clock.instant());
        return Stored.NOTHING;
    }

    /** Stores the feed item's own text when it has some, marking the URL stored; false when it has none. */
    private boolean storeFeedText(Source source, Candidate c) {
        if (c.item() != null) {
            Article a = FeedArticles.from(c.item(), source.name(), language(source, c), source.pageZone());
            if (a != null && !a.body().isEmpty()) {
                a = a.withFetchedAt(clock.instant().toString());
                a = a.withId(ArticleIds.of(a)).withCategory(source.category());
                String raw = c.item().contentHtml() != null ? c.item().contentHtml() : c.item().summary();
                save(a, RawSource.text(KIND_FEED_ITEM, c.listing(), raw), Stored.FROM_FEED,
                        id -> memory.markSeen(c.url(), source.name(), PollMemory.Outcome.STORED, id, clock.instant()));
                return true;
            }
        }
        return false;
    }

    private void markSeen(Source source, Candidate c, String finalUrl, PollMemory.Outcome outcome, String id) {
        Instant now = clock.instant();
        memory.markSeen(c.url(), source.name(), outcome, id, now);
        if (!finalUrl.equals(c.url())) {
            memory.markSeen(finalUrl, source.name(), outcome, id, now);
        }
    }

    /** The page's article, its gaps filled from the listing and the source. */
    static Article complete(Article a, Source source, Candidate c) {
        FeedItem item = c.item();
        SitemapEntry entry = c.entry();
        String title = first(a.title(), item == null ? null : item.title(), entry == null ? null : entry.title());
        String published = a.published();
        String publishedText = a.publishedText();
        if (published == null) {
            if (item != null && item.published() != null) {
                published = PublishedDates.settle(item.published(), source.pageZone());
                publishedText = item.publishedText();
            } else if (entry != null && entry.published() != null) {
                published = PublishedDates.settle(entry.published(), source.pageZone());
                publishedText = entry.publishedText();
            }
        }
        Article out = new Article(null, a.url(), title, published, publishedText,
                first(a.source(), source.name()),
                first(a.author(), item == null ? null : item.author()),
                first(a.language(), language(source, c)),
                a.body(),
                a.tags().isEmpty() && item != null ? item.categories() : a.tags(),
                a.related(), a.fetchedAt()).withDecodingErrors(a.decodingErrors());
        // The category is the desk's filing of the source, not part of what the page says: it never feeds the id.
        return out.withId(ArticleIds.of(out)).withCategory(source.category());
    }

    private static String language(Source source, Candidate c) {
        return first(source.language(), c.feedLanguage());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String describe(FetchResult r) {
        if (r instanceof FetchResult.Refused x) {
            return x.message() + (x.reason() == FetchResult.Refusal.PRIVATE_ADDRESS
                    ? " (the source was added without --allow-private)" : "");
        }
        if (r instanceof FetchResult.Failed x) {
            return x.message();
        }
        return r.toString();
    }
}
