-- Reversible hide (issue 17), owned by ArticleStore. An editor hides an article: it stays stored (with its tags,
-- raw source, story and entity decisions) but readers no longer see it anywhere; un-hiding brings it back. Hiding and
-- un-hiding give the article the next value of the change counter, so the index owner follows them like any change
-- (a hidden article is removed from the index, an un-hidden one put back). NULL = visible. Portable SQL.
ALTER TABLE articles ADD COLUMN hidden_at VARCHAR(40);
ALTER TABLE articles ADD COLUMN hidden_by VARCHAR(200);
CREATE INDEX articles_hidden_at ON articles (hidden_at);
