package org.marsad.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.model.ArticleJson;
import org.marsad.watch.deliver.Delivery;

/**
 * The JSON of watches and deliveries, shared by {@code marsad watches list --json} and the API. The webhook secret
 * is never written back, only whether one is set; the feed token is, since its owner needs it to subscribe.
 */
public final class WatchJson {
    private WatchJson() {
    }

    /**
     * {@code {"id","name","query","owner","mode","new_outlets","digest_at","zone","webhook_url","webhook_secret_set",
     * "allow_private","email","paused","webhook_paused","email_paused","feed","next_digest","created_at",
     * "updated_at"}}; {@code feed} is the path of its Atom feed with the token.
     */
    public static ObjectNode watch(Watch w) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", w.id());
        o.put("name", w.name());
        o.put("query", w.query());
        o.put("owner", w.owner());
        o.put("mode", w.mode().key());
        o.put("new_outlets", w.spec().newOutlets());
        o.put("digest_at", w.spec().digestAt().toString());
        o.put("zone", w.spec().zone().getId());
        o.put("webhook_url", w.spec().webhookUrl() == null ? null : w.spec().webhookUrl().toString());
        o.put("webhook_secret_set", w.spec().webhookSecret() != null);
        o.put("allow_private", w.spec().allowPrivate());
        o.put("email", w.spec().email());
        o.put("paused", w.spec().paused());
        o.put("webhook_paused", w.webhookPaused());
        o.put("email_paused", w.emailPaused());
        o.put("feed", feedPath(w));
        o.put("next_digest", w.nextDigest() == null ? null : w.nextDigest().toString());
        o.put("created_at", w.createdAt().toString());
        o.put("updated_at", w.updatedAt().toString());
        return o;
    }

    /**
     * The absolute path ({@code /watches/…}) of a watch's Atom feed, token included: a client resolving it against
     * any address of the server (the API's own answer included) reaches the feed.
     */
    public static String feedPath(Watch w) {
        return "/watches/" + w.id() + "/feed.atom?token=" + w.feedToken();
    }

    /**
     * {@code {"id","channel","kind","status","attempts","next_attempt","last_status","last_error","created_at",
     * "updated_at"}}: the delivery log, without the payload.
     */
    public static ObjectNode delivery(Delivery d) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", d.id());
        o.put("channel", d.channel().key());
        o.put("kind", d.kind().key());
        o.put("status", d.status().key());
        o.put("attempts", d.attempts());
        o.put("next_attempt", d.status() == Delivery.Status.PENDING && d.nextAttempt() != null
                ? d.nextAttempt().toString() : null);
        if (d.lastStatus() == null) {
            o.putNull("last_status");
        } else {
            o.put("last_status", d.lastStatus());
        }
        o.put("last_error", d.lastError());
        o.put("created_at", d.createdAt().toString());
        o.put("updated_at", d.updatedAt().toString());
        return o;
    }
}
