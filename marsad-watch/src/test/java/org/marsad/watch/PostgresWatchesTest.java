package org.marsad.watch;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.testing.CiRequirement;

/**
 * Every watches test again with the store on a real PostgreSQL server named by {@code MARSAD_TEST_PG_URL}
 * ({@code .ci/run} starts one); skipped without it (failed under CI=true). Each test gets its own schema,
 * dropped afterwards.
 */
class PostgresWatchesTest extends WatchesTest {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
    private String schema;

    @BeforeAll
    static void needsServer() {
        CiRequirement.require(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for these tests (.ci/run sets it)");
    }

    @Override
    String storeUrl() throws Exception {
        schema = "watch_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void dropStore() throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
