-- Editors' decisions about entities (owned by org.marsad.store.entities.EntityEdits): they outlive re-enrichment
-- (`marsad enrich --all`) and hold for new articles. Portable SQL for SQLite and PostgreSQL.

-- A spelling that always resolves to this entity, whatever type the tagger gives it (made by merge, split, rename
-- and retype).
CREATE TABLE entity_pins (
    spelling  TEXT PRIMARY KEY,
    entity_id BIGINT NOT NULL
);

-- Spellings an editor marked "not an entity": their mentions are dropped before resolution.
CREATE TABLE entity_rejections (
    spelling    TEXT PRIMARY KEY,
    rejected_at VARCHAR(40) NOT NULL
);

-- Entities that are no more: merged into another (into_id) or marked "not an entity" (into_id NULL). Their ids
-- are never reused; pages and the API send a merged id on to its target.
CREATE TABLE entity_retired (
    id         BIGINT PRIMARY KEY,
    into_id    BIGINT,
    retired_at VARCHAR(40) NOT NULL
);

-- The name an editor gave an entity (NULL: the most mentioned full spelling, as before).
ALTER TABLE entities ADD COLUMN fixed_name TEXT;

-- edits: grows with every editor's change, so that an enriching process rebuilds its resolver before it writes.
INSERT INTO entity_state (name, value) VALUES ('edits', 0);
