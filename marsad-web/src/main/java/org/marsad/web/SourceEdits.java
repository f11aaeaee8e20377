package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.accounts.Role;
import org.marsad.ingest.discover.FeedCandidate;
import org.marsad.ingest.discover.FeedDiscovery;
import org.marsad.ingest.discover.WebPageCheck;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleJson;
import org.marsad.web.format.FetchErrorWords;
import org.marsad.web.http.BadRequest;
import org.marsad.web.view.Urls;

/**
 * The API routes that change the followed sources, for editors: add ({@code POST /api/sources}, by feed, sitemap
 * or home page with feed discovery), change ({@code PATCH}), remove ({@code DELETE}) and poll now
 * ({@code POST /api/sources/{id}/poll}). The registry is the truth the poller reads; after each change the running
 * service is told ({@code changed}) so its poller looks at the registry at once.
 *
 * <p>SSRF: a feed, sitemap or home page on a private, loopback or link-local address is refused unless the request
 * says {@code "allow_private": true}, never allowed silently (the poller's fetcher checks again on every request).
 */
final class SourceEdits {
    private static final Set<String> ADD_FIELDS = Set.of("name", "feed", "sitemap", "homepage", "category",
            "interval_minutes", "allow_private");
    private static final Set<String> PATCH_FIELDS = Set.of("feed", "sitemap", "homepage", "category",
            "interval_minutes", "allow_private", "paused");
    private static final long MAX_INTERVAL_MINUTES = Duration.ofDays(7).toMinutes();

    private final SourceRegistry registry;
    private final Access access;
    private final Clock clock;
    private final Fetcher fetcher;
    private final Runnable changed;
    private final AddressGuard guard = new AddressGuard(AddressGuard.SYSTEM);

    SourceEdits(SourceRegistry registry, Access access, Clock clock, Fetcher fetcher, Runnable changed) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /**
     * {@code POST /api/sources}: {@code {name, feed | sitemap | homepage, category, interval_minutes,
     * allow_private}}. With a home page and neither feed nor sitemap, the site's feeds are discovered: a site with
     * one feed (else one sitemap) is followed by it, said in {@code followed}, with every {@code candidate} listed;
     * a site with several is a 409 listing them, for the client to send its choice as {@code feed}. 201 with the
     * source; 400 for a bad request, 409 when the name is taken or the site's feeds are to choose from.
     */
    void add(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        ObjectNode body = body(ctx, ADD_FIELDS);
        boolean allowPrivate = bool(body, "allow_private", false);
        URI homepage = url(body, "homepage");
        List<URI> feeds = urls(body, "feed");
        URI sitemap = url(body, "sitemap");
        String name = text(body, "name");
        ArrayNode candidates = null;
        URI followed = null;
        if (feeds.isEmpty() && sitemap == null) {
            if (homepage == null) {
                throw bad("give a feed, a sitemap or a homepage", "أدخل رابط خلاصة أو خريطة موقع أو صفحة رئيسية.");
            }
            FeedDiscovery.Discovery d = discover(homepage, allowPrivate);
            if (d.candidates().isEmpty()) {
                throw bad("no feed or sitemap found at " + homepage
                        + (d.skipped().isEmpty() ? "" : " (" + String.join("; ", d.skipped()) + ")"),
                        "لم نجد خلاصة ولا خريطة موقع في هذا الموقع.");
            }
            FeedCandidate pick = d.onlyChoice().orElse(null);
            if (pick == null) {
                mustChoose(ctx, homepage, d, name);
                return;
            }
            followed = pick.url();
            if (pick.kind().isFeed()) {
                feeds = List.of(pick.url());
            } else {
                sitemap = pick.url();
            }
            name = name == null ? d.siteTitle() : name;
            candidates = candidatesJson(d);
        }
        if (name == null || name.isBlank()) {
            throw bad("name is required", "أدخل اسماً للمصدر.");
        }
        Source s = source(name, homepage, text(body, "category"), feeds, sitemap, interval(body, null),
                allowPrivate, SourceHealth.NEW);
        requireAllowed(s);
        // A discovered feed was read as one already; an address the client gave is read once here.
        WebPageCheck.WebPage page = candidates != null ? null : webPageAmong(s, null);
        if (page != null) {
            notAFeed(ctx, page, "not saved");
            return;
        }
        try {
            registry.add(s, clock.instant());
        } catch (SourceRegistry.DuplicateSourceException e) {
            Api.error(ctx, 409, e.getMessage());
            return;
        }
        changed.run();
        ObjectNode out = FollowedSources.json(registry, registry.get(s.name()).orElseThrow(), clock.instant());
        if (candidates != null) {
            out.put("followed", followed.toString());
            out.set("candidates", candidates);
        }
        ctx.status(201).header("Location", "/api/sources/" + Urls.segment(s.name()));
        Api.json(ctx, out);
    }

