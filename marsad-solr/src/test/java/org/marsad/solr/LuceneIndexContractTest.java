package org.marsad.solr;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;

/** The index contract, on the embedded Lucene index. */
class LuceneIndexContractTest extends SearchIndexContract {
    @TempDir
    Path dir;

    @Override
    SearchIndex emptyIndex() {
        return LuceneIndex.open(dir.resolve("index"));
    }

    @AfterEach
    void close() {
        index.close();
    }
}
