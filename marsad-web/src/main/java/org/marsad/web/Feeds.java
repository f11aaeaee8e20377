package org.marsad.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.search.FacetSet;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;
import org.marsad.store.NameCount;
import org.marsad.watch.Payloads;
import org.marsad.watch.Watch;
import org.marsad.watch.WatchJson;
import org.marsad.watch.Watches;
import org.marsad.web.feed.AtomWriter;
import org.marsad.web.feed.FeedEntry;
import org.marsad.web.feed.FeedInfo;
import org.marsad.web.feed.OpmlWriter;
import org.marsad.web.feed.RssWriter;
import org.marsad.web.http.BadRequest;
import org.marsad.web.http.Conditional;
import org.marsad.web.http.Params;
import org.marsad.web.http.SiteOrigin;
import org.marsad.web.view.Urls;

/** Any search as an Atom or RSS feed, a watch's alerts as an Atom feed, and the outlets as an OPML list. */
final class Feeds {
    static final int FEED_SIZE = 30;
    private static final String ATOM = "application/atom+xml; charset=utf-8";

    private final Archive archive;
    private final Clock clock;
    private final Watches watches;
    private final SiteOrigin origin;

    Feeds(Archive archive, Clock clock, Watches watches, SiteOrigin origin) {
        this.archive = archive;
        this.clock = clock;
        this.watches = watches;
        this.origin = origin;
    }

    /** What a wrong watch feed address is told (in Arabic: a person opened it); the command is isolated left-to-right. */
    static final String NO_WATCH_FEED = "لا توجد خلاصة مراقبة بهذا العنوان، أو أن رمزها غير صحيح. انسخ رابط "
            + "الخلاصة كما هو من صفحة المراقبة أو من الأمر \u2066marsad watches list\u2069.";

