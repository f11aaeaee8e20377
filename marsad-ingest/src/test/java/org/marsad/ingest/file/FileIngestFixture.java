package org.marsad.ingest.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;

/**
 * What the tests of {@link FileIngest} start from: a store of their own in a temporary folder, and an ingest into it
 * whose reported lines they read.
 */
abstract class FileIngestFixture {
    @TempDir
    Path tmp;
    ArticleStore store;
    final List<String> reported = new ArrayList<>();
    FileIngest ingest;

    @BeforeEach
    void open() {
        store = ArticleStore.openSqlite(tmp.resolve("marsad.db"));
        ingest = new FileIngest(store::upsertAll, reported::add);
    }

    @AfterEach
    void close() {
        store.close();
    }
}
