package org.marsad.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fresh PostgreSQL schemas of CI's test database ({@code MARSAD_TEST_PG_URL}), one per store a test opens, so tests
 * never see each other's rows; {@link #dropAll} (from an {@code @AfterEach}) drops every schema it made. Without the
 * variable the test is skipped locally and fails under CI ({@link CiRequirement}).
 */
public final class TestSchemas {
    private static final String PG = System.getenv("MARSAD_TEST_PG_URL");

    private final List<String> made = new ArrayList<>();

    /** A JDBC URL of a new, empty schema. */
    public String create() {
        CiRequirement.require(PG != null && !PG.isBlank(),
                "MARSAD_TEST_PG_URL is not set: no PostgreSQL for these tests (.ci/run sets it)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        run("CREATE SCHEMA " + schema);
        made.add(schema);
        return PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops every schema {@link #create} made. */
    public void dropAll() {
        for (String schema : made) {
            run("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        made.clear();
    }

    private static void run(String sql) {
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
