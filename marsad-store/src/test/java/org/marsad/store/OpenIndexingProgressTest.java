package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * Opening an archive whose index is gone (a restored backup holds the store alone) indexes the whole store before
 * the command runs: the opener is told so before the first article and after each page, so that a command on a
 * large archive can say what it is doing instead of looking hung. An open that has nothing to index tells nothing.
 */
class OpenIndexingProgressTest {
    @TempDir
    Path dir;

    @Test
    void openingWithoutAnIndexTellsTheOpenerHowFarItIsPageByPage() throws Exception {
        Path data = dir.resolve("data");
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://restore.example/" + i)
                    .title("خبر رقم " + i).body(List.of("نص الخبر رقم " + i + " عن افتتاح مدرسة جديدة."))
                    .source("المرصد").language("ar").published("2024-03-01").build(), null));
        }
        try (Archive archive = Archive.open(data)) {
            archive.save(batch);
        }
        deleteIndex(data);

        List<Archive.RebuildProgress> told = new ArrayList<>();
        try (Archive restored = watched(data, told)) {
            assertThat(restored.index().count()).isEqualTo(700);
        }
        assertThat(told).extracting(Archive.RebuildProgress::indexed).containsExactly(0L, 500L, 700L);
        assertThat(told).allSatisfy(r -> {
            assertThat(r.total()).isEqualTo(700);
            assertThat(r.cause()).isEqualTo(Archive.RebuildCause.MISSING);
            assertThat(r.reason()).isEqualTo("there was no index");
        });

        List<Archive.RebuildProgress> none = new ArrayList<>();
        try (Archive opened = watched(data, none)) {
            assertThat(opened.index().count()).isEqualTo(700);
        }
        assertThat(none).isEmpty();
    }

    private static Archive watched(Path data, List<Archive.RebuildProgress> told) {
        return Archive.open(data, null, told::add);
    }

    private static void deleteIndex(Path data) throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve(Archive.INDEX_DIR))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
