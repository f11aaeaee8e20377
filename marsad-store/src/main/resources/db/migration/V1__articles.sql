-- The system of record. One SQL dialect for SQLite and PostgreSQL: portable types only.
-- Versions: the store owns V1..V9; sources use V10..V19; stories V20..V29 (Flyway runs with outOfOrder).

-- Facts about this store, such as its random identity (written on first open).
CREATE TABLE store_meta (
    name  VARCHAR(64) PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);

-- seq: the store's change counter; every insert or change of an article takes the next value. The search index
-- records the highest seq it holds, so it can catch up with the store after a crash.
CREATE TABLE store_counters (
    name  VARCHAR(64) PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO store_counters (name, value) VALUES ('seq', 0);

CREATE TABLE articles (
    id            VARCHAR(64) PRIMARY KEY,
    url           TEXT,
    content_key   VARCHAR(64),
    title         TEXT,
    published     VARCHAR(40),
    published_day VARCHAR(10),
    source        TEXT,
    author        TEXT,
    language      VARCHAR(16),
    json          TEXT NOT NULL,
    content_hash  VARCHAR(64) NOT NULL,
    seq           BIGINT NOT NULL,
    created_at    VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL
);

CREATE UNIQUE INDEX articles_url ON articles (url);
CREATE INDEX articles_content_key ON articles (content_key);
CREATE UNIQUE INDEX articles_seq ON articles (seq);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_published_day ON articles (published_day);

CREATE TABLE article_tags (
    article_id VARCHAR(64) NOT NULL,
    tag        TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag);

-- What the article was extracted from, so extraction can be re-run: the bytes themselves, or a pointer
-- (a file or WARC location and offset) when keeping a copy would only duplicate an archive.
CREATE TABLE raw_sources (
    article_id   VARCHAR(64) PRIMARY KEY,
    kind         VARCHAR(32) NOT NULL,
    location     TEXT,
    byte_offset  BIGINT,
    content      BYTEA
);
