-- Near-duplicates and stories (owned by org.marsad.store.stories). Portable types only (SQLite and PostgreSQL).

-- One row per enriched article: the decisions of the dedup and story stages, and the time that ordered them
-- (epoch seconds), so that the in-memory state can be replayed in the same order on open.
CREATE TABLE article_enrichment (
    article_id   VARCHAR(64) PRIMARY KEY,
    duplicate_of VARCHAR(64),
    similarity   DOUBLE PRECISION,
    story_id     VARCHAR(64) NOT NULL,
    time_sec     BIGINT NOT NULL
);
CREATE INDEX article_enrichment_story ON article_enrichment (story_id);
CREATE INDEX article_enrichment_duplicate ON article_enrichment (duplicate_of);
CREATE INDEX article_enrichment_time ON article_enrichment (time_sec);

-- One row per story, kept current as articles join: what lists and pages show without recomputing.
CREATE TABLE stories (
    id           VARCHAR(64) PRIMARY KEY,
    title        TEXT,
    lead_id      VARCHAR(64),
    articles     INTEGER NOT NULL,
    outlet_count INTEGER NOT NULL,
    outlets      TEXT NOT NULL,
    first_seen   VARCHAR(40) NOT NULL,
    last_seen    VARCHAR(40) NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen);
CREATE INDEX stories_outlet_count ON stories (outlet_count);
