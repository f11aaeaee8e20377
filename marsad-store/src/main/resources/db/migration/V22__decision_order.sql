-- The order in which decisions were made (owned by org.marsad.store.stories): 'decided' is the value the story
-- decision counter (story_state 'decisions') took in the transaction that stored the decision, 'decided_rank' its
-- place inside that transaction. A state file written at counter value F is brought up to date by applying the
-- decisions with decided > F in this order, instead of replaying every article.
ALTER TABLE article_enrichment ADD COLUMN decided BIGINT;
ALTER TABLE article_enrichment ADD COLUMN decided_rank INTEGER;
CREATE INDEX article_enrichment_decided ON article_enrichment (decided);
-- 'reset_at': the counter value of the last transaction that changed earlier decisions instead of only adding new
-- ones (a deletion, a story rebuild, a copy older than its original repointing a group). A state file written
-- before it cannot be caught up and is rebuilt. Decisions stored before this migration carry no order, so a file
-- written before it is loadable only when nothing was decided since.
INSERT INTO story_state (name, value) SELECT 'reset_at', value FROM story_state WHERE name = 'decisions';
