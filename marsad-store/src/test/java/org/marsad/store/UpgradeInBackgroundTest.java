package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;

/**
 * An upgrade of a server's archive whose figures older rules found and whose story state an older join gate made:
 * it opens at once and answers searches from the old figures while the refresh runs in steps, finishes it, and a
 * process killed midway resumes at the next open to end with the same figures, stories and index as an upgrade
 * that was never interrupted.
 */
class UpgradeInBackgroundTest {
    /** Four pages of the refresh (200 each), the last one short. */
    private static final int ARTICLES = 650;
    private static final String[] PLACES = {"غزة", "خان يونس", "رفح", "جنين", "نابلس", "دير البلح"};

    @TempDir
    Path dir;
    @TempDir
    Path copy;

    @AfterEach
    void release() {
        Archive.holdFigureRefreshAt(-1);
    }

    // Made-up reports, each with a toll; several a day from the same places, so that stories form.
    private static Article report(int i, Random rnd) {
        String place = PLACES[rnd.nextInt(PLACES.length)];
        return Article.builder().url("https://example.org/report/" + i).source(i % 3 == 0 ? "الجزيرة" : "العربية")
                .title("غارة على " + place + " في اليوم " + (1 + i % 20))
                .published("2024-03-" + String.format("%02d", 1 + i % 20))
                .body(List.of("استشهد " + (1 + i) + " فلسطينيا في غارة على " + place + " فجر اليوم.",
                        "وقالت مصادر محلية إن الغارة استهدفت منزلا في " + place + " رقم " + i + "."))
                .build();
    }

    /**
     * An archive as an older Marsad left it: its figures found by older rules (here none: lost, with no mark of a
     * refresh under today's rules) in the store and the index alike, and its story state written under another
     * join gate (none).
     */
    private void olderArchive() throws Exception {
        Random rnd = new Random(6122026L);
        String gate = System.getProperty("story.gate");
        System.setProperty("story.gate", "off");
        try (Archive a = Archive.open(dir, null)) {
            for (int from = 0; from < ARTICLES; from += 100) {
                List<ArticleStore.Incoming> batch = new ArrayList<>();
                for (int i = from; i < Math.min(ARTICLES, from + 100); i++) {
                    batch.add(new ArticleStore.Incoming(report(i, rnd), null));
                }
                a.save(batch);
            }
            for (StoredArticle s : a.store().since(0, ARTICLES + 1)) {
                LostFigures.of(a.store(), s.article().id());
            }
            a.store().database().write(tx -> tx.update("DELETE FROM figures_refreshed"));
            a.reindex();
        } finally {
            if (gate == null) {
                System.clearProperty("story.gate");
            } else {
                System.setProperty("story.gate", gate);
            }
        }
    }

