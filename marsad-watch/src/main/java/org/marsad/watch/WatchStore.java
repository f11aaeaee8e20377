package org.marsad.watch;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.store.Database;
import org.marsad.watch.AlertPolicy.Reason;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.Delivery.Channel;
import org.marsad.watch.deliver.Delivery.Kind;
import org.marsad.watch.deliver.Delivery.Status;

/**
 * The watches' tables (migration V40) in the store's database: watches, their alerts, the delivery queue and log,
 * and the matching cursor. Every method of {@link Tx} runs inside the transaction {@link #write} or {@link #read}
 * opened; the database may run a write's work again when it finds the file busy, so work is SQL and pure code only.
 */
final class WatchStore {
    /** The watch_state row numbering watches (see {@code Tx.nextWatchId}). */
    private static final String NEXT_WATCH_ID = "next_watch_id";
    private static final String WATCH_COLUMNS = "id, name, query, owner, mode, new_outlets, digest_at, zone, "
            + "webhook_url, webhook_secret, allow_private, email, feed_token, paused, webhook_paused, email_paused, "
            + "since_seq, next_digest_ms, created_at, updated_at";
    private static final String DELIVERY_COLUMNS = "id, watch_id, channel, kind, payload, status, attempts, "
            + "next_attempt_ms, last_status, last_error, created_at, updated_at";

    private final Database database;

    /** {@link #DELIVERY_COLUMNS} of the table named {@code alias}. */
    private static String qualified(String alias) {
        return alias + "." + DELIVERY_COLUMNS.replace(", ", ", " + alias + ".");
    }

    /**
     * The receiver of delivery {@code delivery} of watch {@code watch} (aliases) in SQL: its watch's webhook URL or
     * e-mail address (an address in any case is one mailbox), by the delivery's channel.
     */
    private static String receiver(String watch, String delivery) {
        return "CASE WHEN " + delivery + ".channel = '" + Channel.WEBHOOK.key() + "' THEN " + watch + ".webhook_url "
                + "ELSE LOWER(" + watch + ".email) END";
    }

    WatchStore(Database database) {
        this.database = database;
    }

    /** Work inside one store transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    <T> T write(Work<T> work) {
        return database.write(t -> work.run(new Tx(t)));
    }

    /** Runs {@code work} in one read transaction (it never waits for a writer). */
    <T> T read(Work<T> work) {
        return database.read(t -> work.run(new Tx(t)));
    }

    /** An alert as stored. */
    record AlertRow(long id, long watchId, String articleId, String storyId, String source, Reason reason,
                    Long digestId, Instant createdAt) {
    }

    /** The statements of one transaction. */
    static final class Tx {
        private final org.marsad.store.Tx c;

        Tx(org.marsad.store.Tx c) {
            this.c = c;
        }

        long state(String name) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM watch_state WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        void setState(String name, long value) throws SQLException {
            update("UPDATE watch_state SET value = ? WHERE name = ?", value, name);
        }

        long nextId() throws SQLException {
            long id = state("next_id");
            setState("next_id", id + 1);
            return id;
        }

        /**
         * The next watch's id. Watches are numbered on their own (1, 2, 3 …), so the ids a user sees do not jump by
         * the alerts and deliveries numbered in between ({@code next_id} numbers those). A store made before this
         * counter starts it at {@code next_id}'s value: one jump at the upgrade, and never an id used before.
         */
        long nextWatchId() throws SQLException {
            // Inlined names: PostgreSQL cannot type a parameter in a select list.
            update("INSERT INTO watch_state (name, value) SELECT '" + NEXT_WATCH_ID + "', value FROM watch_state "
                    + "WHERE name = 'next_id' AND NOT EXISTS (SELECT 1 FROM watch_state WHERE name = '"
                    + NEXT_WATCH_ID + "')");
            long id = state(NEXT_WATCH_ID);
            setState(NEXT_WATCH_ID, id + 1);
            return id;
        }

        private void changed() throws SQLException {
            setState("version", state("version") + 1);
        }

        // --- watches

        Watch insert(WatchSpec s, String owner, String feedToken, long sinceSeq, Instant nextDigest, Instant now)
                throws SQLException {
            long id = nextWatchId();
            update("INSERT INTO watches (" + WATCH_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "NULL, NULL, ?, ?, ?, ?)", id, s.name(), s.query(), owner, s.mode().key(),
                    s.newOutlets() ? 1 : 0, s.digestAt().toString(), s.zone().getId(),
                    s.webhookUrl() == null ? null : s.webhookUrl().toString(), s.webhookSecret(),
                    s.allowPrivate() ? 1 : 0, s.email(), feedToken, s.paused() ? 1 : 0, sinceSeq,
                    nextDigest == null ? null : nextDigest.toEpochMilli(), now.toString(), now.toString());
            changed();
            return watch(id).orElseThrow();
        }

