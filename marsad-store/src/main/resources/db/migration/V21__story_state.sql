-- Counters of the story stage (owned by org.marsad.store.stories). 'decisions' grows in every transaction that
-- changes article_enrichment (new decisions, deletions, rebuilt stories): a story state file written when the
-- counter had another value is stale and is rebuilt from the store instead of being loaded.
CREATE TABLE story_state (
    name  VARCHAR(32) PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO story_state (name, value) VALUES ('decisions', 0);
