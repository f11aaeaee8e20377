-- Entities: the persons, places and organisations the articles mention (owned by org.marsad.store.entities).
-- Portable SQL for SQLite and PostgreSQL. Ids are numbers from entity_state.next_id, never reused.

-- next_id: the id the next new entity gets; version: grows with every change to entities or spellings, so that
-- other processes (search, watches) know to reload the names they expand queries with.
CREATE TABLE entity_state (
    name  VARCHAR(64) PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO entity_state (name, value) VALUES ('next_id', 1);
INSERT INTO entity_state (name, value) VALUES ('version', 0);

-- type: PER, LOC or ORG. name: the canonical spelling (the most mentioned full one). mentions and articles count
-- what the archive holds now. first_day/last_day: publication days of the earliest and latest mentioning article.
CREATE TABLE entities (
    id         BIGINT PRIMARY KEY,
    type       VARCHAR(8) NOT NULL,
    name       TEXT NOT NULL,
    mentions   BIGINT NOT NULL,
    articles   BIGINT NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    updated_at VARCHAR(40) NOT NULL
);
CREATE INDEX entities_type_articles ON entities (type, articles);

-- Every spelling of an entity with its mention count. keyed: 1 when the spelling named the entity in full in some
-- article (resolution looks entities up by these), 0 for a partial one (a surname or first name alone).
CREATE TABLE entity_spellings (
    entity_id BIGINT NOT NULL,
    spelling  TEXT NOT NULL,
    mentions  BIGINT NOT NULL,
    keyed     INTEGER NOT NULL,
    PRIMARY KEY (entity_id, spelling)
);

-- Which entities an article mentions and how often (the article JSON's "entities" as rows, for lists and pages).
CREATE TABLE article_entities (
    article_id VARCHAR(64) NOT NULL,
    entity_id  BIGINT NOT NULL,
    mentions   INTEGER NOT NULL,
    day        VARCHAR(10),
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, day);

-- Each mention: part 0 is the title, n >= 1 the n-th body paragraph; offsets in UTF-16 chars into that part.
CREATE TABLE entity_mentions (
    article_id   VARCHAR(64) NOT NULL,
    ord          INTEGER NOT NULL,
    entity_id    BIGINT NOT NULL,
    part         INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    spelling     TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);

-- Articles whose entities are decided, with the content hash of the version that was tagged: an article whose
-- content changed since (another process stored a new version) is tagged again.
CREATE TABLE entity_enriched (
    article_id   VARCHAR(64) PRIMARY KEY,
    content_hash VARCHAR(64) NOT NULL
);

-- Tags Marsad made from an article's entities (auto = 1) beside the page's own (auto = 0), for tag pages and counts.
ALTER TABLE article_tags ADD COLUMN auto INTEGER NOT NULL DEFAULT 0;
