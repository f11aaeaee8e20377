-- Watches: saved searches matched against each stored article (owned by marsad-watch). Portable SQL for SQLite and
-- PostgreSQL. Instants that are compared are epoch milliseconds (BIGINT); the others are ISO-8601 UTC text.

-- Counters and the matching cursor: next_id numbers watches, alerts and deliveries (never reused); version grows
-- with every change to a watch, so a running server notices watches changed by another process; matched_seq is
-- the store sequence number up to which articles have been matched (-1: not started, so the first start begins at
-- the store's end instead of alerting on the whole archive).
CREATE TABLE watch_state (
    name  VARCHAR(64) PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO watch_state (name, value) VALUES ('next_id', 1);
INSERT INTO watch_state (name, value) VALUES ('matched_seq', -1);
INSERT INTO watch_state (name, value) VALUES ('version', 0);

-- mode: every | stories | hourly | daily. new_outlets: in story modes, alert again when another outlet joins an
-- alerted story. digest_at: local time (HH:MM) of a daily digest, in zone. since_seq: articles stored at or below
-- it never alert this watch (it did not exist yet). webhook_paused / email_paused: why the channel stopped after
-- repeated failures (null while it works). next_digest_ms: when the next digest is due (digest modes).
CREATE TABLE watches (
    id             BIGINT PRIMARY KEY,
    name           TEXT NOT NULL,
    query          TEXT NOT NULL,
    owner          VARCHAR(200),
    mode           VARCHAR(16) NOT NULL,
    new_outlets    INTEGER NOT NULL DEFAULT 0,
    digest_at      VARCHAR(5),
    zone           VARCHAR(64) NOT NULL,
    webhook_url    TEXT,
    webhook_secret TEXT,
    allow_private  INTEGER NOT NULL DEFAULT 0,
    email          TEXT,
    feed_token     VARCHAR(64) NOT NULL,
    paused         INTEGER NOT NULL DEFAULT 0,
    webhook_paused TEXT,
    email_paused   TEXT,
    since_seq      BIGINT NOT NULL,
    next_digest_ms BIGINT,
    created_at     VARCHAR(40) NOT NULL,
    updated_at     VARCHAR(40) NOT NULL
);
CREATE INDEX watches_owner ON watches (owner);

-- What a watch alerted on: one row per (watch, article). reason: match (mode every), story (first article of a
-- new story), outlet (another outlet joined an alerted story). digest_id: the digest delivery that carried it
-- (digest modes; null while waiting for the next digest).
CREATE TABLE watch_alerts (
    id         BIGINT PRIMARY KEY,
    watch_id   BIGINT NOT NULL,
    article_id VARCHAR(64) NOT NULL,
    story_id   VARCHAR(64),
    source     TEXT,
    reason     VARCHAR(16) NOT NULL,
    digest_id  BIGINT,
    created_at VARCHAR(40) NOT NULL
);
CREATE UNIQUE INDEX watch_alerts_article ON watch_alerts (watch_id, article_id);
CREATE INDEX watch_alerts_story ON watch_alerts (watch_id, story_id);

-- The delivery queue and log. channel: webhook | email. kind: alert | digest | test. payload: the JSON body sent
-- (webhook) or rendered (e-mail). status: pending | delivered | failed | held (channel paused). A pending row is
-- sent at next_attempt_ms; rows survive restarts, so nothing waiting is lost.
CREATE TABLE watch_deliveries (
    id              BIGINT PRIMARY KEY,
    watch_id        BIGINT NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    payload         TEXT NOT NULL,
    status          VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms BIGINT,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      VARCHAR(40) NOT NULL,
    updated_at      VARCHAR(40) NOT NULL
);
CREATE INDEX watch_deliveries_due ON watch_deliveries (status, next_attempt_ms);
CREATE INDEX watch_deliveries_watch ON watch_deliveries (watch_id, id);
