-- Deleted articles (`marsad delete`), owned by ArticleStore. Each deletion takes the next value of the store's change
-- counter (store_counters 'seq'), like a stored article: the index owner (a running server, or the next command to
-- open the directory) finds it in sequence order and removes the article from the index. Portable SQL.
CREATE TABLE article_deletions (
    seq        BIGINT PRIMARY KEY,
    article_id VARCHAR(64) NOT NULL,
    deleted_at VARCHAR(40) NOT NULL
);
