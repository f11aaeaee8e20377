package org.marsad.store;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.testing.CiRequirement;

/**
 * The store contract on a real PostgreSQL server, named by {@code MARSAD_TEST_PG_URL} (a JDBC URL with user and
 * password; {@code .ci/run} starts one). Each test gets its own schema, dropped afterwards.
 */
class PostgresArticleStoreTest extends ArticleStoreContract {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
    private String schema;

    @BeforeAll
    static void needsServer() {
        CiRequirement.require(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for the store tests (.ci/run sets it)");
    }

    @Override
    protected ArticleStore openStore() throws Exception {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
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
