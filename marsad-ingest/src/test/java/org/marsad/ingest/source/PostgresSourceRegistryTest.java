package org.marsad.ingest.source;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.store.ArticleStore;
import org.marsad.testing.CiRequirement;

/**
 * The registry on a real PostgreSQL server named by {@code MARSAD_TEST_PG_URL} ({@code .ci/run} starts one);
 * skipped without it (failed under CI=true). Each test gets its own schema, dropped afterwards.
 */
class PostgresSourceRegistryTest extends SourceRegistryContract {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
    private String schema;

    @BeforeAll
    static void needsServer() {
        CiRequirement.require(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for these tests (.ci/run sets it)");
    }

    @Override
    protected ArticleStore openStore() throws Exception {
        schema = "src_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return reopenStore();
    }

    @Override
    protected ArticleStore reopenStore() {
        return ArticleStore.open(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void dropSchema() throws Exception {
        store.close();
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
