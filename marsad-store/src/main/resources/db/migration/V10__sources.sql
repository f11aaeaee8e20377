-- The sources registry and the polling state (owned by marsad-ingest). Portable SQL for SQLite and PostgreSQL.
-- Instants are ISO-8601 UTC text ("2024-01-01T00:00:00Z"), compared in Java, never in SQL.

-- The outlets Marsad polls, with their health.
CREATE TABLE sources (
    name                 VARCHAR(200) PRIMARY KEY,
    homepage             TEXT,
    country              VARCHAR(8),
    language             VARCHAR(16),
    sitemap              TEXT,
    poll_minutes         INTEGER NOT NULL,
    allow_private        INTEGER NOT NULL DEFAULT 0,
    added_at             VARCHAR(40) NOT NULL,
    last_success         VARCHAR(40),
    last_error           TEXT,
    next_poll            VARCHAR(40),
    consecutive_failures INTEGER NOT NULL DEFAULT 0
);

-- A source's feeds, in the order they were given.
CREATE TABLE source_feeds (
    source VARCHAR(200) NOT NULL,
    ord    INTEGER NOT NULL,
    url    TEXT NOT NULL,
    PRIMARY KEY (source, ord)
);

-- Validators of the last response per feed or sitemap URL, sent back for a conditional GET (304).
CREATE TABLE fetch_validators (
    url           VARCHAR(2048) PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    VARCHAR(40) NOT NULL
);

-- Article page URLs already dealt with, so that polling a feed again fetches nothing twice.
-- outcome: stored (article saved), no-article, robots (feed text kept instead), refused, gone (4xx).
CREATE TABLE seen_urls (
    url        VARCHAR(2048) PRIMARY KEY,
    source     VARCHAR(200) NOT NULL,
    first_seen VARCHAR(40) NOT NULL,
    outcome    VARCHAR(32) NOT NULL,
    article_id VARCHAR(64)
);
CREATE INDEX seen_urls_source ON seen_urls (source);