    /**
     * The answer to a home page whose site offers several feeds (or no feed and several sitemaps): 409 with every
     * candidate and nothing saved. Following the first would pick a desk for the user without saying so.
     */
    private static void mustChoose(Context ctx, URI homepage, FeedDiscovery.Discovery d, String name) {
        String field = d.feeds().isEmpty() ? "sitemap" : "feed";
        // With a feed given the site is not read again, so its title cannot name the source: ask for a name too.
        String naming = name != null ? "" : d.siteTitle() == null ? " and a \"name\""
                : " and a \"name\" (the site calls itself '" + d.siteTitle() + "')";
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("error", homepage + " offers " + d.choicesLine() + "; nothing was saved: send the request again with "
                + "\"" + field + "\" set to the one" + (field.equals("feed") ? "(s)" : "") + " to follow" + naming);
        o.put("status", 409);
        o.set("candidates", candidatesJson(d));
        ctx.status(409);
        Api.json(ctx, o);
    }

    /**
     * {@code PATCH /api/sources/{id}}: changes the fields given ({@code feed, sitemap, homepage, category,
     * interval_minutes, allow_private, paused}; {@code null} clears an optional one); health and history are kept.
     */
    void change(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        Source old = existing(ctx);
        ObjectNode body = body(ctx, PATCH_FIELDS);
        List<URI> feeds = body.has("feed") ? urls(body, "feed") : old.feeds();
        URI sitemap = body.has("sitemap") ? url(body, "sitemap") : old.sitemap();
        URI homepage = body.has("homepage") ? url(body, "homepage") : old.homepage();
        String category = body.has("category") ? text(body, "category") : old.category();
        Duration interval = interval(body, old.pollInterval());
        boolean allowPrivate = bool(body, "allow_private", old.allowPrivate());
        boolean paused = bool(body, "paused", old.paused());
        Source s;
        try {
            s = replace(old, homepage, category, feeds, sitemap, interval, allowPrivate, paused);
        } catch (WebPageGiven e) {
            notAFeed(ctx, e.page(), "not changed");
            return;
        }
        Api.json(ctx, FollowedSources.json(registry, s, clock.instant()));
    }

    /** A web page given as a source's new feed or sitemap: nothing was changed. */
    static final class WebPageGiven extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient WebPageCheck.WebPage page;

        WebPageGiven(WebPageCheck.WebPage page) {
            super(page.message());
            this.page = page;
        }

