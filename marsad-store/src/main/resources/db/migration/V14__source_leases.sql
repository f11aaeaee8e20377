-- Leases for collecting workers (marsad worker, PostgreSQL only): a worker takes due sources with
-- SELECT ... FOR UPDATE SKIP LOCKED and writes its name and the lease's end here; it renews the lease while it polls
-- and clears both when it records the poll's outcome. A worker that dies loses the source when lease_expires has
-- passed. Unlike the other instants of this table, lease_expires is epoch milliseconds: it is compared in SQL, where
-- ISO text would not order exactly. The single-owner poller (serve, run; SQLite) ignores both columns.
ALTER TABLE sources ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE sources ADD COLUMN lease_expires BIGINT;
