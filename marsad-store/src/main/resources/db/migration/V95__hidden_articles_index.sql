-- The index on hidden_at holds the hidden articles only (owned by ArticleStore; the store owns V90..V99). Over every
-- article it was nearly all NULLs, and SQLite without statistics (no ANALYZE, no sqlite_stat1) takes an equality on
-- any index for a few rows: "hidden_at IS NULL" looked like the most selective term of a statement, so its planner
-- read every shown article through this index where an id, a source, a tag or a story would have found a page's few
-- (the search page's versions, 35 ms at 20,000 articles: search29; the stories a page shows, the articles of a
-- source or tag, the figures of a page of articles: sql30). Partial, the index serves only what needs it: the
-- hidden articles (IS NOT NULL: the hidden list, their count, the stories and entities they take from), few. Both
-- SQLite and PostgreSQL read the same statement, and the same rows come out of every query.
DROP INDEX articles_hidden_at;
CREATE INDEX articles_hidden_at ON articles (hidden_at) WHERE hidden_at IS NOT NULL;
