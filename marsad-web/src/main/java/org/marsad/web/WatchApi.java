package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.model.ArticleJson;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.WatchException;
import org.marsad.watch.WatchJson;
import org.marsad.watch.WatchMode;
import org.marsad.watch.Watches;
import org.marsad.web.http.BadRequest;

/**
 * {@code /api/watches}: the watches of the signed-in user, for programs (Bearer token) and the page's scripts
 * (session + CSRF header).
 *
 * <p>Who sees what: watches need the editor role (readers get 403). An editor sees and changes only the watches
 * they own; an admin sees and changes all of them, including those made on the command line without an owner.
 * Another user's watch answers 404, as if it did not exist, so ids tell nobody what others watch. Only an admin may
 * point a webhook at a private or loopback address ({@code allow_private}): it makes the server send requests
 * inside its own network.
 */
final class WatchApi {
    /** How far back {@code POST /api/watches/{id}/test} looks, unless {@code days} says otherwise. */
    static final int TEST_DAYS = 7;
    private static final int MAX_TEST_DAYS = 90;
    private static final int DELIVERY_LOG = 100;

    private final Access access;
    private final Watches watches;

    WatchApi(Access access, Watches watches) {
        this.access = access;
        this.watches = watches;
    }

    /** The watches {@code user} may see and change. */
    static boolean mayManage(User user, Watch w) {
        return user.can(Role.ADMIN) || (w.owner() != null && w.owner().equals(user.name()));
    }

    /** The watches of {@code user} (all of them for an admin), by id. */
    List<Watch> visible(User user) {
        return watches().list().stream().filter(w -> mayManage(user, w)).toList();
    }

