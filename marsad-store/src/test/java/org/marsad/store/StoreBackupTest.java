package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchRequest;

/**
 * {@link StoreBackup}: a copy taken while an archive is being written holds every batch committed before it began,
 * each batch whole or not at all, and an archive restored from it finds them all by search (its index rebuilt from
 * the store on open). Before, README had no way to back up a running archive: copying the directory while a server
 * writes can catch the SQLite file and its WAL at different moments.
 */
class StoreBackupTest {
    private static final int BATCH = 10;

    @TempDir
    Path dir;

    private static Article article(int i) {
        return Article.builder().url("https://backup.example/" + i).title("خبر النسخة رقم " + i + " كلمة" + i)
                .body(List.of("نص الخبر رقم " + i + " عن حفظ الأرشيف.")).source("المرصد").language("ar").build();
    }

    @Test
    void aCopyTakenWhileWritingRestoresEveryBatchCommittedBeforeItWholeAndSearchable() throws Exception {
        Path data = dir.resolve("data");
        Set<String> committed = ConcurrentHashMap.newKeySet();
        List<Set<String>> batches = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        Set<String> before;
        Set<String> after;
        StoreBackup.Copied copied;
        try (Archive archive = Archive.open(data)) {
            Thread writer = new Thread(() -> {
                for (int b = 0; !stop.get(); b++) {
                    List<ArticleStore.Incoming> batch = new ArrayList<>();
                    for (int i = b * BATCH; i < (b + 1) * BATCH; i++) {
                        batch.add(new ArticleStore.Incoming(article(i), null));
                    }
                    Set<String> ids = new HashSet<>();
                    archive.save(batch).forEach(u -> ids.add(u.id()));
                    batches.add(ids);
                    committed.addAll(ids);
                }
            }, "writer");
            writer.start();
            while (committed.size() < 20 * BATCH) {
                Thread.sleep(10);
            }
            before = Set.copyOf(committed);
            copied = StoreBackup.backup(data, dir.resolve("backup"));
            after = Set.copyOf(committed);
            stop.set(true);
            writer.join(60_000);
        }
        assertThat(Files.list(dir.resolve("backup")).map(p -> p.getFileName().toString()).toList())
                .containsExactly(Archive.DB_FILE);

        Path restored = dir.resolve("restored");
        assertThat(StoreBackup.restore(dir.resolve("backup"), restored)).isEqualTo(copied);
        try (Archive archive = Archive.open(restored)) {
            long n = archive.store().count();
            assertThat(n).isEqualTo(copied.articles()).isBetween((long) before.size(), (long) after.size());
            for (String id : before) {
                assertThat(archive.store().get(id)).as("committed before the copy: %s", id).isPresent();
            }
            for (Set<String> batch : List.copyOf(batches)) {
                long kept = batch.stream().filter(id -> archive.store().get(id).isPresent()).count();
                assertThat(kept).as("a batch whole or not at all").isIn(0L, (long) batch.size());
            }
            archive.refresh();
            assertThat(archive.index().count()).as("the index rebuilt from the restored store").isEqualTo(n);
            Random random = new Random(32);
            for (int k = 0; k < 10; k++) {
                int i = random.nextInt(before.size());
                String word = "كلمة" + i;
                assertThat(archive.search(new SearchRequest(word, null, null, null, null,
                        SearchRequest.Sort.RELEVANCE, 10, 0)).hits()).as(word)
                        .anySatisfy(h -> assertThat(h.title()).endsWith(" " + word));
            }
        }
    }

    @Test
    void aBackupIsNeverWrittenOverFilesNorARestoreOverAnArchive() throws Exception {
        Path data = dir.resolve("data");
        try (Archive archive = Archive.open(data)) {
            archive.save(List.of(new ArticleStore.Incoming(article(1), null)));
        }
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "kept");
        assertThatThrownBy(() -> StoreBackup.backup(data, busy)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.list(busy).count()).isEqualTo(1);
        assertThatThrownBy(() -> StoreBackup.backup(dir.resolve("nothing"), dir.resolve("b")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no embedded archive");

        StoreBackup.backup(data, dir.resolve("backup"));
        long size = Files.size(data.resolve(Archive.DB_FILE));
        assertThatThrownBy(() -> StoreBackup.restore(dir.resolve("backup"), data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds an archive already");
        assertThat(Files.size(data.resolve(Archive.DB_FILE))).isEqualTo(size);
        Files.writeString(Files.createDirectories(dir.resolve("junk")).resolve(Archive.DB_FILE), "not a store");
        assertThatThrownBy(() -> StoreBackup.restore(dir.resolve("junk"), dir.resolve("new")))
                .isInstanceOf(StoreException.class).hasMessageContaining("not a Marsad store");
    }

    @Test
    void aRestoreFromAStoreWhoseCommitsAreStillInItsWriteAheadLogKeepsThemAll() throws Exception {
        // Found by the new-user walk: 'marsad restore --from DATA_DIR' of a served archive said "restored 15
        // articles" and the new directory held none: the file was copied without its -wal, where they all were.
        Path data = dir.resolve("data");
        Path restored = dir.resolve("restored");
        StoreBackup.Copied copied;
        Set<String> saved = new HashSet<>();
        try (Archive archive = Archive.open(data)) {
            for (int i = 0; i < 5; i++) {
                archive.save(List.of(new ArticleStore.Incoming(article(i), null))).forEach(u -> saved.add(u.id()));
            }
            assertThat(data.resolve(Archive.DB_FILE + "-wal")).as("the commits wait in the log").exists();
            copied = StoreBackup.restore(data, restored);
        }
        assertThat(copied.articles()).isEqualTo(saved.size());
        try (Archive archive = Archive.open(restored)) {
            assertThat(archive.store().count()).as("what the restore said it restored").isEqualTo(copied.articles());
            for (String id : saved) {
                assertThat(archive.store().get(id)).as(id).isPresent();
            }
        }
        assertThat(Files.exists(restored.resolve(Archive.DB_FILE + ".partial"))).isFalse();
    }
}
