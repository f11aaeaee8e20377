package org.marsad.ingest.source;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.store.Database;
import org.marsad.store.Tx;

/**
 * Leases on sources, so that several collecting workers ({@code marsad worker}, on one PostgreSQL store) never poll
 * one source at once: a worker {@linkplain #acquire takes} due sources whose lease is free or has expired, in one
 * transaction that locks the rows it reads with {@code FOR UPDATE SKIP LOCKED} (two workers asking at the same moment
 * get different sources, neither waits); it {@linkplain #renew renews} its leases while it polls and
 * {@linkplain #finish ends} each lease in the statement that records the poll's health. A worker that dies holds its
 * sources only until their leases expire; then any worker takes them.
 *
 * <p>Lease times come from each worker's own clock: the machines' clocks must agree to well within the lease time
 * (NTP does this), or a worker could take a source whose lease has not ended for its holder.
 *
 * <p>PostgreSQL only (SQLite has no row locks; its single-owner server polls alone). Owns the columns
 * {@code lease_owner} and {@code lease_expires} of {@code sources} (migration V14).
 */
public final class SourceLeases {
    private final Database db;
    private final String owner;
    private final Duration leaseTime;
    /** Until when the store has this worker alive, as last written by this object. */
    private volatile Instant aliveUntil = Instant.EPOCH;

    /**
     * @param owner     this worker's name, unique among the workers (e.g. host and process id)
     * @param leaseTime how long a lease lasts unless renewed
     * @throws IllegalArgumentException on a SQLite store, which cannot lease
     */
    public SourceLeases(Database db, String owner, Duration leaseTime) {
        if (db.isSqlite()) {
            throw new IllegalArgumentException("source leases need a PostgreSQL store (SQLite has no row locks)");
        }
        if (owner == null || owner.isBlank() || owner.length() > 200) {
            throw new IllegalArgumentException("a worker needs a name of 1 to 200 characters");
        }
        if (leaseTime.isNegative() || leaseTime.isZero()) {
            throw new IllegalArgumentException("a lease must last some time");
        }
        this.db = db;
        this.owner = owner;
        this.leaseTime = leaseTime;
    }

    /** This worker's name, as written in the leases it holds. */
    public String owner() {
        return owner;
    }

    /** How long a lease lasts unless renewed. */
    public Duration leaseTime() {
        return leaseTime;
    }

    /**
     * Takes up to {@code max} sources of this worker's share that are due at {@code now}, not paused, and not leased
     * (or whose lease has expired), most overdue first; each is leased to this worker until {@code now} plus the
     * lease time. Also says this worker is alive (every third of the lease time; with {@code max} 0 too).
     *
     * <p>The share: the unpaused sources ranked by name, the live workers by name (those alive at {@code now}, this
     * one included); the sources whose rank modulo the number of workers is this worker's place. So two workers
     * split ten sources five and five whichever asks first, and each polls its own again next time. A due source
     * that waited past a third of the lease time (its worker busy, stopped or killed) goes to whoever asks: a killed
     * worker's sources are taken once their leases expire, as before, and its share is spread anew once it is no
     * longer alive (one lease time after its last word).
     */
    public List<Source> acquire(int max, Instant now) {
        if (max <= 0 && !sayAlive(now)) {
            return List.of();
        }
        return db.write(c -> {
            List<String> live = alive(c, now);
            if (max <= 0) {
                return List.of();
            }
            int place = live.indexOf(owner);
            // next_poll is ISO-8601 text; PostgreSQL reads it as a timestamp, so due-ness is exact in SQL. Rows
            // another worker is leasing at this moment are skipped, not waited for.
            List<String> names = c.query("SELECT name FROM sources WHERE paused = 0 "
                    + "AND (lease_expires IS NULL OR lease_expires <= ?) "
                    + "AND (next_poll IS NULL OR CAST(next_poll AS timestamptz) <= CAST(? AS timestamptz)) "
                    + "AND (name IN (SELECT name FROM (SELECT name, ROW_NUMBER() OVER (ORDER BY name) - 1 AS place "
                    + "FROM sources WHERE paused = 0) ranked WHERE MOD(place, ?) = ?) "
                    + "OR CAST(next_poll AS timestamptz) <= CAST(? AS timestamptz)) "
                    + "ORDER BY CAST(next_poll AS timestamptz) NULLS FIRST, name LIMIT ? FOR UPDATE SKIP LOCKED",
                    rs -> rs.getString(1), now.toEpochMilli(), now.toString(), live.size(), place,
                    now.minus(leaseTime.dividedBy(3)).toString(), max);
            long until = now.plus(leaseTime).toEpochMilli();
            for (String name : names) {
                c.update("UPDATE sources SET lease_owner = ?, lease_expires = ? WHERE name = ?", owner, until, name);
            }
            return SourceRegistry.load(c, names);
        });
    }

