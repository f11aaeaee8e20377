package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.CiRequirement;

/**
 * {@code marsad migrate} in the real jar: an embedded archive moved to the PostgreSQL of CI
 * ({@code MARSAD_TEST_PG_URL}, a schema of its own) and a 2-shard collection of a 2-node SolrCloud (a JVM of its
 * own); afterwards the moved archive answers searches as the embedded one did, and a second run finds nothing left to
 * do.
 */
class MigrateIT {
    private static final String PG = System.getenv("MARSAD_TEST_PG_URL");

    @TempDir
    static Path work;

    static SolrClusterProcess cloud;
    static String schema;
    static String db;

    @BeforeAll
    static void start() throws Exception {
        CiRequirement.require(PG != null && !PG.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for the migrate test (.ci/run sets it)");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        db = PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        cloud = SolrClusterProcess.start(work, 2);
        MarsadJar.Run init = MarsadJar.run(work, "solr", "init", "--solr", cloud.zk, "--shards", "2");
        assertThat(init.exit()).as(init.err()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void movesAnEmbeddedArchiveToPostgresqlAndSolrCloud() throws Exception {
        Path jsonl = work.resolve("articles.jsonl");
        Files.writeString(jsonl, String.join("\n", SolrServeIT.articles(20261205L, 60)) + "\n",
                StandardCharsets.UTF_8);
        MarsadJar.Run ingest = MarsadJar.run(work, "ingest", "--data", "archive", jsonl.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        // Usage errors first: nothing is written.
        MarsadJar.Run noSolr = MarsadJar.run(work, "migrate", "--data", "archive", "--db", db);
        assertThat(noSolr.exit()).isEqualTo(2);
        assertThat(noSolr.err().strip()).hasLineCount(1).contains("--solr");
        MarsadJar.Run sqlite = MarsadJar.run(work, "migrate", "--data", "archive", "--db", "jdbc:sqlite:x.db",
                "--solr", cloud.zk);
        assertThat(sqlite.exit()).isEqualTo(2);
        MarsadJar.Run nothing = MarsadJar.run(work, "migrate", "--data", "none", "--db", db, "--solr", cloud.zk);
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err().strip()).hasLineCount(1).contains("no embedded archive");

        MarsadJar.Run m = MarsadJar.run(work, "migrate", "--data", "archive", "--db", db, "--solr", cloud.zk);
        assertThat(m.exit()).as(m.err()).isZero();
        assertThat(m.out()).contains("store: 60 articles in PostgreSQL").contains("index: 60 articles in collection");

        // The moved archive searches as the embedded one: the store from PostgreSQL, the index from the cluster.
        ObjectMapper json = new ObjectMapper();
        Map<String, String> moved = Map.of("MARSAD_DB_URL", db);
        for (String q : List.of("النفط", "person:ترمب", "غزة OR لبنان", "")) {
            MarsadJar.Run a = MarsadJar.run(work, "search", "--data", "archive", "--json", "--limit", "60", q);
            MarsadJar.Run b = MarsadJar.runWithEnv(work, new byte[0], moved, "search", "--data", "archive",
                    "--solr", cloud.zk, "--json", "--limit", "60", q);
            assertThat(a.exit()).as(a.err()).isZero();
            assertThat(b.exit()).as(b.err()).isZero();
            JsonNode ja = SolrServeIT.withoutScores(json.readTree(a.out()));
            JsonNode jb = SolrServeIT.withoutScores(json.readTree(b.out()));
            assertThat(jb).as("search %s", q).isEqualTo(ja);
        }

        // Run again (as after a stop half-way): the copy is complete and verified, nothing is written twice.
        MarsadJar.Run again = MarsadJar.run(work, "migrate", "--data", "archive", "--db", db, "--solr", cloud.zk);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("store: 60 articles in PostgreSQL (0 rows written now")
                .contains("index: 60 articles");

        // Another archive is not poured into the same database.
        MarsadJar.Run other = MarsadJar.run(work, "ingest", "--data", "other", jsonl.toString());
        assertThat(other.exit()).as(other.err()).isZero();
        MarsadJar.Run refused = MarsadJar.run(work, "migrate", "--data", "other", "--db", db, "--solr", cloud.zk);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).hasLineCount(1).contains("copy of another archive");
    }
}
