package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad worker}'s refusals: without a PostgreSQL store or a SolrCloud address it says so in one line (exit
 * 2) and writes nothing; an unreachable cluster is a one-line failure (exit 1). Leasing and polling are tested in
 * marsad-ingest (PostgresLeasedPollingTest).
 */
class WorkerCommandTest {
    private static final String REFUSAL = "marsad: a worker needs a shared PostgreSQL store (set MARSAD_DB_URL or --db "
            + "to jdbc:postgresql://HOST/DB?user=U&password=P); the embedded SQLite store has a single poller: use "
            + "'marsad serve' or 'marsad run'";

    @TempDir
    Path dir;

    @Test
    void refusesTheEmbeddedSqliteStoreInOneLine() {
        Path db = dir.resolve("marsad.db");
        CliRun r = CliRun.of("worker", "--db", "jdbc:sqlite:" + db, "--solr", "zk1:2181/solr");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(REFUSAL);
        assertThat(db).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void refusesToRunWithoutAStore() {
        Assumptions.assumeTrue(System.getenv("MARSAD_DB_URL") == null, "MARSAD_DB_URL is set in this environment");
        CliRun r = CliRun.of("worker", "--solr", "zk1:2181/solr");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(REFUSAL);
    }

    @Test
    void needsASolrCloudAndSaneOptions() {
        String pg = "--db=jdbc:postgresql://127.0.0.1:1/marsad";
        if (System.getenv("MARSAD_SOLR") == null) {
            CliRun none = CliRun.of("worker", pg);
            assertThat(none.exitCode()).isEqualTo(2);
            assertThat(none.err().strip()).isEqualTo("marsad: no SolrCloud address: give --solr ADDRESS or set "
                    + "MARSAD_SOLR");
        }
        CliRun lease = CliRun.of("worker", pg, "--solr", "zk1:2181", "--lease", "1");
        assertThat(lease.exitCode()).isEqualTo(2);
        assertThat(lease.err().strip()).isEqualTo("marsad: --lease must be at least 5 seconds");
        CliRun bad = CliRun.of("worker", pg, "--solr", "zk1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("marsad: bad ZooKeeper host 'zk1'").doesNotContain("\n");
    }

    @Test
    void anUnreachableClusterIsAOneLineFailure() {
        CliRun r = CliRun.of("worker", "--db=jdbc:postgresql://127.0.0.1:1/marsad", "--solr",
                "http://127.0.0.1:1/solr");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("marsad: cannot reach Solr at http://127.0.0.1:1/solr")
                .doesNotContain("\n");
    }
}