    private static SearchRequest query(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    private static void finish(Archive a, int commitEvery) {
        while (a.upgradeStep(commitEvery)) {
            // a page per step
        }
    }

    @Test
    void anUpgradedArchiveAnswersBeforeItsRefreshEndsAndFinishesIt() throws Exception {
        olderArchive();
        Archive.holdFigureRefreshAt(400);
        try (Archive a = Archive.openServing(dir, null)) {
            // Opened without finding a single figure: the old ones (none) are served meanwhile.
            assertThat(a.upgradeProgress().orElseThrow().figures()).isEqualTo("0 of " + ARTICLES);
            assertThat(a.store().since(0, ARTICLES + 1)).allMatch(s -> s.article().figures().isEmpty());
            assertThat(a.search(query("غارة")).total()).isEqualTo(ARTICLES);
            assertThat(a.search(query("figure:killed>0")).total()).isZero();
            assertThat(a.storyIndexer().loadedFrom()).startsWith("replay (state file of other rules, join gate");

            while (a.upgradeStep()) {
                if (a.upgradeProgress().orElseThrow().figuresPassed() >= 400) {
                    break;
                }
            }
            a.refresh();
            assertThat(a.upgradeProgress().orElseThrow().figures()).isEqualTo("400 of " + ARTICLES);
            // Half-way: what was reached has its figures, searches answer, and a new article is stored and decided
            // with today's figures.
            assertThat(a.search(query("figure:killed>0")).total()).isEqualTo(400);
            Upserted late = a.save(report(ARTICLES, new Random(1)), null);
            assertThat(a.store().get(late.id()).orElseThrow().figures()).isNotEmpty();

            Archive.holdFigureRefreshAt(-1);
            finish(a, 5_000);
            assertThat(a.upgradeProgress()).isEmpty();
            a.refresh();
            assertThat(a.search(query("figure:killed>0")).total()).isEqualTo(ARTICLES + 1);
        }
        assertThat(dir.resolve(Archive.FIGURES_MARKER)).doesNotExist();
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.upgradeProgress()).isEmpty();
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
        }
    }

    @Test
    void aNewArchiveIsNoUpgradeOnItsFirstOpenNorAfterItsFirstArticles() throws Exception {
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.upgradeProgress()).as("an empty data directory, as `marsad demo` first opens it").isEmpty();
            Random rnd = new Random(5);
            for (int i = 0; i < 30; i++) {
                a.save(report(i, rnd), null);
            }
            a.commit();
        }
        assertThat(dir.resolve(Archive.FIGURES_MARKER)).doesNotExist();
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.upgradeProgress()).as("articles stored with today's figures").isEmpty();
            assertThat(a.search(query("figure:killed>0")).total()).isEqualTo(30);
        }
    }

    @Test
    void afterABulkIngestTheNextOpenHasNoFiguresToCheck() throws Exception {
        Random rnd = new Random(11);
        try (Archive a = Archive.open(dir, null)) {
            for (int from = 0; from < 60; from += 20) {
                List<ArticleStore.Incoming> batch = new ArrayList<>();
                for (int i = from; i < from + 20; i++) {
                    batch.add(new ArticleStore.Incoming(report(i, rnd), null));
                }
                a.save(batch);
            }
            // An edit, a hide and a deletion take change numbers too, and leave no figures to find.
            List<StoredArticle> stored = a.store().since(0, 100);
            a.hide(List.of(stored.get(0).article().id()), "editor");
            a.delete(List.of(stored.get(1).article().id()));
            a.save(report(2, new Random(12)).withUrl(stored.get(2).article().url()), null);
        }
        try (ArticleStore store = ArticleStore.openSqlite(dir.resolve("marsad.db"))) {
            // Before, the mark stayed where the first open left it (0), and the next open walked every article
            // stored since: at 1,000,000 articles, most of a 60 s open.
            assertThat(store.figureRefresh(null)).as("every article's figures known current").isNull();
        }
    }

    @Test
    void anUpgradeKilledMidwayResumesAndEndsLikeOneNeverInterrupted() throws Exception {
        olderArchive();
        KilledChild.copyDir(dir, copy);
        // Never interrupted.
        try (Archive a = Archive.openServing(dir, null)) {
            a.storyIndexer();
            finish(a, 300);
        }
        // Killed after 600 articles: the index committed through the 400th (a commit every 300 puts, checked after
        // each page of 200), the store holds 600 refreshed.
        KilledChild.killWhenHeld(UpgradeKillMain.class, copy.toString(), "600", "300");
        assertThat(copy.resolve(Archive.FIGURES_MARKER)).exists();
        try (Archive a = Archive.openServing(copy, null)) {
            // Resumed after the last article the index committed: the 200 after it are passed to the index again.
            assertThat(a.upgradeProgress().orElseThrow().figuresTotal()).isEqualTo(ARTICLES);
            a.storyIndexer();
            finish(a, 300);
            assertThat(a.upgradeProgress()).isEmpty();
        }
        assertThat(copy.resolve(Archive.FIGURES_MARKER)).doesNotExist();
        assertThat(outcome(copy)).isEqualTo(outcome(dir));
        assertThat(outcome(dir).get(0)).isEqualTo(String.valueOf(ARTICLES));
    }

    // What a reader sees: articles found by figure: searches, every article with its figures and story, the stories.
    private static List<String> outcome(Path d) throws Exception {
        List<String> out = new ArrayList<>();
        try (Archive a = Archive.open(d, null)) {
            out.add(String.valueOf(a.search(query("figure:killed>0")).total()));
            out.add(String.valueOf(a.search(query("figure:killed>300")).total()));
            a.store().since(0, ARTICLES + 10).stream().map(s -> ArticleJson.toLine(s.article())).sorted()
                    .forEach(out::add);
            out.addAll(a.store().database().read(tx -> tx.query(
                    "SELECT article_id, duplicate_of, story_id FROM article_enrichment ORDER BY article_id",
                    rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))));
            out.addAll(a.store().database().read(tx -> tx.query("SELECT COUNT(*) FROM article_figures",
                    rs -> "figure rows " + rs.getLong(1))));
        }
        return out;
    }
}