        /**
         * Saves what the owner changed. A channel that was paused for failures is resumed (the owner has looked
         * at it) and its held deliveries are sent again.
         */
        Watch update(long id, WatchSpec s, Instant nextDigest, Instant now) throws SQLException {
            update("UPDATE watches SET name = ?, query = ?, mode = ?, new_outlets = ?, digest_at = ?, zone = ?, "
                            + "webhook_url = ?, webhook_secret = ?, allow_private = ?, email = ?, paused = ?, "
                            + "webhook_paused = NULL, email_paused = NULL, next_digest_ms = ?, updated_at = ? "
                            + "WHERE id = ?",
                    s.name(), s.query(), s.mode().key(), s.newOutlets() ? 1 : 0, s.digestAt().toString(),
                    s.zone().getId(), s.webhookUrl() == null ? null : s.webhookUrl().toString(), s.webhookSecret(),
                    s.allowPrivate() ? 1 : 0, s.email(), s.paused() ? 1 : 0,
                    nextDigest == null ? null : nextDigest.toEpochMilli(), now.toString(), id);
            update("UPDATE watch_deliveries SET status = ?, next_attempt_ms = ?, updated_at = ? "
                    + "WHERE watch_id = ? AND status = ?", Status.PENDING.key(), now.toEpochMilli(), now.toString(),
                    id, Status.HELD.key());
            changed();
            return watch(id).orElseThrow();
        }

        boolean delete(long id) throws SQLException {
            update("DELETE FROM watch_deliveries WHERE watch_id = ?", id);
            update("DELETE FROM watch_alerts WHERE watch_id = ?", id);
            boolean gone = update("DELETE FROM watches WHERE id = ?", id) > 0;
            changed();
            return gone;
        }

        Optional<Watch> watch(long id) throws SQLException {
            List<Watch> w = watches("SELECT " + WATCH_COLUMNS + " FROM watches WHERE id = ?", id);
            return w.isEmpty() ? Optional.empty() : Optional.of(w.get(0));
        }

        List<Watch> watches() throws SQLException {
            return watches("SELECT " + WATCH_COLUMNS + " FROM watches ORDER BY id");
        }

        void setNextDigest(long id, Instant next) throws SQLException {
            update("UPDATE watches SET next_digest_ms = ? WHERE id = ?", next == null ? null : next.toEpochMilli(),
                    id);
            changed();
        }

        /** Stops a channel after failures, with the reason shown to the owner; its pending deliveries are held. */
        void pause(long watchId, Channel channel, String reason, Instant now) throws SQLException {
            String column = channel == Channel.WEBHOOK ? "webhook_paused" : "email_paused";
            update("UPDATE watches SET " + column + " = ? WHERE id = ?", reason, watchId);
            update("UPDATE watch_deliveries SET status = ?, updated_at = ? WHERE watch_id = ? AND channel = ? "
                    + "AND status = ?", Status.HELD.key(), now.toString(), watchId, channel.key(),
                    Status.PENDING.key());
            changed();
        }

        /**
         * Resumes the channel of every watch paused for exactly {@code reason}, and queues its held deliveries at
         * once.
         *
         * @return how many watches were resumed
         */
        int resumePaused(Channel channel, String reason, Instant now) throws SQLException {
            String column = channel == Channel.WEBHOOK ? "webhook_paused" : "email_paused";
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = prepare("SELECT id FROM watches WHERE " + column + " = ? ORDER BY id",
                    reason); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                update("UPDATE watches SET " + column + " = NULL WHERE id = ?", id);
                update("UPDATE watch_deliveries SET status = ?, next_attempt_ms = ?, updated_at = ? WHERE watch_id = ? "
                        + "AND channel = ? AND status = ?", Status.PENDING.key(), now.toEpochMilli(), now.toString(),
                        id, channel.key(), Status.HELD.key());
            }
            if (!ids.isEmpty()) {
                changed();
            }
            return ids.size();
        }

