-- What the last successful poll of a source had to work around, so that a source read "successfully" is not shown
-- as plainly healthy: characters XML forbids dropped to read its feeds (with the first feed's repair line), and
-- listed items that stored nothing (no article on the page, no text in the feed item), with the first one's line.
-- Existing sources start with nothing noted; their next successful poll fills these.
ALTER TABLE sources ADD COLUMN dropped_characters INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN repair TEXT;
ALTER TABLE sources ADD COLUMN items_not_stored INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN not_stored TEXT;
