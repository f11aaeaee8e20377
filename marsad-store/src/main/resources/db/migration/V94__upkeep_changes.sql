-- Change numbers an upgrade's upkeep took without changing any article's news (the language pass of V93, made in the
-- background): the articles numbered first_seq..last_seq were stored before as versions numbered at most store_end.
-- A watch follower that had read past store_end leaves them be; one behind reads them as it would have read the
-- older versions (ArticleStore.UpkeepChanges). One row per step of such a pass. The store owns V90..V99.
CREATE TABLE upkeep_changes (
    first_seq BIGINT NOT NULL PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    store_end BIGINT NOT NULL
);
CREATE INDEX upkeep_changes_last ON upkeep_changes (last_seq);
