package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.CiRequirement;

/**
 * {@code marsad migrate} checks both targets before it copies a row (product27: it copied the whole store into
 * PostgreSQL and only then found the cluster unreachable). The database is CI's ({@code MARSAD_TEST_PG_URL}, a
 * schema of its own, dropped after); the cluster an address nothing listens on.
 */
class MigrateTargetsTest {
    private static final String PG = System.getenv("MARSAD_TEST_PG_URL");
    private static final String DOWN = "http://127.0.0.1:1/solr";

    @Test
    void anUnreachableClusterIsOneLineBeforeAnythingIsCopied(@TempDir Path tmp) throws Exception {
        CiRequirement.require(PG != null && !PG.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for the migrate test (.ci/run sets it)");
        Path page = tmp.resolve("page.txt");
        Files.writeString(page, "عنوان الخبر\n\nنص الخبر عن الأسواق اليوم.\n");
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("ingest", "--data", data, page.toString()).exitCode()).isZero();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            String db = PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            CliRun r = CliRun.of("migrate", "--data", data, "--db", db, "--solr", DOWN);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("marsad: cannot reach Solr at " + DOWN + ": connection refused");
            assertThat(r.out()).doesNotContain("store:");
            assertThat(tables(schema)).as("nothing written to the database").isZero();
        } finally {
            try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLine(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("page.txt");
        Files.writeString(page, "عنوان الخبر\n\nنص الخبر عن الأسواق اليوم.\n");
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("ingest", "--data", data, page.toString()).exitCode()).isZero();
        CliRun r = CliRun.of("migrate", "--data", data, "--db", "jdbc:postgresql://127.0.0.1:1/marsad", "--solr", DOWN);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("marsad: ").doesNotContain("\n").doesNotContain("Exception");
    }

    private static long tables(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                     + schema + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
