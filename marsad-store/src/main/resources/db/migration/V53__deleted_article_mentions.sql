-- Deleting an article used to leave behind the mentions an editor's "not an entity" kept of it (owned by
-- org.marsad.store.entities; EntityIndexer.forget now takes them in the deleting transaction). A restore never put
-- them back (it joins the stored articles), but they would stay forever: those of articles no longer stored go.
-- Portable SQL.
DELETE FROM entity_rejected_mentions
    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = entity_rejected_mentions.article_id);
