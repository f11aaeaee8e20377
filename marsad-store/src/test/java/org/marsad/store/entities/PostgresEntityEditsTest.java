package org.marsad.store.entities;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.store.Archive;
import org.marsad.testing.CiRequirement;

/**
 * Every entity edit test again with the store on a real PostgreSQL server named by {@code MARSAD_TEST_PG_URL}
 * ({@code .ci/run} starts one); each test gets its own schema, dropped afterwards.
 */
class PostgresEntityEditsTest extends EntityEditsTest {
    private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
    private String schema;

    @BeforeAll
    static void needsServer() {
        CiRequirement.require(URL != null && !URL.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for these tests (.ci/run sets it)");
    }

    @Override
    protected Archive open() {
        try {
            if (schema == null) {
                schema = "t_" + UUID.randomUUID().toString().replace("-", "");
                try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return Archive.open(dir, URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
