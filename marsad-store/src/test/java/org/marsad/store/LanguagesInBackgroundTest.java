package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;

/**
 * The language pass of an upgrade (V93) made in the background: an archive of imports stored without a language
 * opens at once (the migration only schedules the pass), answers meanwhile, and gets its languages step by step; a
 * process killed midway resumes at the next open and ends like a pass never interrupted; an archive whose
 * languages main's V93 found opens without a pass. Made-up articles: two in three Arabic, one in three English.
 */
class LanguagesInBackgroundTest {
    private static final int ARTICLES = 75;
    private static final int ARABIC = 50;
    /** Rows per step: eight steps for the 75 rows. */
    private static final int SPAN = 10;

    @TempDir
    Path dir;
    @TempDir
    Path copy;

    @AfterEach
    void release() {
        Archive.languageStepRows(20_000);
    }

    private static Article imported(int i) {
        boolean english = i % 3 == 2;
        return Article.builder().url("https://example.org/import/" + i)
                .title(english ? "Rain floods district " + i : "أمطار غزيرة تغمر الحي رقم " + i)
                .body(List.of(english ? "Rescue teams moved families out of district " + i + " after the storm."
                        : "قالت البلدية إن فرق الإنقاذ أخلت الأسر من الحي رقم " + i + " بعد العاصفة."))
                .published("2023-12-" + String.format("%02d", 1 + i % 28)).language(null).build();
    }

    /** An archive as main before V93 left it: imports stored without a language, and V93 not run. */
    private void olderArchive() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            List<ArticleStore.Incoming> batch = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                batch.add(new ArticleStore.Incoming(imported(i), null));
            }
            a.save(batch);
            a.commit();
            assertThat(total(a, "lang:ar")).isZero();
        }
        sql(dir, "DELETE FROM flyway_schema_history WHERE version = '93'");
    }

    private static long total(Archive a, String q) {
        a.refresh();
        return a.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.DATE, 10, 0)).total();
    }

    private static void finish(Archive a, int commitEvery) {
        while (a.upgradeStep(commitEvery)) {
            // a step of SPAN rows at a time
        }
    }

    @Test
    void anArchiveWithoutLanguagesOpensAtOnceAndGetsThemInTheBackground() throws Exception {
        olderArchive();
        Archive.languageStepRows(SPAN);
        try (Archive a = Archive.openServing(dir, null)) {
            // Opened before any article was given its language: the old index answers meanwhile.
            Archive.LanguagesProgress l = a.upgradeProgress().orElseThrow().languages();
            assertThat(l.rowsRead()).isZero();
            assertThat(l.rowsTotal()).isEqualTo(ARTICLES);
            assertThat(a.upgradeProgress().orElseThrow().says()).isEqualTo("languages: 0 of " + ARTICLES + " rows");
            assertThat(total(a, "")).isEqualTo(ARTICLES);
            assertThat(total(a, "lang:ar")).isZero();

            assertThat(a.upgradeStep(5_000)).isTrue();
            assertThat(a.upgradeStep(5_000)).isTrue();
            // Two steps: the Arabic articles of the first 20 rows are found by lang:ar, a new article is stored.
            assertThat(total(a, "lang:ar")).isEqualTo(14);
            Upserted late = a.save(imported(ARTICLES).withLanguage("ar"), null);
            assertThat(late.change()).isEqualTo(Upserted.Change.NEW);

            finish(a, 5_000);
            assertThat(a.upgradeProgress()).isEmpty();
            assertThat(a.languagesGiven()).isEqualTo(ARABIC);
            assertThat(total(a, "lang:ar")).isEqualTo(ARABIC + 1);
            assertThat(total(a, "")).as("nothing lost or doubled").isEqualTo(ARTICLES + 1);
            // The ingest now stores the same article with the language found: the upgraded row is that version.
            assertThat(a.save(imported(0).withLanguage("ar"), null).change()).isEqualTo(Upserted.Change.UNCHANGED);
        }
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.upgradeProgress()).as("the pass ended: none the next time").isEmpty();
        }
    }

    @Test
    void aCommandOpeningTheArchiveMakesThePassBeforeItGoesOn() throws Exception {
        olderArchive();
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.upgradeProgress()).isEmpty();
            assertThat(total(a, "lang:ar")).isEqualTo(ARABIC);
        }
    }

    @Test
    void aPassKilledMidwayResumesAndEndsLikeOneNeverInterrupted() throws Exception {
        olderArchive();
        KilledChild.copyDir(dir, copy);
        Archive.languageStepRows(SPAN);
        try (Archive a = Archive.openServing(dir, null)) {
            finish(a, 15);
        }
        // Killed after 40 rows: the store holds their languages; the index committed after 15 changes and 30.
        KilledChild.killWhenHeld(LanguagesKillMain.class, copy.toString(), "40", String.valueOf(SPAN), "15");
        try (Archive a = Archive.openServing(copy, null)) {
            // Resumed where the killed process's last step ended, not from the start.
            Archive.LanguagesProgress l = a.upgradeProgress().orElseThrow().languages();
            assertThat(l.rowsTotal()).isEqualTo(ARTICLES - 40);
            finish(a, 15);
            assertThat(a.upgradeProgress()).isEmpty();
        }
        assertThat(outcome(copy)).isEqualTo(outcome(dir));
        assertThat(outcome(dir).get(0)).isEqualTo("lang:ar " + ARABIC);
    }

    @Test
    void anArchiveWhoseLanguagesMainsV93FoundOpensWithoutAPass() throws Exception {
        olderArchive();
        // What main's V93 left: every language found before serving, no pass scheduled, and its history row.
        try (Archive a = Archive.open(dir, null)) {
            assertThat(total(a, "lang:ar")).isEqualTo(ARABIC);
        }
        assertThat(query(dir, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '93' AND type = 'JDBC' "
                + "AND description = 'Article languages' AND checksum IS NULL AND success = 1"))
                .as("main's V93 was recorded without a checksum: the class changed, Flyway's validation holds")
                .isEqualTo(1);
        Archive.languageStepRows(SPAN);
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.upgradeProgress()).isEmpty();
            assertThat(total(a, "lang:ar")).isEqualTo(ARABIC);
        }
    }

    // What a reader sees: lang: searches, every article as stored, and the index against the store.
    private static List<String> outcome(Path d) throws Exception {
        List<String> out = new ArrayList<>();
        try (Archive a = Archive.open(d, null)) {
            out.add("lang:ar " + total(a, "lang:ar"));
            out.add("all " + total(a, "") + " of " + a.store().count());
            a.store().since(0, ARTICLES + 10).stream().map(s -> ArticleJson.toLine(s.article())).sorted()
                    .forEach(out::add);
        }
        return out;
    }

    private static void sql(Path d, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + d.resolve("marsad.db"));
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long query(Path d, String q) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + d.resolve("marsad.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
