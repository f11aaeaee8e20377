-- Deleting an article used to leave its figure rows behind (owned by org.marsad.store.figures; deletions now take
-- them in the deleting transaction, ArticleStore.delete). Rows of articles that are no longer stored go. Portable SQL.
DELETE FROM article_figures WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = article_figures.article_id);
DELETE FROM article_figure_versions
    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = article_figure_versions.article_id);
