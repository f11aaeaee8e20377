package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.accounts.Role;
import org.marsad.ingest.discover.FeedDiscovery;
import org.marsad.ingest.discover.WebPageCheck;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.ingest.source.Opml;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.source.SourcesImport;
import org.marsad.web.format.FetchErrorWords;
import org.marsad.web.format.OpmlErrorWords;
import org.marsad.web.http.BadRequest;
import org.marsad.web.view.CandidateView;
import org.marsad.web.view.Confirmation;
import org.marsad.web.view.Page;
import org.marsad.web.view.SourceAddForm;
import org.marsad.web.view.SourceEditRefusal;
import org.marsad.web.view.SourceImportView;

/**
 * The editors' forms of {@code /sources}: add a source by its home page (discover, then pick a candidate), import
 * an OPML file (and export one), edit,
 * pause or resume, remove one, poll one now. Each answers with a redirect back to {@code /sources} (so a reload does not post again); a bad
 * form gets the Arabic 400 page. The guard has checked the CSRF token before these run.
 */
final class SourceForms {
    private final SourceRegistry registry;
    private final SourceEdits edits;
    private final FollowedSources followed;
    private final Access access;
    private final Views views;
    private final Clock clock;
    private final Runnable changed;

    SourceForms(SourceRegistry registry, SourceEdits edits, FollowedSources followed, Access access, Views views,
                Clock clock, Runnable changed) {
        this.registry = registry;
        this.followed = followed;
        this.edits = edits;
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.changed = changed;
    }

    /**
     * {@code POST /sources/discover}: reads the site at {@code url} and shows what can be followed there. A site
     * that cannot be read (a bad address, a private one not allowed, unreachable, an HTTP error) gives the sources
     * page again, 400, with the reason on the form and what was typed still in it.
     */
    void discover(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        boolean allowPrivate = ctx.formParam("allow_private") != null;
        FeedDiscovery.Discovery d;
        try {
            d = edits.discover(url(ctx.formParam("url"), "url"), allowPrivate);
        } catch (BadRequest e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            followed.page(ctx, new SourceAddForm(orEmpty(ctx.formParam("url")), orEmpty(ctx.formParam("name")),
                    orEmpty(ctx.formParam("category")), allowPrivate, e.arabic()));
            return;
        }
        List<CandidateView> candidates = d.candidates().stream().map(CandidateView::of).toList();
        String name = blankToNull(ctx.formParam("name"));
        String notice = null;
        // The one feed (else sitemap) of the site is checked; among several the editor chooses, as with the API.
        String picked = d.onlyChoice().map(c -> CandidateView.of(c).pick()).orElse(null);
        if (d.givenProblem() != null) {
            // The address typed is not a readable feed: what else the site has is offered, never chosen for the
            // editor, or the source would follow another feed under the name typed for this one.
            notice = "تعذّرت قراءة الرابط الذي أدخلته (" + d.homepage() + ") خلاصةً: "
                    + FetchErrorWords.arabic(d.givenProblem()) + "."
                    + (candidates.isEmpty() ? "" : " وجدنا في الموقع نفسه ما يلي؛ اختر منه إن شئت.");
            picked = null;
        }
        renderPick(ctx, new PickForm(d.homepage().toString(),
                name != null ? name : d.siteTitle() == null ? "" : d.siteTitle(), orEmpty(ctx.formParam("category")),
                orEmpty(ctx.formParam("interval_minutes")), allowPrivate, candidates, picked, notice,
                d.givenProblem()));
    }

    /**
     * The second step's form: the candidates with {@code picked} checked (none when null), the fields as typed,
     * and {@code notice} (Arabic, or null) above them with its technical {@code detail} for whoever fixes the feed.
     */
    private record PickForm(String homepage, String name, String category, String interval, boolean allowPrivate,
                            List<CandidateView> candidates, String picked, String notice, String detail) {
    }

