-- Workers enriching into one store each keep a resolver in memory; before resolving a batch (under the enrichment
-- lock) a worker reads the entities others wrote since the entity_state version it last saw, so that it resolves
-- to them and takes new ids after theirs. changed: the entity_state version of the write that last changed the
-- row (0 for rows written before this column existed, which every resolver read when it opened).
-- Portable SQL for SQLite and PostgreSQL.
ALTER TABLE entities ADD COLUMN changed_version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX entities_changed_version ON entities (changed_version);