    /**
     * {@code /watches/{id}/feed.atom?token=…}: the articles a watch alerted on, newest first. A wrong id, a wrong
     * token and no token are the same 404, so the feed does not tell which watches exist: the Arabic page, which
     * says where the right address is (a feed reader reads only the status).
     */
    void watch(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound(NO_WATCH_FEED);
        }
        Optional<Watch> w = watches == null ? Optional.empty() : watches.get(id);
        Optional<List<Article>> alerted = w.isEmpty() ? Optional.empty()
                : watches.feed(id, ctx.queryParam("token"));
        if (alerted.isEmpty()) {
            throw new NotFound(NO_WATCH_FEED);
        }
        String base = origin.of(ctx);
        boolean full = full(new Params(ctx.queryParamMap()));
        List<FeedEntry> entries = new ArrayList<>();
        for (Article a : alerted.get()) {
            entries.add(entry(a, base, Payloads.snippet(a), full));
        }
        String self = base + WatchJson.feedPath(w.get());
        // The feed's id names the watch, not its URL: that carries the secret token, which can be replaced.
        FeedInfo info = new FeedInfo(FeedEntry.urn("marsad:watch:" + id), "مرصد: " + w.get().name(), self,
                base + "/search" + Urls.withQuery("", Urls.params("q", w.get().query())),
                "تنبيهات المراقبة «" + w.get().name() + "»");
        Instant changed = changed();
        StringWriter out = new StringWriter();
        AtomWriter.write(info, entries, changed.atOffset(ZoneOffset.UTC), out);
        // The URL carries a secret: keep it out of shared caches and referrers.
        ctx.header("Cache-Control", "private, no-store").header("Referrer-Policy", "no-referrer");
        Conditional.send(ctx, ATOM, out.toString(), changed);
    }

    void atom(Context ctx) {
        Feed f = feed(ctx, "/feed.atom");
        StringWriter out = new StringWriter();
        AtomWriter.write(f.info, f.entries, f.changed.atOffset(ZoneOffset.UTC), out);
        Conditional.send(ctx, ATOM, out.toString(), f.changed);
    }

    void rss(Context ctx) {
        Feed f = feed(ctx, "/feed.rss");
        StringWriter out = new StringWriter();
        RssWriter.write(f.info, f.entries, out);
        Conditional.send(ctx, "application/rss+xml; charset=utf-8", out.toString(), f.changed);
    }

    void opml(Context ctx) {
        String base = origin.of(ctx);
        List<OpmlWriter.Outline> outlines = new ArrayList<>();
        for (NameCount n : archive.store().sources()) {
            outlines.add(new OpmlWriter.Outline(n.name(),
                    base + Urls.withQuery("/feed.rss", Urls.params("source", n.name())),
                    base + Urls.source(n.name())));
        }
        Instant changed = changed();
        StringWriter out = new StringWriter();
        OpmlWriter.write("مصادر مرصد", outlines, changed.atOffset(ZoneOffset.UTC), out);
        Conditional.send(ctx, "text/x-opml; charset=utf-8", out.toString(), changed);
    }

    private record Feed(FeedInfo info, List<FeedEntry> entries, Instant changed) {
    }

    /** The feed of the request's search: newest first unless the request asks otherwise. */
    private Feed feed(Context ctx, String path) {
        Params p = new Params(ctx.queryParamMap());
        boolean full = full(p);
        SearchRequest asked = p.search(FEED_SIZE);
        String q = asked.query().isBlank() ? null : asked.query();
        SearchRequest req = new SearchRequest(asked.query(), asked.source(), asked.tag(), asked.from(), asked.to(),
                p.text("sort", 20) == null ? SearchRequest.Sort.DATE : asked.sort(), asked.limit(), asked.offset());
        // Read before searching: an article stored in between makes the next poll's Last-Modified newer.
        Instant changed = changed();
        // a feed shows no facets; without a query it is read from the store while nothing can be searched
        StoreLists.Listed listed = StoreLists.answer(archive, req, FacetSet.NONE);
        if (listed.from() != null) {
            ctx.header(StoreLists.HEADER, listed.from());
        }
        SearchResults r = listed.results();
        String base = origin.of(ctx);
        List<FeedEntry> entries = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            // The stored article gives what the index does not keep: the original URL's vetting, tags, the
            // fetch time of an undated article, the full text.
            Optional<Article> a = archive.store().get(h.id());
            if (a.isPresent()) {
                entries.add(entry(a.get(), base, h.snippet(), full));
            }
        }
        String params = Urls.withQuery("", Urls.params("q", q, "source", req.source(), "tag", req.tag()));
        StringBuilder title = new StringBuilder("مرصد");
        if (q != null) {
            title.append(": ").append(q);
        }
        if (req.source() != null) {
            title.append(" — ").append(req.source());
        }
        if (req.tag() != null) {
            title.append(" — #").append(req.tag());
        }
        String site = q == null && req.source() == null && req.tag() == null ? base + "/"
                : base + "/search" + params;
        String self = base + path + Urls.withQuery("", Urls.params("q", q, "source", req.source(), "tag", req.tag(),
                "full", full ? "1" : null));
        return new Feed(new FeedInfo(FeedEntry.urn("marsad:feed:" + path + params), title.toString(), self, site,
                "أحدث المقالات المطابقة في مرصد"), entries, changed);
    }

    /**
     * An article as a feed entry: linking to the original when its URL is a web address (else to its Marsad
     * page), with the Marsad page as the related link.
     */
    private FeedEntry entry(Article a, String base, String summary, boolean full) {
        String page = base + Urls.article(a.id());
        String original = Urls.external(a.url());
        return new FeedEntry(FeedEntry.idOf(a.id()), a.title(), original == null ? page : original, page,
                a.published(), collected(a), a.source(), summary, a.tags(), full ? a.body() : List.of());
    }

    /**
     * When Marsad collected an article: its fetch (or read) time, else, for an undated article that came with none
     * (a JSON file), when it was first stored. Only undated articles need it, so only they cost the look-up.
     */
    private String collected(Article a) {
        if (a.fetchedAt() != null || a.published() != null) {
            return a.fetchedAt();
        }
        return archive.store().firstStored(a.id()).map(Instant::toString).orElse(null);
    }

    /** {@code full=1} asks for the full text; {@code full=0} or absent, summaries. */
    private static boolean full(Params p) {
        String v = p.text("full", 5);
        if (v == null || v.equals("0")) {
            return false;
        }
        if (v.equals("1")) {
            return true;
        }
        throw new BadRequest("parameter 'full' must be 0 or 1", "قيمة «full» تكون 0 أو 1");
    }

    /** When the archive last changed (the clock's now for an empty one): the feeds' Last-Modified. */
    private Instant changed() {
        return archive.store().lastChanged().orElseGet(clock::instant);
    }
}
