package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A {@code marsad serve} that polls on a store workers collect from says so in its banner, with what to give it
 * instead; without workers it says nothing (one server polling alone is the single-machine set-up). The count comes
 * from the store ({@code PostgresLeasedPollingTest} checks it).
 */
class ServeBesideWorkersTest {
    @Test
    void aPollingServerIsToldOfTheWorkersAndOfNoPollOnlyWhenThereAreAny() {
        assertThat(ServeCommand.besideWorkers(0)).isEmpty();
        assertThat(ServeCommand.besideWorkers(1)).isEqualTo("\nmarsad: warning: 1 worker is collecting from this "
                + "store, and this server polls too: give it --no-poll to serve only (the workers collect, enrich "
                + "and index)");
        assertThat(ServeCommand.besideWorkers(3)).startsWith("\nmarsad: warning: 3 workers are collecting")
                .contains("--no-poll");
        assertThat(ServeCommand.besideWorkers(3).strip().lines()).as("one line").hasSize(1);
    }
}
