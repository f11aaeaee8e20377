package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.watch.AlertPolicy;
import org.marsad.watch.Watch;
import org.marsad.watch.Watches;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.MailSender;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.WatchException;
import org.marsad.watch.WatchJson;
import org.marsad.watch.WatchMode;
import org.marsad.web.format.ArabicRelativeTime;
import org.marsad.web.format.DateDisplay;
import org.marsad.web.view.Confirmation;
import org.marsad.web.view.DeliveryView;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;
import org.marsad.web.view.Urls;
import org.marsad.web.view.WatchForm;
import org.marsad.web.view.WatchTestView;
import org.marsad.web.view.WatchView;

/**
 * The {@code /watches} page: an editor's watches (an admin's: all) with their last alert, and forms to add, change,
 * pause and delete them; {@code /watches/{id}}: one watch's delivery log and a test over the last days. Forms carry the session's CSRF token (the guard checks it); each change then goes through
 * the same ownership rules as {@link WatchApi}. A refused watch (a bad query …) shows the page again with the Arabic
 * reason and what was typed.
 */
final class WatchPages {
    /** Delivery log lines a watch page shows. */
    private static final int DELIVERY_LOG = 50;
    /** Attempts as the log counts them, never 1 (a first attempt is not worth a word): "محاولتان", "3 محاولات". */
    private static final CountedNoun ATTEMPTS = new CountedNoun("محاولة واحدة", "محاولتان", "محاولات", "محاولة",
            "محاولة");

    private final Access access;
    private final WatchApi api;
    private final Views views;
    private final Clock clock;
    private final Present present;

    WatchPages(Access access, WatchApi api, Views views, Clock clock) {
        this.access = access;
        this.api = api;
        this.views = views;
        this.clock = clock;
        this.present = new Present(clock);
    }