    /** The watch {@code id} when {@code user} may manage it. @throws NotFound otherwise (or for a bad id) */
    Watch owned(User user, String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("no watch " + id);
        }
        return watches().get(n).filter(w -> mayManage(user, w)).orElseThrow(() -> new NotFound("no watch " + id));
    }

    Watches watchesOrFail() {
        return watches();
    }

    private Watches watches() {
        if (watches == null) {
            throw new NotFound("watches are not served by this server");
        }
        return watches;
    }

    /** {@code GET /api/watches}: {@code {total, watches: [watch]}}. */
    void list(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        List<Watch> mine = visible(u);
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("total", mine.size());
        ArrayNode list = o.putArray("watches");
        mine.forEach(w -> list.add(json(w)));
        Api.json(ctx, o);
    }

    /** {@code GET /api/watches/{id}}. */
    void get(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Api.json(ctx, json(owned(u, ctx.pathParam("id"))));
    }

    /**
     * {@code POST /api/watches}: a new watch owned by the caller; 201 with the watch. When the webhook's secret was
     * not given, the random one made for it is returned once, as {@code webhook_secret}.
     */
    void create(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        JsonNode body = body(ctx);
        WatchSpec spec = apply(u, WatchSpec.of(null, null), body);
        Watch w = save(() -> watches().create(spec, u.name()));
        ObjectNode o = json(w);
        if (w.spec().webhookUrl() != null && !has(body, "webhook_secret")) {
            o.put("webhook_secret", w.spec().webhookSecret());
        }
        ctx.status(201);
        ctx.header("Location", "/api/watches/" + w.id());
        Api.json(ctx, o);
    }

    /** {@code PATCH /api/watches/{id}}: changes the members given, keeps the others; the watch is registered again. */
    void update(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch old = owned(u, ctx.pathParam("id"));
        JsonNode body = body(ctx);
        WatchSpec spec = apply(u, old.spec(), body);
        Watch w = save(() -> watches().update(old.id(), spec).orElseThrow(() -> new NotFound("no watch " + old.id())));
        ObjectNode o = json(w);
        if (w.spec().webhookUrl() != null && old.spec().webhookUrl() == null && !has(body, "webhook_secret")) {
            o.put("webhook_secret", w.spec().webhookSecret());
        }
        Api.json(ctx, o);
    }

    /** {@code DELETE /api/watches/{id}}: 204; the watch, its alerts and deliveries are gone. */
    void delete(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch w = owned(u, ctx.pathParam("id"));
        watches().remove(w.id());
        ctx.status(204);
    }

    /** {@code GET /api/watches/{id}/deliveries}: the delivery log, newest first. */
    void deliveries(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch w = owned(u, ctx.pathParam("id"));
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        ArrayNode list = o.putArray("deliveries");
        watches().deliveries(w.id(), DELIVERY_LOG).forEach(d -> list.add(WatchJson.delivery(d)));
        Api.json(ctx, o);
    }

    /**
     * {@code POST /api/watches/{id}/test[?days=N]}: what the watch would have alerted on in the last N days (7 by
     * default): {@code {days, matched, alerts: [{reason, article}]}}.
     */
    void test(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        Watch w = owned(u, ctx.pathParam("id"));
        int days = days(ctx.queryParam("days"));
        Watches.TestResult r = save(() -> watches().test(w.spec(), days));
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("days", days);
        o.put("matched", r.matched());
        ArrayNode list = o.putArray("alerts");
        for (Watches.TestHit h : r.alerts()) {
            ObjectNode hit = list.addObject();
            hit.put("reason", h.reason().key());
            hit.set("article", ArticleJson.toNode(h.article()));
        }
        Api.json(ctx, o);
    }

    static int days(String text) {
        if (text == null || text.isBlank()) {
            return TEST_DAYS;
        }
        try {
            int d = Integer.parseInt(text.strip());
            if (d >= 1 && d <= MAX_TEST_DAYS) {
                return d;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadRequest("days must be a whole number from 1 to " + MAX_TEST_DAYS,
                "عدد الأيام يجب أن يكون بين 1 و" + MAX_TEST_DAYS + ".");
    }

    /** The watch JSON ({@link WatchJson#watch}) with {@code last_alert}. */
    ObjectNode json(Watch w) {
        ObjectNode o = WatchJson.watch(w);
        o.put("last_alert", watches().lastAlert(w.id()).map(Object::toString).orElse(null));
        return o;
    }

    private interface Save<T> {
        T run();
    }

    /** Runs a change, turning a refused spec (bad query, refused webhook …) into a 400 naming the field. */
    private static <T> T save(Save<T> s) {
        try {
            return s.run();
        } catch (WatchException e) {
            throw new BadRequest(e.field() + ": " + e.getMessage(), e.arabic());
        }
    }

    private static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw new BadRequest("send the watch as a JSON object", "أرسل بيانات المراقبة.");
        }
        try {
            JsonNode n = ArticleJson.mapper().readTree(text);
            if (n == null || !n.isObject()) {
                throw new BadRequest("the body must be a JSON object", "بيانات المراقبة غير صالحة.");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage(),
                    "بيانات المراقبة غير صالحة.");
        }
    }

    private static boolean has(JsonNode body, String field) {
        return body.has(field) && !body.get(field).isNull();
    }

    /**
     * {@code base} with the members of {@code body} applied: {@code name, query, mode, new_outlets, digest_at, zone,
     * webhook_url, webhook_secret, allow_private, email, paused}. A member sent as null (or "") clears it.
     */
    static WatchSpec apply(User u, WatchSpec base, JsonNode body) {
        String name = text(body, "name", base.name());
        String query = text(body, "query", base.query());
        WatchMode mode = base.mode();
        LocalTime at = base.digestAt();
        ZoneId zone = base.zone();
        URI hook = base.webhookUrl();
        try {
            if (body.has("mode")) {
                mode = WatchMode.parse(text(body, "mode", null));
            }
            if (body.has("digest_at")) {
                String t = text(body, "digest_at", null);
                at = t == null ? null : LocalTime.parse(t);
            }
            if (body.has("zone")) {
                String z = text(body, "zone", null);
                zone = z == null ? null : ZoneId.of(z);
            }
            if (body.has("webhook_url")) {
                String h = text(body, "webhook_url", null);
                hook = h == null ? null : new URI(h);
            }
        } catch (WatchException e) {
            throw new BadRequest(e.field() + ": " + e.getMessage(), e.arabic());
        } catch (DateTimeParseException e) {
            throw new BadRequest("digest_at must be a time such as 08:00", "وقت الملخص يُكتب هكذا: 08:00.");
        } catch (DateTimeException e) {
            throw new BadRequest("zone is not a time zone (e.g. Asia/Riyadh)", "المنطقة الزمنية غير معروفة.");
        } catch (URISyntaxException e) {
            throw new BadRequest("webhook_url is not a URL", "عنوان الخطاف غير صالح.");
        }
        String secret = body.has("webhook_secret") ? text(body, "webhook_secret", null) : base.webhookSecret();
        boolean allowPrivate = bool(body, "allow_private", base.allowPrivate());
        if (allowPrivate && !base.allowPrivate() && !u.can(Role.ADMIN)) {
            throw new AccessDenied(403, "allow_private needs the admin role",
                    "الإرسال إلى عنوان داخلي يحتاج صلاحية المدير.");
        }
        String email = text(body, "email", base.email());
        return new WatchSpec(name, query, mode, bool(body, "new_outlets", base.newOutlets()), at, zone, hook,
                secret, allowPrivate, email, bool(body, "paused", base.paused()));
    }

    private static String text(JsonNode body, String field, String otherwise) {
        if (!body.has(field)) {
            return otherwise;
        }
        JsonNode n = body.get(field);
        if (n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadRequest(field + " must be a string", "قيمة غير صالحة في " + field + ".");
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean bool(JsonNode body, String field, boolean otherwise) {
        if (!body.has(field) || body.get(field).isNull()) {
            return otherwise;
        }
        if (!body.get(field).isBoolean()) {
            throw new BadRequest(field + " must be true or false", "قيمة غير صالحة في " + field + ".");
        }
        return body.get(field).asBoolean();
    }
}
