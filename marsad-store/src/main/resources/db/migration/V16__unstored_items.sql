-- Listed items whose page gave no article and whose feed item had no text (seen_urls outcome no-article): how many
-- times they were tried, when the next try is due (null: no more tries) and why the last try stored nothing. Polling
-- tries them again with back-off a bounded number of times, and the source's health lists them until one stores.
-- Rows recorded before this count as one try with no next one.
ALTER TABLE seen_urls ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE seen_urls ADD COLUMN retry_at VARCHAR(40);
ALTER TABLE seen_urls ADD COLUMN reason TEXT;