    /**
     * Records that this worker is alive until {@code now} plus the lease time; returns the live workers' names,
     * sorted (this one included).
     */
    private List<String> alive(Tx c, Instant now) throws java.sql.SQLException {
        if (sayAlive(now)) {
            long until = now.plus(leaseTime).toEpochMilli();
            if (c.update("UPDATE workers SET seen_until = ? WHERE name = ?", until, owner) == 0) {
                c.update("INSERT INTO workers (name, seen_until) VALUES (?, ?)", owner, until);
            }
            aliveUntil = Instant.ofEpochMilli(until);
        }
        List<String> live = new ArrayList<>(c.query("SELECT name FROM workers WHERE seen_until > ? ORDER BY name",
                rs -> rs.getString(1), now.toEpochMilli()));
        if (!live.contains(owner)) {
            // (said alive with a later clock reading, or removed by hand): this worker asks, so it is alive
            live.add(owner);
            live.sort(null);
        }
        return live;
    }

    /**
     * The workers alive at {@code now} by their own word in the store (none on a store no worker ever used): a
     * {@code marsad serve} that would poll beside them says so.
     */
    public static int liveWorkers(Database db, Instant now) {
        return db.read(c -> c.query("SELECT name FROM workers WHERE seen_until > ?", rs -> rs.getString(1),
                now.toEpochMilli()).size());
    }

    /** Whether this worker's word that it is alive is due again (every third of the lease time). */
    private boolean sayAlive(Instant now) {
        return !now.isBefore(aliveUntil.minus(leaseTime.multipliedBy(2).dividedBy(3)));
    }

    /**
     * Extends this worker's leases on {@code names} to {@code now} plus the lease time; returns the names whose
     * lease it no longer holds (it expired and another worker took the source, or it was released).
     */
    public Set<String> renew(Collection<String> names, Instant now) {
        if (names.isEmpty()) {
            return Set.of();
        }
        long until = now.plus(leaseTime).toEpochMilli();
        return db.write(c -> {
            Set<String> lost = new TreeSet<>();
            for (String name : names) {
                if (c.update("UPDATE sources SET lease_expires = ? WHERE name = ? AND lease_owner = ?", until, name,
                        owner) == 0) {
                    lost.add(name);
                }
            }
            return lost;
        });
    }

    /**
     * Records how a poll of a leased source went and ends the lease, in one statement; false (and nothing written)
     * when this worker no longer held the lease: the worker that took the source over records its own poll.
     */
    public boolean finish(String name, SourceHealth health) {
        return db.write(c -> SourceRegistry.writeHealth(c, name, health, owner) > 0);
    }

    /**
     * Records how a poll of a leased source is going (its listings were read) and keeps the lease; false (and
     * nothing written) when this worker no longer holds it.
     */
    public boolean record(String name, SourceHealth health) {
        return db.write(c -> SourceRegistry.writeHealth(c, name, health, owner, false) > 0);
    }

    /** Ends this worker's lease on a source it did not poll after all (stopping): health and schedule are kept. */
    public void release(String name) {
        db.write(c -> c.update("UPDATE sources SET lease_owner = NULL, lease_expires = NULL "
                + "WHERE name = ? AND lease_owner = ?", name, owner));
    }

    /**
     * Ends every lease this worker holds and its place among the live workers (at shutdown), so that others need not
     * wait for them to expire.
     */
    public int releaseAll() {
        aliveUntil = Instant.EPOCH;
        return db.write(c -> {
            c.update("DELETE FROM workers WHERE name = ?", owner);
            return c.update("UPDATE sources SET lease_owner = NULL, lease_expires = NULL WHERE lease_owner = ?",
                    owner);
        });
    }

    /** Who holds each leased source now and until when (for {@code sources list} and tests), by source name. */
    public static List<Lease> leases(Database db) {
        return db.read(c -> {
            List<Lease> out = new ArrayList<>();
            out.addAll(c.query("SELECT name, lease_owner, lease_expires FROM sources WHERE lease_owner IS NOT NULL "
                    + "ORDER BY name", rs -> new Lease(rs.getString(1), rs.getString(2),
                    Instant.ofEpochMilli(rs.getLong(3)))));
            return out;
        });
    }

    /** A worker's hold on a source. */
    public record Lease(String source, String owner, Instant expires) {
    }
}
