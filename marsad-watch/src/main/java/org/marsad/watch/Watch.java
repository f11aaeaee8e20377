package org.marsad.watch;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A saved search and where its alerts go.
 *
 * @param id            stable number, never reused
 * @param spec          what the owner chose
 * @param owner         the user who owns it (null for watches made on the command line without one)
 * @param feedToken     the secret of its Atom feed ({@code /watches/{id}/feed.atom?token=…})
 * @param webhookPaused why webhook deliveries stopped after repeated failures; null while they work
 * @param emailPaused   why e-mail deliveries stopped; null while they work
 * @param sinceSeq      articles stored at or below this store sequence number never alert it
 * @param nextDigest    when the next digest is due (digest modes), else null
 */
public record Watch(long id, WatchSpec spec, String owner, String feedToken, String webhookPaused, String emailPaused,
                    long sinceSeq, Instant nextDigest, Instant createdAt, Instant updatedAt) {

    public String name() {
        return spec.name();
    }

    public String query() {
        return spec.query();
    }

    public WatchMode mode() {
        return spec.mode();
    }

    /**
     * What the owner chose for a watch.
     *
     * @param name          a label
     * @param query         the query, in search's query language
     * @param mode          when to alert
     * @param newOutlets    in story modes, alert again when another outlet joins a story already alerted
     * @param digestAt      local time of the daily digest (null: 08:00)
     * @param zone          the owner's time zone, for digests
     * @param webhookUrl    where to POST alerts, or null
     * @param webhookSecret the HMAC key of the signature header (null with no webhook)
     * @param allowPrivate  whether the webhook may be on a private or loopback address
     * @param email         where to mail alerts, or null
     * @param paused        the owner paused the whole watch
     */
    public record WatchSpec(String name, String query, WatchMode mode, boolean newOutlets, LocalTime digestAt,
                            ZoneId zone, URI webhookUrl, String webhookSecret, boolean allowPrivate, String email,
                            boolean paused) {
        /** The default local time of a daily digest. */
        public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 0);

        public WatchSpec {
            mode = mode == null ? WatchMode.STORIES : mode;
            digestAt = digestAt == null ? DEFAULT_DIGEST_AT : digestAt;
            zone = zone == null ? ZoneId.systemDefault() : zone;
        }

        /** A watch with a name and a query, other choices left at their defaults. */
        public static WatchSpec of(String name, String query) {
            return new WatchSpec(name, query, WatchMode.STORIES, false, null, null, null, null, false, null, false);
        }

        public WatchSpec withMode(WatchMode m) {
            return new WatchSpec(name, query, m, newOutlets, digestAt, zone, webhookUrl, webhookSecret, allowPrivate,
                    email, paused);
        }

        public WatchSpec withWebhook(URI url, String secret, boolean allowPrivateTarget) {
            return new WatchSpec(name, query, mode, newOutlets, digestAt, zone, url, secret, allowPrivateTarget,
                    email, paused);
        }

        public WatchSpec withEmail(String address) {
            return new WatchSpec(name, query, mode, newOutlets, digestAt, zone, webhookUrl, webhookSecret,
                    allowPrivate, address, paused);
        }

        public WatchSpec withNewOutlets(boolean on) {
            return new WatchSpec(name, query, mode, on, digestAt, zone, webhookUrl, webhookSecret, allowPrivate,
                    email, paused);
        }

        public WatchSpec withDigest(LocalTime at, ZoneId inZone) {
            return new WatchSpec(name, query, mode, newOutlets, at, inZone, webhookUrl, webhookSecret, allowPrivate,
                    email, paused);
        }

        public WatchSpec withPaused(boolean on) {
            return new WatchSpec(name, query, mode, newOutlets, digestAt, zone, webhookUrl, webhookSecret,
                    allowPrivate, email, on);
        }

        public WatchSpec withQuery(String newName, String newQuery) {
            return new WatchSpec(newName, newQuery, mode, newOutlets, digestAt, zone, webhookUrl, webhookSecret,
                    allowPrivate, email, paused);
        }
    }
}
