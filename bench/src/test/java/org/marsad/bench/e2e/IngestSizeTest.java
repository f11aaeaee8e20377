package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.bench.Context;
import org.junit.jupiter.api.Test;

/** The ingest part's corpus size: {@code --size} for the ingest half alone, the quick-size table otherwise. */
class IngestSizeTest {
    private static Context context(boolean quick, OptionalInt size) {
        return new Context(quick, null, null, null, Optional.empty(), null, null, Optional.empty(), size);
    }

    @Test
    void theIngestPartAloneTakesTheSizeAsked() {
        assertThat(IngestSearchSection.corpusArticles(context(true, OptionalInt.of(20_000)), false)).isEqualTo(20_000);
        assertThat(IngestSearchSection.corpusArticles(context(false, OptionalInt.of(7_000)), false)).isEqualTo(7_000);
    }

    @Test
    void withoutASizeAndForTheWholePartTheTableDecides() {
        assertThat(IngestSearchSection.corpusArticles(context(true, OptionalInt.empty()), false)).isEqualTo(5_000);
        assertThat(IngestSearchSection.corpusArticles(context(false, OptionalInt.empty()), false)).isEqualTo(100_000);
        // ingest_search reads its search and web figures at the table's size, whatever --size the large part takes
        assertThat(IngestSearchSection.corpusArticles(context(true, OptionalInt.of(20_000)), true)).isEqualTo(5_000);
    }
}
