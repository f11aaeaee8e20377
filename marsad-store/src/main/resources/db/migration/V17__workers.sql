-- The collecting workers alive on a shared store (marsad worker, PostgreSQL only; owned by SourceLeases, sources use
-- V10..V19): each writes its name and until when it counts as alive (epoch milliseconds, compared in SQL like
-- sources.lease_expires), renewed while it runs and deleted when it stops. A worker leases only its share of the due
-- sources: those whose rank by name falls to it among the live workers, so that two workers split the sources evenly
-- rather than by who asked first. A killed worker's row outlives it by one lease time at most. The single-owner
-- poller (serve, run; SQLite) neither writes nor reads it.
CREATE TABLE workers (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    seen_until BIGINT       NOT NULL
);
