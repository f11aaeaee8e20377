package org.marsad.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
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
import org.marsad.web.http.Params;
import org.marsad.web.view.Urls;

/** Any search as an Atom or RSS feed, a watch's alerts as an Atom feed, and the outlets as an OPML list. */
final class Feeds {
    static final int FEED_SIZE = 30;

    private final Archive archive;
    private final Clock clock;
    private final Watches watches;

    Feeds(Archive archive, Clock clock, Watches watches) {
        this.archive = archive;
        this.clock = clock;
        this.watches = watches;
    }

    /**
     * {@code /watches/{id}/feed.atom?token=…}: the articles a watch alerted on, newest first. A wrong id, a wrong
     * token and no token are the same 404, so the feed does not tell which watches exist.
     */
    void watch(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("no such watch feed");
        }
        Optional<Watch> w = watches == null ? Optional.empty() : watches.get(id);
        Optional<List<Article>> alerted = w.isEmpty() ? Optional.empty()
                : watches.feed(id, ctx.queryParam("token"));
        if (alerted.isEmpty()) {
            throw new NotFound("no such watch feed");
        }
        String base = base(ctx);
        List<FeedEntry> entries = new ArrayList<>();
        for (Article a : alerted.get()) {
            entries.add(new FeedEntry(a.id(), a.title(), base + Urls.article(a.id()), a.published(), a.source(),
                    Payloads.snippet(a), a.tags(), a.fetchedAt()));
        }
        String self = base + "/" + WatchJson.feedPath(w.get());
        FeedInfo info = new FeedInfo("مرصد: " + w.get().name(), self, base + "/search"
                + Urls.withQuery("", Urls.params("q", w.get().query())), "تنبيهات المراقبة «" + w.get().name() + "»");
        StringWriter out = new StringWriter();
        AtomWriter.write(info, entries, OffsetDateTime.now(clock), out);
        // The URL carries a secret: keep it out of shared caches and referrers.
        ctx.header("Cache-Control", "private, no-store").header("Referrer-Policy", "no-referrer");
        ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
    }

    void atom(Context ctx) {
        Feed f = feed(ctx, "/feed.atom");
        StringWriter out = new StringWriter();
        AtomWriter.write(f.info, f.entries, OffsetDateTime.now(clock), out);
        ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
    }

    void rss(Context ctx) {
        Feed f = feed(ctx, "/feed.rss");
        StringWriter out = new StringWriter();
        RssWriter.write(f.info, f.entries, out);
        ctx.contentType("application/rss+xml; charset=utf-8").result(out.toString());
    }

    void opml(Context ctx) {
        String base = base(ctx);
        List<OpmlWriter.Outline> outlines = new ArrayList<>();
        for (NameCount n : archive.store().sources()) {
            outlines.add(new OpmlWriter.Outline(n.name(),
                    base + Urls.withQuery("/feed.rss", Urls.params("source", n.name())),
                    base + Urls.source(n.name())));
        }
        StringWriter out = new StringWriter();
        OpmlWriter.write("مصادر مرصد", outlines, OffsetDateTime.now(clock), out);
        ctx.contentType("text/x-opml; charset=utf-8").result(out.toString());
    }

    private record Feed(FeedInfo info, List<FeedEntry> entries) {
    }

    /** The feed of the request's search: newest first unless the request asks otherwise. */
    private Feed feed(Context ctx, String path) {
        Params p = new Params(ctx.queryParamMap());
        SearchRequest asked = p.search(FEED_SIZE);
        String q = asked.query().isBlank() ? null : asked.query();
        SearchRequest req = new SearchRequest(asked.query(), asked.source(), asked.tag(), asked.from(), asked.to(),
                p.text("sort", 20) == null ? SearchRequest.Sort.DATE : asked.sort(), asked.limit(), asked.offset());
        SearchResults r = archive.search(req);
        String base = base(ctx);
        List<FeedEntry> entries = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            // The index does not keep fetch times: an undated hit (a few at most) takes its own from the store.
            String fetchedAt = h.published() != null ? null
                    : archive.store().get(h.id()).map(Article::fetchedAt).orElse(null);
            entries.add(new FeedEntry(h.id(), h.title(), base + Urls.article(h.id()), h.published(), h.source(),
                    h.snippet(), List.of(), fetchedAt));
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
        return new Feed(new FeedInfo(title.toString(), base + path + params, site,
                "أحدث المقالات المطابقة في مرصد"), entries);
    }

    /** The site's origin as the client reached it, for the absolute links feeds need. */
    static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
