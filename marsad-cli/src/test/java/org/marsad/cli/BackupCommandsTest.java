package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * {@code marsad backup} and {@code marsad restore} on the command line: a copy restored into a new directory finds
 * the article by search; a target with files, an archive as the restore's target and a missing backup are each one
 * line and exit 1, with nothing changed.
 */
class BackupCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoANewDirectoryIsSearchedAndBadTargetsAreOneLineEach() throws Exception {
        Path data = dir.resolve("data");
        try (Archive archive = Archive.open(data)) {
            archive.save(List.of(new ArticleStore.Incoming(Article.builder().url("https://backup.example/1")
                    .title("افتتاح جسر الملك فهد الجديد").body(List.of("افتتح الجسر الجديد صباح اليوم."))
                    .source("المرصد").language("ar").build(), null)));
        }
        Path backup = dir.resolve("backup");
        CliRun b = CliRun.of("backup", "--data", data.toString(), "--to", backup.toString());
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).startsWith("backed up 1 articles");

        CliRun again = CliRun.of("backup", "--data", data.toString(), "--to", backup.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().lines().toList()).singleElement().asString().contains("is not empty");

        CliRun over = CliRun.of("restore", "--from", backup.toString(), "--data", data.toString());
        assertThat(over.exitCode()).isEqualTo(1);
        assertThat(over.err().lines().toList()).singleElement().asString().contains("holds an archive already");

        CliRun none = CliRun.of("restore", "--from", dir.resolve("missing").toString(), "--data",
                dir.resolve("x").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().lines().toList()).singleElement().asString().contains("no backup in");

        Path restored = dir.resolve("restored");
        CliRun r = CliRun.of("restore", "--from", backup.toString(), "--data", restored.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("restored 1 articles into");
        assertThat(r.out().lines()).as("nothing followed, nothing to warn of").hasSize(1);
        try (Archive archive = Archive.open(restored)) {
            assertThat(archive.search(new SearchRequest("جسر", null, null, null, null, SearchRequest.Sort.RELEVANCE,
                    10, 0)).hits()).singleElement().satisfies(h -> assertThat(h.title()).contains("جسر"));
        }
        assertThat(Files.exists(restored.resolve(Archive.INDEX_DIR))).isTrue();
    }

    @Test
    void aRestoreOfAnArchiveThatPollsAndAlertsSaysHowToServeItWithoutAlertingTwice() throws Exception {
        // Found by the new-user walk: the restored copy, served beside its original to check it, fetched the same
        // site and sent the desk's webhook every alert a second time.
        Path data = dir.resolve("data");
        String d = data.toString();
        CliRun source = CliRun.of("sources", "add", "--data", d, "--name", "وكالة الواحة", "--feed",
                "http://127.0.0.1:9/rss.xml", "--allow-private");
        assertThat(source.exitCode()).as(source.err()).isZero();
        CliRun watch = CliRun.of("watches", "add", "--data", d, "--name", "الزرقاء", "--query", "الزرقاء",
                "--webhook", "http://127.0.0.1:9/hook", "--allow-private");
        assertThat(watch.exitCode()).as(watch.err()).isZero();
        Path backup = dir.resolve("backup");
        assertThat(CliRun.of("backup", "--data", d, "--to", backup.toString()).exitCode()).isZero();

        CliRun r = CliRun.of("restore", "--from", backup.toString(), "--data", dir.resolve("restored").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2).last().asString()
                .startsWith("it follows 1 source(s) and alerts 1 watch(es)").contains("--no-poll");
    }
}
