package org.marsad.ingest.source;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;

class SqliteSourceRegistryTest extends SourceRegistryContract {
    @TempDir
    Path dir;

    @Override
    protected ArticleStore openStore() {
        return reopenStore();
    }

    @Override
    protected ArticleStore reopenStore() {
        return ArticleStore.openSqlite(dir.resolve("marsad.db"));
    }
}
