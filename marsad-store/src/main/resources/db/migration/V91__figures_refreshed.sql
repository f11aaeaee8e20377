-- How far the figures of the stored articles are known to be current (owned by ArticleStore.refreshFigures): every
-- article whose change number is at most through_seq was checked against the figure rules of this version when the
-- archive was last opened. An open then checks only the articles changed since, instead of every article. One row,
-- for the current rules version; no row (a store older than this table, or new rules) means "check them all".
-- Portable SQL.
CREATE TABLE figures_refreshed (
    version     INTEGER PRIMARY KEY,
    through_seq BIGINT NOT NULL
);
