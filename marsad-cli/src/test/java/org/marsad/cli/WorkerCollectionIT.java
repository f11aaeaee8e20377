package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad worker} takes its collection from {@code MARSAD_SOLR_COLLECTION} like every other command: a worker
 * that ignored it indexed into the default collection while the servers beside it read another (product33's walk).
 */
class WorkerCollectionIT {
    @TempDir
    Path dir;

    @Test
    void theWorkersCollectionIsTheEnvironmentsWhenNoneIsGiven() throws Exception {
        MarsadJar.Run r = MarsadJar.runWithEnv(dir, new byte[0], Map.of("MARSAD_SOLR_COLLECTION", "walk"),
                "worker", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("now walk)");
    }
}
