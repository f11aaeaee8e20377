package org.marsad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, in a temporary directory. */
class SqliteArticleStoreTest extends ArticleStoreContract {
    @TempDir
    Path dir;

    @Override
    protected ArticleStore openStore() {
        return ArticleStore.openSqlite(dir.resolve("marsad.db"));
    }

    @Override
    protected ArticleStore reopenStore() {
        return openStore();
    }
}
