package org.marsad.store;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/** Test damage: what a write that stopped between storing an article and finding its figures leaves behind. */
final class LostFigures {
    private LostFigures() {
    }

    /**
     * Puts the figure refresh's mark back one change, where a writer that keeps no mark (a Marsad before figures)
     * leaves it: today's saves move it over the articles they store with their figures (ArticleStore.keepFiguresMark).
     */
    static void markNotMoved(ArticleStore store) throws Exception {
        store.database().write(tx -> tx.update("UPDATE figures_refreshed SET through_seq = through_seq - 1"));
    }

    /** Empties the stored article's figures and deletes its figure rows, as a crash before the figures step would. */
    static void of(ArticleStore store, String id) throws Exception {
        Article stored = store.getIncludingHidden(id).orElseThrow();
        store.database().write(tx -> {
            tx.update("UPDATE articles SET json = ? WHERE id = ?", ArticleJson.toLine(stored.withFigures(List.of())), id);
            tx.update("DELETE FROM article_figures WHERE article_id = ?", id);
            tx.update("DELETE FROM article_figure_versions WHERE article_id = ?", id);
            return null;
        });
    }
}