        private List<Watch> watches(String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                List<Watch> out = new ArrayList<>();
                while (rs.next()) {
                    String url = rs.getString(9);
                    WatchSpec spec = new WatchSpec(rs.getString(2), rs.getString(3), WatchMode.parse(rs.getString(5)),
                            rs.getInt(6) != 0, LocalTime.parse(rs.getString(7)), ZoneId.of(rs.getString(8)),
                            url == null ? null : URI.create(url), rs.getString(10), rs.getInt(11) != 0,
                            rs.getString(12), rs.getInt(14) != 0);
                    long next = rs.getLong(18);
                    Instant nextDigest = rs.wasNull() ? null : Instant.ofEpochMilli(next);
                    out.add(new Watch(rs.getLong(1), spec, rs.getString(4), rs.getString(13), rs.getString(15),
                            rs.getString(16), rs.getLong(17), nextDigest, Instant.parse(rs.getString(19)),
                            Instant.parse(rs.getString(20))));
                }
                return out;
            }
        }

        // --- alerts

        AlertPolicy.History history(long watchId) {
            return new AlertPolicy.History() {
                @Override
                public boolean articleAlerted(String articleId) {
                    return exists("SELECT 1 FROM watch_alerts WHERE watch_id = ? AND article_id = ?", watchId,
                            articleId);
                }

                @Override
                public boolean storyAlerted(String storyId) {
                    return exists("SELECT 1 FROM watch_alerts WHERE watch_id = ? AND story_id = ?", watchId, storyId);
                }

                @Override
                public Set<String> outletsAlerted(String storyId) {
                    Set<String> out = new LinkedHashSet<>();
                    try (PreparedStatement ps = prepare("SELECT source FROM watch_alerts WHERE watch_id = ? "
                            + "AND story_id = ? AND source IS NOT NULL", watchId, storyId);
                         ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    } catch (SQLException e) {
                        throw new org.marsad.store.StoreException("store error: " + e.getMessage(), e);
                    }
                    return out;
                }
            };
        }

        long insertAlert(long watchId, String articleId, String storyId, String source, Reason reason, Instant now)
                throws SQLException {
            long id = nextId();
            update("INSERT INTO watch_alerts (id, watch_id, article_id, story_id, source, reason, digest_id, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)", id, watchId, articleId, storyId,
                    source == null ? null : source.strip(), reason.key(), now.toString());
            return id;
        }

        /** The alerts waiting for a digest. */
        List<AlertRow> undigested(long watchId) throws SQLException {
            return alerts("SELECT id, watch_id, article_id, story_id, source, reason, digest_id, created_at FROM "
                    + "watch_alerts WHERE watch_id = ? AND digest_id IS NULL ORDER BY id", watchId);
        }

        void markDigested(List<AlertRow> alerts, long digestId) throws SQLException {
            for (AlertRow a : alerts) {
                update("UPDATE watch_alerts SET digest_id = ? WHERE id = ?", digestId, a.id());
            }
        }

        /** The newest alerts of a watch (its feed). */
        List<AlertRow> recentAlerts(long watchId, int limit) throws SQLException {
            return alertsBefore(watchId, Long.MAX_VALUE, limit);
        }

        /** The watch's alerts older than alert {@code beforeId}, newest first: the next page of its history. */
        List<AlertRow> alertsBefore(long watchId, long beforeId, int limit) throws SQLException {
            return alerts("SELECT id, watch_id, article_id, story_id, source, reason, digest_id, created_at FROM "
                    + "watch_alerts WHERE watch_id = ? AND id < ? ORDER BY id DESC LIMIT ?", watchId, beforeId, limit);
        }

        private List<AlertRow> alerts(String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                List<AlertRow> out = new ArrayList<>();
                while (rs.next()) {
                    long digest = rs.getLong(7);
                    Long digestId = rs.wasNull() ? null : digest;
                    out.add(new AlertRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Reason.parse(rs.getString(6)), digestId, Instant.parse(rs.getString(8))));
                }
                return out;
            }
        }

        // --- deliveries

        /** Queues a delivery; held at once when its channel is paused. */
        long enqueue(long watchId, Channel channel, Kind kind, String payload, boolean channelPaused, Instant now)
                throws SQLException {
            long id = nextId();
            update("INSERT INTO watch_deliveries (" + DELIVERY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 0, ?, NULL, "
                            + "NULL, ?, ?)", id, watchId, channel.key(), kind.key(), payload,
                    (channelPaused ? Status.HELD : Status.PENDING).key(), now.toEpochMilli(), now.toString(),
                    now.toString());
            return id;
        }

        /**
         * Pending deliveries due at {@code now}, oldest first. A receiver that failed is tried again with one
         * delivery only: while a pending delivery to a receiver (a webhook URL, an e-mail address) has failed, that
         * one (the oldest such) is the only one to that receiver handed out, whichever watch queued it, and the
         * others wait behind it until it gets through (or wears out and its channel is paused, holding that
         * watch's). A receiver that is down is then asked once per retry, not once per queued alert or per watch.
         */
        List<Delivery> due(Instant now, int limit) throws SQLException {
            return deliveries("SELECT " + qualified("d") + " FROM watch_deliveries d JOIN watches dw ON dw.id = "
                    + "d.watch_id WHERE d.status = ? AND d.next_attempt_ms <= ? AND NOT EXISTS (SELECT 1 FROM "
                    + "watch_deliveries f JOIN watches fw ON fw.id = f.watch_id WHERE f.channel = d.channel AND "
                    + receiver("fw", "f") + " = " + receiver("dw", "d") + " AND f.status = ? AND f.attempts > 0 "
                    + "AND f.id <> d.id AND (d.attempts = 0 OR f.id < d.id)) "
                    + "ORDER BY d.next_attempt_ms, d.id LIMIT ?", Status.PENDING.key(), now.toEpochMilli(),
                    Status.PENDING.key(), limit);
        }

        /**
         * After a failed attempt of delivery {@code failed} to {@code receiver} (the watch's webhook URL or e-mail
         * address), the other pending deliveries to that receiver, of any watch, are not tried before it is tried
         * again ({@code retryAt}): their next attempt, shown to the owner, moves to that time when it was sooner.
         * Their attempts are not counted: they were not tried.
         */
        void waitBehind(long failed, Channel channel, String receiver, Instant retryAt, Instant now)
                throws SQLException {
            update("UPDATE watch_deliveries SET next_attempt_ms = ?, updated_at = ? WHERE channel = ? AND status = ? "
                    + "AND id <> ? AND next_attempt_ms < ? AND watch_id IN (SELECT w.id FROM watches w WHERE "
                    + (channel == Channel.WEBHOOK ? "w.webhook_url" : "LOWER(w.email)") + " = ?)",
                    retryAt.toEpochMilli(), now.toString(), channel.key(), Status.PENDING.key(), failed,
                    retryAt.toEpochMilli(), channel == Channel.WEBHOOK ? receiver
                            : receiver.toLowerCase(java.util.Locale.ROOT));
        }

        /** When the next pending delivery not yet due at {@code now} falls due, if any. */
        Optional<Instant> nextDue(Instant now) throws SQLException {
            try (PreparedStatement ps = prepare("SELECT MIN(next_attempt_ms) FROM watch_deliveries WHERE status = ? "
                    + "AND next_attempt_ms > ?", Status.PENDING.key(), now.toEpochMilli());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long ms = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
            }
        }

        Optional<Delivery> delivery(long id) throws SQLException {
            List<Delivery> d = deliveries("SELECT " + DELIVERY_COLUMNS + " FROM watch_deliveries WHERE id = ?", id);
            return d.isEmpty() ? Optional.empty() : Optional.of(d.get(0));
        }

        /** The delivery log of a watch, newest first. */
        List<Delivery> deliveries(long watchId, int limit) throws SQLException {
            return deliveries("SELECT " + DELIVERY_COLUMNS + " FROM watch_deliveries WHERE watch_id = ? "
                    + "ORDER BY id DESC LIMIT ?", watchId, limit);
        }

        void recordAttempt(long id, Status status, int attempts, Instant nextAttempt, Integer httpStatus,
                           String error, Instant now) throws SQLException {
            update("UPDATE watch_deliveries SET status = ?, attempts = ?, next_attempt_ms = ?, last_status = ?, "
                            + "last_error = ?, updated_at = ? WHERE id = ?", status.key(), attempts,
                    nextAttempt == null ? null : nextAttempt.toEpochMilli(), httpStatus, error, now.toString(), id);
        }

        private List<Delivery> deliveries(String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                List<Delivery> out = new ArrayList<>();
                while (rs.next()) {
                    long next = rs.getLong(8);
                    Instant nextAttempt = rs.wasNull() ? null : Instant.ofEpochMilli(next);
                    int st = rs.getInt(9);
                    Integer lastStatus = rs.wasNull() ? null : st;
                    out.add(new Delivery(rs.getLong(1), rs.getLong(2), Channel.valueOf(upper(rs.getString(3))),
                            Kind.valueOf(upper(rs.getString(4))), rs.getString(5),
                            Status.valueOf(upper(rs.getString(6))), rs.getInt(7), nextAttempt, lastStatus,
                            rs.getString(10), Instant.parse(rs.getString(11)), Instant.parse(rs.getString(12))));
                }
                return out;
            }
        }

        // --- plumbing

        private boolean exists(String sql, Object... args) {
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                return rs.next();
            } catch (SQLException e) {
                throw new org.marsad.store.StoreException("store error: " + e.getMessage(), e);
            }
        }

        private int update(String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(sql, args)) {
                return ps.executeUpdate();
            }
        }

        private PreparedStatement prepare(String sql, Object... args) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            return ps;
        }

        private static String upper(String s) {
            return s.toUpperCase(java.util.Locale.ROOT);
        }
    }
}