    private void renderPick(Context ctx, PickForm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("إضافة مصدر"));
        m.put("homepage", f.homepage());
        m.put("name", f.name());
        m.put("category", f.category());
        m.put("interval", f.interval());
        m.put("allowPrivate", f.allowPrivate());
        m.put("candidates", f.candidates());
        m.put("picked", f.picked());
        m.put("notice", f.notice());
        m.put("detail", f.detail());
        views.render(ctx, "source-add.jte", m);
    }

    /**
     * {@code POST /sources/add}: follows the picked candidate. A refused one (no pick, a bad field, a name already
     * used, a private address) gives the same form again, 400, with what was typed and picked and the reason in
     * Arabic; the candidates come back from the form's hidden fields, the site is not read again.
     */
    void add(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        try {
            follow(ctx);
        } catch (BadRequest e) {
            List<CandidateView> offered = new ArrayList<>();
            List<String> titles = ctx.formParams("offered_title");
            List<String> all = ctx.formParams("offered");
            for (int i = 0; i < all.size(); i++) {
                CandidateView c = CandidateView.fromOffered(all.get(i), i < titles.size() ? titles.get(i) : null);
                if (c != null) {
                    offered.add(c);
                }
            }
            ctx.status(HttpStatus.BAD_REQUEST);
            renderPick(ctx, new PickForm(orEmpty(ctx.formParam("homepage")), orEmpty(ctx.formParam("name")),
                    orEmpty(ctx.formParam("category")), orEmpty(ctx.formParam("interval_minutes")),
                    ctx.formParam("allow_private") != null, offered, blankToNull(ctx.formParam("pick")), e.arabic(),
                    null));
        }
    }

    private void follow(Context ctx) {
        // The radio's value is "feed URL" or "sitemap URL".
        String pick = orEmpty(ctx.formParam("pick")).strip();
        boolean sitemap = pick.startsWith("sitemap ");
        if (!sitemap && !pick.startsWith("feed ")) {
            throw new BadRequest("pick a feed or a sitemap", "اختر خلاصة أو خريطة موقع.");
        }
        URI picked = url(pick.substring(pick.indexOf(' ') + 1), "pick");
        String home = blankToNull(ctx.formParam("homepage"));
        Source s = SourceEdits.source(orEmpty(ctx.formParam("name")), home == null ? null : url(home, "homepage"),
                ctx.formParam("category"), sitemap ? List.of() : List.of(picked), sitemap ? picked : null,
                interval(ctx.formParam("interval_minutes")), ctx.formParam("allow_private") != null,
                SourceHealth.NEW);
        edits.requireAllowed(s);
        try {
            registry.add(s, clock.instant());
        } catch (SourceRegistry.DuplicateSourceException e) {
            throw new BadRequest(e.getMessage(), "يوجد مصدر بهذا الاسم. اختر اسماً آخر.");
        }
        changed.run();
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /sources/import}: follows the sources of an uploaded OPML file ({@code opml}), as {@code marsad
     * sources import FILE} does (the same bound, reading, address checks and "add what is absent"). The answer page
     * lists what was added, what was followed already and what was refused with why. A file that cannot be read
     * (none, too large, empty, not OPML, listing no feed) is refused whole with one line, 400, and nothing changes.
     */
    void importOpml(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        boolean allowPrivate = ctx.formParam("allow_private") != null;
        UploadedFile upload = ctx.uploadedFile("opml");
        String file = upload == null ? "" : orEmpty(upload.filename());
        List<Source> sources;
        try {
            if (upload == null) {
                renderImport(ctx, HttpStatus.BAD_REQUEST, SourceImportView.refused(file,
                        "اختر ملف OPML لرفعه.", null));
                return;
            }
            byte[] bytes;
            try (InputStream in = upload.content()) {
                bytes = in.readNBytes((int) SourcesImport.MAX_BYTES + 1);
            }
            sources = SourcesImport.read(bytes);
        } catch (Opml.OpmlException e) {
            renderImport(ctx, HttpStatus.BAD_REQUEST, SourceImportView.refused(file,
                    OpmlErrorWords.arabic(e.getMessage()), e.getMessage()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourcesImport.Outcome done = SourcesImport.run(sources, allowPrivate, true, AddressGuard.SYSTEM, registry,
                clock.instant());
        if (!done.added().isEmpty()) {
            changed.run();
        }
        renderImport(ctx, HttpStatus.OK, SourceImportView.of(file, done));
    }

    /** The answer to an upload Jetty could not take (over the bound, or cut off): 400, nothing changed. */
    void uploadUnreadable(Context ctx) {
        renderImport(ctx, HttpStatus.BAD_REQUEST, SourceImportView.refused("", "تعذّر استلام الملف: حجمه أكبر من "
                + (SourcesImport.MAX_BYTES >> 20) + " ميغابايت أو انقطع رفعه.", null));
    }

    private void renderImport(Context ctx, HttpStatus status, SourceImportView result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("استيراد مصادر"));
        m.put("result", result);
        ctx.status(status);
        views.render(ctx, "source-import.jte", m);
    }

    /** {@code POST /sources/poll}: makes the source named {@code name} due now. */
    void pollNow(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String name = orEmpty(ctx.formParam("name"));
        if (!registry.pollNow(name, clock.instant())) {
            throw new NotFound("لا يوجد مصدر بهذا الاسم.");
        }
        changed.run();
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /sources/edit}: replaces the category, interval, feeds (one per line) and sitemap of the source
     * named {@code name}; its health and polling memory stay, changed feeds make it due now. A new feed or sitemap
     * that is a web page is refused (400) as {@code marsad sources edit} refuses it: the sources page again with
     * this source's form open, what was typed, and a button per feed the page names. Any other refused field (an
     * address that is none, a private address the source may not reach, an interval out of range) gives the same
     * page with the reason, so nothing typed is lost.
     */
    void edit(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        Source old = edits.existingSource(orEmpty(ctx.formParam("name")));
        List<URI> feeds = new ArrayList<>();
        try {
            for (String line : orEmpty(ctx.formParam("feeds")).split("\\R")) {
                if (!line.isBlank()) {
                    feeds.add(url(line, "feed"));
                }
            }
            String sitemap = blankToNull(ctx.formParam("sitemap"));
            Duration interval = interval(ctx.formParam("interval_minutes"));
            edits.replace(old, old.homepage(), blankToNull(ctx.formParam("category")), feeds,
                    sitemap == null ? null : url(sitemap, "sitemap"), interval == null ? old.pollInterval() : interval,
                    old.allowPrivate(), old.paused());
        } catch (SourceEdits.WebPageGiven e) {
            // The sources page again, this source's form open with what was typed and the feeds the page names.
            ctx.status(HttpStatus.BAD_REQUEST);
            followed.page(ctx, SourceAddForm.EMPTY, editRefusal(old.name(), feeds, e.page(), ctx));
            return;
        } catch (BadRequest e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            followed.page(ctx, SourceAddForm.EMPTY, typedAgain(old.name(), "لم يُحفظ تعديل «" + old.name() + "»: "
                    + e.arabic(), "source '" + old.name() + "' not changed: " + e.getMessage(), List.of(), ctx));
            return;
        }
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    private static SourceEditRefusal editRefusal(String name, List<URI> feeds, WebPageCheck.WebPage page,
                                                 Context ctx) {
        boolean asFeed = feeds.contains(page.url());
        List<SourceEditRefusal.Offer> offers = new ArrayList<>();
        for (URI named : page.namedFeeds()) {
            List<String> lines = new ArrayList<>();
            for (URI f : feeds) {
                String line = (f.equals(page.url()) ? named : f).toString();
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
            if (!asFeed && !lines.contains(named.toString())) {
                lines.add(named.toString());
            }
            offers.add(new SourceEditRefusal.Offer(named.toString(), String.join("\n", lines)));
        }
        // The address is isolated left-to-right (LRI…PDI), or its trailing slash lands on the wrong side in Arabic.
        String error = "لم يُحفظ تعديل «" + name + "»: الرابط \u2066" + page.url() + "\u2069 صفحة ويب وليس "
                + (asFeed ? "خلاصة" : "خريطة موقع") + "."
                + (offers.isEmpty() ? " أضف الموقع بعنوان صفحته الرئيسية ليجد مرصد خلاصاته."
                : offers.size() == 1 ? " تذكر الصفحة خلاصتها أدناه؛ استخدمها بنقرة." 
                : " تذكر الصفحة خلاصاتها أدناه؛ اختر منها بنقرة.");
        return typedAgain(name, error, "source '" + name + "' not changed: " + page.message(), offers, ctx);
    }

    /** The refused edit of source {@code name}, the form's fields as typed. */
    private static SourceEditRefusal typedAgain(String name, String error, String detail,
                                                List<SourceEditRefusal.Offer> offers, Context ctx) {
        return new SourceEditRefusal(name, error, detail, orEmpty(ctx.formParam("category")),
                orEmpty(ctx.formParam("interval_minutes")), orEmpty(ctx.formParam("feeds")),
                orEmpty(ctx.formParam("sitemap")), offers);
    }

    /** {@code POST /sources/pause}: pauses ({@code paused=1}) or resumes the polling of the source {@code name}. */
    void pause(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String name = orEmpty(ctx.formParam("name"));
        if (!registry.setPaused(name, "1".equals(ctx.formParam("paused")))) {
            throw new NotFound("لا يوجد مصدر بهذا الاسم.");
        }
        changed.run();
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /sources/export.opml}: the followed sources' own feeds as {@code marsad sources export} writes
     * them, to follow elsewhere or import into another Marsad. Editors only: it names every feed and sitemap
     * followed, internal addresses included. ({@code /sources.opml}, for anyone, lists Marsad's feed per outlet.)
     */
    void export(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-sources.opml\"");
        ctx.contentType("text/x-opml; charset=utf-8").result(Opml.export(registry.list()));
    }

    /**
     * {@code GET /sources/remove?name=…}: asks before unfollowing (the list's «إلغاء المتابعة» is a link here, so one
     * stray click unfollows nothing, and it works without script).
     */
    void confirmRemove(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        Source s = registry.get(orEmpty(ctx.queryParam("name"))).orElseThrow(
                () -> new NotFound("لا يوجد مصدر بهذا الاسم."));
        views.confirm(ctx, "إلغاء متابعة مصدر", new Confirmation("إلغاء متابعة المصدر", s.name(),
                "لن يجلب مرصد مقالاته الجديدة بعد الآن. تبقى مقالاته المحفوظة في الأرشيف، ويمكنك متابعته من جديد لاحقاً.",
                "/sources/remove", s.name(), "ألغِ المتابعة", "/sources"));
    }

    /** {@code POST /sources/remove} (the confirm page's form): stops following the source {@code name} (its articles stay). */
    void remove(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String name = orEmpty(ctx.formParam("name"));
        if (!registry.remove(name)) {
            throw new NotFound("لا يوجد مصدر بهذا الاسم.");
        }
        changed.run();
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    private static URI url(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadRequest(what + " is required", "أدخل رابط الموقع.");
        }
        try {
            String t = text.strip();
            // People type "example.com": a site's address without a scheme means https.
            return Source.url(t.contains("://") ? t : "https://" + t, what);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage(), "الرابط غير صالح: " + text);
        }
    }

    private static Duration interval(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long m = Long.parseLong(text.strip());
            if (m >= Source.MIN_INTERVAL.toMinutes() && m <= Duration.ofDays(7).toMinutes()) {
                return Duration.ofMinutes(m);
            }
        } catch (NumberFormatException e) {
            // the same answer as out of range
        }
        throw new BadRequest("interval_minutes must be a whole number from 1 to 10080",
                "فترة الجلب يجب أن تكون عدداً صحيحاً من الدقائق بين 1 و10080.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
