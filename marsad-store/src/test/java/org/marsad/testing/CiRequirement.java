package org.marsad.testing;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need something outside the JVM (Chromium, a PostgreSQL server): on a developer's machine without
 * it they skip with a message; under {@code CI=true} they fail instead, because a CI that silently skips its browser
 * and database tests reports green for code it never ran. Shared with other modules through marsad-store's test jar.
 */
public final class CiRequirement {
    private CiRequirement() {
    }

    /**
     * Continues when {@code present}; otherwise skips the test (JUnit assumption), or fails it when the environment
     * says {@code CI=true}.
     *
     * @param missing what is missing and how to get it, e.g. "MARSAD_TEST_PG_URL is not set (.ci/run sets it)"
     */
    public static void require(boolean present, String missing) {
        require(present, missing, System.getenv());
    }

    static void require(boolean present, String missing, Map<String, String> env) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
            throw new AssertionError(missing + " — CI=true, so this test must run, not skip");
        }
        Assumptions.abort(missing + ": test skipped (under CI=true it would fail)");
    }
}
