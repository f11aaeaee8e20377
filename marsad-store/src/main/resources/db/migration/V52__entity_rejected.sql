-- What "not an entity" took away, kept so that an editor can undo it (EntityEdits.reject and restore). Rows go
-- when the entity is restored. Portable SQL for SQLite and PostgreSQL.

-- The entity as it was: its id comes back on restore (links to /entity/{id} keep working).
CREATE TABLE entity_rejected (
    id          BIGINT PRIMARY KEY,
    type        VARCHAR(8) NOT NULL,
    name        TEXT NOT NULL,
    fixed_name  TEXT,
    created_at  VARCHAR(40) NOT NULL,
    rejected_at VARCHAR(40) NOT NULL
);

-- Its spellings; pinned: 1 when the spelling was pinned to it by an earlier edit; rejected: 1 when this edit added
-- the spelling to entity_rejections (restore takes out only those).
CREATE TABLE entity_rejected_spellings (
    entity_id BIGINT NOT NULL,
    spelling  TEXT NOT NULL,
    keyed     INTEGER NOT NULL,
    pinned    INTEGER NOT NULL,
    rejected  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, spelling)
);

-- Its mentions, with the content hash of the article version they were found in: restore puts back only those
-- whose article still has that content.
CREATE TABLE entity_rejected_mentions (
    entity_id    BIGINT NOT NULL,
    article_id   VARCHAR(64) NOT NULL,
    part         INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    spelling     TEXT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (entity_id, article_id, part, start_offset)
);