    /** {@code GET /watches[?q=…]}: the list, and the new-watch form filled with {@code q} (from the search page). */
    void page(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 2_000) {
            q = q.substring(0, 2_000);
        }
        render(ctx, u, WatchForm.of(q == null ? null : q.strip()));
    }

    /** {@code POST /watches}: a new watch owned by the user. */
    void create(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        WatchForm typed = typed(ctx, 0);
        try {
            WatchSpec s = webhook(ctx, u, WatchSpec.of(typed.name(), typed.query()).withMode(mode(typed.mode()))
                    .withEmail(typed.email()), typed);
            api.watchesOrFail().create(s, u.name());
        } catch (WatchException e) {
            refused(ctx, u, typed, e);
            return;
        }
        ctx.redirect("/watches", HttpStatus.SEE_OTHER);
    }

    /**
     * The webhook the form asks for: none when its address is blank; a new secret when one is typed, else the one
     * the watch has (a new watch without one gets a random secret, shown on its page). Only an admin may let it
     * reach a private or loopback address.
     */
    private static WatchSpec webhook(Context ctx, User u, WatchSpec s, WatchForm typed) {
        if (typed.webhookUrl().isEmpty()) {
            return s.withWebhook(null, null, false);
        }
        URI url;
        try {
            url = new URI(typed.webhookUrl());
        } catch (java.net.URISyntaxException e) {
            throw new WatchException("webhook_url", "not a URL: " + typed.webhookUrl(), "رابط الخطاف غير صالح.");
        }
        String secret = field(ctx, "webhook_secret");
        boolean allowPrivate = u.can(Role.ADMIN) ? ctx.formParam("allow_private") != null : s.allowPrivate();
        return s.withWebhook(url, secret.isEmpty() ? s.webhookSecret() : secret, allowPrivate);
    }

    /** {@code POST /watches/{id}}: changes name, query, mode, e-mail, webhook and pause of a watch the user manages. */
    void update(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch old = owned(u, ctx.pathParam("id"));
        WatchForm typed = typed(ctx, old.id());
        try {
            WatchSpec s = webhook(ctx, u, old.spec().withQuery(typed.name(), typed.query()).withMode(mode(typed.mode()))
                    .withEmail(typed.email()).withPaused(ctx.formParam("paused") != null), typed);
            api.watchesOrFail().update(old.id(), s);
        } catch (WatchException e) {
            refused(ctx, u, typed, e);
            return;
        }
        ctx.redirect("/watches", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /watches/{id}/delete}: asks before deleting (the list's «احذف المراقبة» is a link here, so one
     * stray click deletes nothing, and it works without script).
     */
    void confirmDelete(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch w = owned(u, ctx.pathParam("id"));
        views.confirm(ctx, "حذف مراقبة", new Confirmation("حذف المراقبة", w.name(),
                "لن تصلك بعد الآن تنبيهات هذا البحث، ويُحذف سجل إرسالها وتتوقف خلاصتها. لا يمكن التراجع عن الحذف.",
                "/watches/" + w.id() + "/delete", null, "احذف المراقبة", "/watches#watch-" + w.id()));
    }

    /** {@code POST /watches/{id}/delete} (the confirm page's form). */
    void delete(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch w = owned(u, ctx.pathParam("id"));
        api.watchesOrFail().remove(w.id());
        ctx.redirect("/watches", HttpStatus.SEE_OTHER);
    }

    private Watch owned(User u, String id) {
        try {
            return api.owned(u, id);
        } catch (NotFound e) {
            throw new NotFound("لا توجد مراقبة بهذا الرقم بين مراقباتك.");
        }
    }

    private static WatchMode mode(String key) {
        return WatchMode.parse(key == null || key.isBlank() ? "stories" : key);
    }

    private static WatchForm typed(Context ctx, long id) {
        return new WatchForm(field(ctx, "name"), field(ctx, "query"), field(ctx, "mode"), field(ctx, "email"),
                field(ctx, "webhook_url"), ctx.formParam("paused") != null, null, id);
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    private void refused(Context ctx, User u, WatchForm typed, WatchException e) {
        ctx.status(400);
        render(ctx, u, new WatchForm(typed.name(), typed.query(), typed.mode(), typed.email(), typed.webhookUrl(),
                typed.paused(), e.arabic(), typed.errorFor()));
    }

    private void render(Context ctx, User u, WatchForm form) {
        Instant now = clock.instant();
        List<WatchView> list = new ArrayList<>();
        for (Watch w : api.visible(u)) {
            list.add(view(u, w, now));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("المراقبات"));
        m.put("watches", list);
        m.put("form", form);
        m.put("mailConfigured", api.watchesOrFail().mailConfigured());
        views.render(ctx, "watches.jte", m);
    }

    /**
     * {@code GET /watches/{id}[?test=1]}: one watch with its delivery log, and — when asked, since it searches the
     * archive — what it would have alerted on over the last 7 days.
     */
    void detail(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch w = api.owned(u, ctx.pathParam("id"));
        Instant now = clock.instant();
        List<DeliveryView> log = new ArrayList<>();
        for (Delivery d : api.watchesOrFail().deliveries(w.id(), DELIVERY_LOG)) {
            log.add(new DeliveryView(d.createdAt().toString(), DateDisplay.moment(d.createdAt(), clock.getZone()),
                    ArabicRelativeTime.since(d.createdAt(), now),
                    d.channel() == Delivery.Channel.EMAIL ? "البريد" : "الخطاف",
                    d.kind() == Delivery.Kind.DIGEST ? "ملخص" : "تنبيه", d.status().key(), statusText(d.status()),
                    d.attempts(), attemptsText(d.attempts()), nextText(d, now),
                    d.lastError()));
        }
        WatchTestView test = null;
        if (ctx.queryParam("test") != null) {
            Watches.TestResult r = api.watchesOrFail().test(w.spec(), WatchApi.TEST_DAYS);
            List<WatchTestView.Alert> alerts = new ArrayList<>();
            for (Watches.TestHit h : r.alerts()) {
                alerts.add(new WatchTestView.Alert(present.hit(h.article()), reasonText(h.reason())));
            }
            test = new WatchTestView(WatchApi.TEST_DAYS, matchedText(WatchApi.TEST_DAYS, r.matched()), alerts);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(w.name()));
        m.put("w", view(u, w, now));
        m.put("deliveries", log);
        m.put("test", test);
        m.put("testHref", "/watches/" + w.id() + "?test=1");
        views.render(ctx, "watch.jte", m);
    }

    private WatchView view(User u, Watch w, Instant now) {
        Optional<Instant> last = api.watchesOrFail().lastAlert(w.id());
        String detail = w.webhookPaused() != null ? w.webhookPaused() : w.emailPaused();
        return new WatchView(w.id(), w.name(), w.query(),
                Urls.withQuery("/search", Urls.params("q", w.query())), w.mode().key(), modeText(w.mode()),
                w.spec().email(), w.spec().webhookUrl() == null ? null : w.spec().webhookUrl().toString(),
                w.spec().paused(), pauseText(w), detail, last.map(Instant::toString).orElse(null),
                last.map(t -> DateDisplay.moment(t, clock.getZone())).orElse(null),
                last.map(t -> ArabicRelativeTime.since(t, now)).orElse("لم تنبّه بعد"),
                WatchJson.feedPath(w), u.can(Role.ADMIN) ? w.owner() : null, w.spec().webhookSecret(),
                w.spec().allowPrivate());
    }

    private static final CountedNoun DAYS = new CountedNoun("يوم", "يومين", "أيام", "يوماً", "يوم");
    /** The object of "طابق": accusative ("مقالاً واحداً"), the dual too ("مقالين"). */
    private static final CountedNoun MATCHED = new CountedNoun("مقالاً واحداً", "مقالين", "مقالات", "مقالاً", "مقال");

    /** "في آخر 7 أيام طابق البحث 3 مقالات", with the count in the form Arabic gives it. */
    static String matchedText(int days, int matched) {
        String when = "في آخر " + DAYS.count(days);
        return matched == 0 ? when + " لم يطابق البحث أي مقال" : when + " طابق البحث " + MATCHED.count(matched);
    }

    /**
     * Why a channel of the watch stopped, in Arabic, each stopped channel said; null while both work. A server
     * without SMTP settings is not a run of failures: the editor needs to know that no mail can go until an
     * administrator sets one up. Each says that the alerts meanwhile are kept and go when the channel resumes.
     */
    static String pauseText(Watch w) {
        List<String> said = new ArrayList<>();
        if (w.webhookPaused() != null) {
            said.add((w.webhookPaused().startsWith("paused after ") ? "توقف الخطاف بعد إخفاقات متكررة"
                    : "توقف الخطاف لأن العنوان المستقبِل رفض التنبيه")
                    + "؛ التنبيهات محفوظة، وتُرسل كلها حين تعدّل المراقبة أو تستأنفها بعد إصلاح العنوان المستقبِل.");
        }
        if (w.emailPaused() != null && w.emailPaused().contains(MailSender.NOT_CONFIGURED)) {
            said.add("البريد متوقف: لم يُضبط خادم بريد صادر لمرصد؛ التنبيهات محفوظة، وتُرسل بالبريد حين يضبطه مدير "
                    + "الخادم.");
        } else if (w.emailPaused() != null) {
            said.add("توقف البريد بعد إخفاقات في الإرسال؛ التنبيهات محفوظة، وتُرسل كلها حين تعدّل المراقبة.");
        }
        return said.isEmpty() ? null : String.join(" ", said);
    }

    /** How many attempts a delivery took, in Arabic ("محاولتان", "3 محاولات"); null for one or none. */
    static String attemptsText(int attempts) {
        return attempts > 1 ? ATTEMPTS.count(attempts) : null;
    }

    /**
     * When a delivery that failed is tried again, so the owner of a failing receiver knows how long the alert will
     * wait; null for a delivery not yet tried (it goes at once) or one that waits for nothing.
     */
    static String nextText(Delivery d, Instant now) {
        if (d.status() != Delivery.Status.PENDING || d.attempts() == 0 || d.nextAttempt() == null) {
            return null;
        }
        String until = ArabicRelativeTime.until(d.nextAttempt(), now);
        return "المحاولة التالية " + (until.equals("الآن") ? "بعد لحظات" : until);
    }

    private static String statusText(Delivery.Status s) {
        return switch (s) {
            case PENDING -> "بانتظار الإرسال";
            case DELIVERED -> "أُرسل";
            case FAILED -> "فشل";
            case HELD -> "معلّق (القناة متوقفة)";
        };
    }

    private static String reasonText(AlertPolicy.Reason r) {
        return switch (r) {
            case MATCH -> "مطابق";
            case STORY -> "قصة جديدة";
            case OUTLET -> "منفذ جديد في القصة";
        };
    }

    static String modeText(WatchMode m) {
        return switch (m) {
            case EVERY -> "كل مقال مطابق";
            case STORIES -> "أول مقال من كل قصة";
            case HOURLY -> "ملخص كل ساعة";
            case DAILY -> "ملخص يومي";
        };
    }
}