        WebPageCheck.WebPage page() {
            return page;
        }
    }

    /**
     * The 400 of a web page given as a feed or sitemap: the one line {@code marsad sources add} prints, and the feeds
     * the page names ({@code page_feeds}) for the client to send instead.
     */
    private static void notAFeed(Context ctx, WebPageCheck.WebPage page, String outcome) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("error", "source " + outcome + ": " + page.message());
        o.put("status", 400);
        ArrayNode named = o.putArray("page_feeds");
        page.namedFeeds().forEach(u -> named.add(u.toString()));
        ctx.status(400);
        Api.json(ctx, o);
    }

    /**
     * Replaces a source's settings with these (the API's PATCH and the page's edit form), keeping its name, health,
     * polling memory and time zone; refuses a private address not allowed, and a feed or sitemap new to the source
     * that is a web page ({@link WebPageGiven}). Returns the source as stored.
     */
    Source replace(Source old, URI homepage, String category, List<URI> feeds, URI sitemap, Duration interval,
                   boolean allowPrivate, boolean paused) {
        Source s = validate(() -> new Source(old.name(), homepage, old.country(), old.language(),
                Source.category(category), feeds, sitemap, interval, allowPrivate, old.health(), old.timeZone(),
                paused));
        requireAllowed(s);
        WebPageCheck.WebPage page = webPageAmong(s, old);
        if (page != null) {
            throw new WebPageGiven(page);
        }
        if (!registry.update(s, clock.instant())) {
            throw new NotFound("no source with id " + old.name());
        }
        changed.run();
        return registry.get(s.name()).orElseThrow();
    }

    /** {@code DELETE /api/sources/{id}}: stops following the source (its stored articles stay). 204. */
    void remove(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String id = ctx.pathParam("id");
        if (!registry.remove(id)) {
            throw new NotFound("no source with id " + id);
        }
        changed.run();
        ctx.status(204);
    }

    /** {@code POST /api/sources/{id}/poll}: makes the source due now; the running poller takes it at once. 202. */
    void pollNow(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String id = ctx.pathParam("id");
        if (!registry.pollNow(id, clock.instant())) {
            throw new NotFound("no source with id " + id);
        }
        changed.run();
        ctx.status(202);
        Api.json(ctx, FollowedSources.json(registry, registry.get(id).orElseThrow(), clock.instant()));
    }

    // --- shared with the /sources page's forms

    /** Discovers a site's feeds, refusing a private address unless allowed. */
    FeedDiscovery.Discovery discover(URI homepage, boolean allowPrivate) {
        try {
            return new FeedDiscovery(fetcher).discover(homepage, allowPrivate);
        } catch (FeedDiscovery.DiscoveryException e) {
            if (e.privateAddress()) {
                throw privateRefused("homepage", homepage);
            }
            throw bad(e.getMessage(), "تعذّرت قراءة هذا العنوان: " + FetchErrorWords.arabic(e.getMessage()) + ".");
        }
    }

    /**
     * Refuses a source reaching a private, loopback or link-local address without {@code allow_private}. A host
     * that does not resolve now is let through: the poller's guard checks every fetch, and reports the failure.
     */
    void requireAllowed(Source s) {
        if (s.allowPrivate()) {
            return;
        }
        List<URI> all = new ArrayList<>(s.feeds());
        if (s.sitemap() != null) {
            all.add(s.sitemap());
        }
        for (URI u : all) {
            try {
                FetchResult.Refused r = guard.check(u, false);
                if (r != null) {
                    throw privateRefused(u.equals(s.sitemap()) ? "sitemap" : "feed", u);
                }
            } catch (UnknownHostException e) {
                // See above: not this check's business.
            }
        }
    }

    /**
     * The first of the source's feeds (then its sitemap) that is a web page, read once as {@code marsad sources add}
     * reads it; null when none is. With {@code old}, only the addresses new to the source are read (an edit of the
     * category does not fetch its feeds). An address that cannot be fetched now passes: the polls report it.
     */
    WebPageCheck.WebPage webPageAmong(Source s, Source old) {
        WebPageCheck check = new WebPageCheck(fetcher);
        for (URI feed : s.feeds()) {
            if (old == null || !old.feeds().contains(feed)) {
                WebPageCheck.WebPage page = check.feed(feed, s.allowPrivate());
                if (page != null) {
                    return page;
                }
            }
        }
        boolean newSitemap = s.sitemap() != null && (old == null || !s.sitemap().equals(old.sitemap()));
        return newSitemap ? check.sitemap(s.sitemap(), s.allowPrivate()) : null;
    }

    Source existingSource(String id) {
        return registry.get(id).orElseThrow(() -> new NotFound("no source with id " + id));
    }

    // --- parsing

    private Source existing(Context ctx) {
        return existingSource(ctx.pathParam("id"));
    }

    private static BadRequest privateRefused(String what, URI u) {
        return bad(what + " " + u + " is on a private, loopback or link-local address; send \"allow_private\": true"
                        + " to follow it",
                "العنوان داخلي (شبكة خاصة أو الجهاز نفسه)؛ لمتابعته اختر السماح بالعناوين الداخلية صراحة.");
    }

    static Source source(String name, URI homepage, String category, List<URI> feeds, URI sitemap,
                         Duration interval, boolean allowPrivate, SourceHealth health) {
        return validate(() -> new Source(name, homepage, null, null, category(category), feeds, sitemap, interval,
                allowPrivate, health));
    }

    private static String category(String c) {
        return validate(() -> Source.category(c));
    }

    private interface Check<T> {
        T get();
    }

    /** Turns the domain's one-line refusals (IllegalArgumentException) into a 400. */
    private static <T> T validate(Check<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage(), "بيانات المصدر غير صالحة: " + e.getMessage());
        }
    }

    private static BadRequest bad(String english, String arabic) {
        return new BadRequest(english, arabic);
    }

    private static ObjectNode body(Context ctx, Set<String> allowed) {
        JsonNode n;
        try {
            n = ArticleJson.mapper().readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw bad("the body is not valid JSON", "الطلب ليس JSON صالحاً.");
        }
        if (!(n instanceof ObjectNode o)) {
            throw bad("the body must be a JSON object", "الطلب ليس كائن JSON.");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                // A misspelt field silently ignored would leave the user believing it was set.
                throw bad("unknown field '" + f + "' (known: " + String.join(", ", allowed.stream().sorted()
                        .toList()) + ")", "حقل غير معروف: " + f);
            }
        }
        return o;
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw bad(field + " must be a string", "الحقل " + field + " يجب أن يكون نصاً.");
        }
        return n.asText();
    }

    private static URI url(ObjectNode o, String field) {
        String t = text(o, field);
        return t == null || t.isBlank() ? null : validate(() -> Source.url(t, field));
    }

    /** One URL or a list of them. */
    private static List<URI> urls(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            List<URI> out = new ArrayList<>();
            for (JsonNode e : n) {
                if (!e.isTextual()) {
                    throw bad(field + " must be a URL or a list of URLs", "الحقل " + field + " يجب أن يكون رابطاً.");
                }
                out.add(validate(() -> Source.url(e.asText(), field)));
            }
            return out;
        }
        URI u = url(o, field);
        return u == null ? List.of() : List.of(u);
    }

    private static boolean bool(ObjectNode o, String field, boolean otherwise) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return otherwise;
        }
        if (!n.isBoolean()) {
            throw bad(field + " must be true or false", "الحقل " + field + " يجب أن يكون true أو false.");
        }
        return n.booleanValue();
    }

    private static Duration interval(ObjectNode o, Duration otherwise) {
        JsonNode n = o.get("interval_minutes");
        if (n == null || n.isNull()) {
            return otherwise;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < Source.MIN_INTERVAL.toMinutes()
                || n.asLong() > MAX_INTERVAL_MINUTES) {
            throw bad("interval_minutes must be a whole number from " + Source.MIN_INTERVAL.toMinutes() + " to "
                    + MAX_INTERVAL_MINUTES, "فترة الجلب يجب أن تكون عدداً صحيحاً من الدقائق.");
        }
        return Duration.ofMinutes(n.asLong());
    }

    static ArrayNode candidatesJson(FeedDiscovery.Discovery d) {
        ArrayNode a = ArticleJson.mapper().createArrayNode();
        for (FeedCandidate c : d.candidates()) {
            ObjectNode o = a.addObject();
            o.put("url", c.url().toString());
            o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("title", c.title());
            o.put("entries", c.entries());
            o.put("found", c.found().name().toLowerCase(java.util.Locale.ROOT));
        }
        return a;
    }
}
