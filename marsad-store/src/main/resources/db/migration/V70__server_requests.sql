-- Work handed to the running server by other commands (owned by marsad-server's ServerRequests). Portable SQL.
-- kind: 'reindex'. Instants are ISO-8601 UTC text. ok: 1 done, 0 failed, NULL not finished; outcome: one line
-- for the command that asked.
CREATE TABLE server_requests (
    id           VARCHAR(64) PRIMARY KEY,
    kind         VARCHAR(32) NOT NULL,
    requested_at VARCHAR(40) NOT NULL,
    started_at   VARCHAR(40),
    finished_at  VARCHAR(40),
    ok           INTEGER,
    outcome      TEXT
);
