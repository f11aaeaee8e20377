package org.marsad.store;

import java.util.function.Supplier;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log as Marsad configures it ({@code loggers}): warnings and errors always, its informational lines only
 * while a migration runs on this thread ({@link #migrating}). Every open of a store asks Flyway which migrations
 * are pending, and Flyway answered with its environment and database on two lines each time — on every command,
 * and in every program that opens a store without a logging set-up of its own — although nothing was done. What
 * Flyway says is written where it would have written it: SLF4J when the program has it, else java.util.logging.
 *
 * <p>Flyway instantiates this class by name (it must stay public with a public no-argument constructor).
 */
public final class FlywayLog implements LogCreator {
    private static final ThreadLocal<Boolean> MIGRATING = ThreadLocal.withInitial(() -> false);
    private static final String SLF4J = "org.flywaydb.core.internal.logging.slf4j.Slf4jLogCreator";
    private static final String JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    private final LogCreator sink = sink();

    public FlywayLog() {
    }

    /** Runs a migration with Flyway's informational lines let through (what it changes is worth reading). */
    static <T> T migrating(Supplier<T> migration) {
        boolean was = MIGRATING.get();
        MIGRATING.set(true);
        try {
            return migration.get();
        } finally {
            MIGRATING.set(was);
        }
    }

    @Override
    public Log createLogger(Class<?> type) {
        Log to = sink.createLogger(type);
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return MIGRATING.get() && to.isDebugEnabled();
            }

            @Override
            public void debug(String message) {
                if (MIGRATING.get()) {
                    to.debug(message);
                }
            }

            @Override
            public void info(String message) {
                if (MIGRATING.get()) {
                    to.info(message);
                }
            }

            @Override
            public void notice(String message) {
                if (MIGRATING.get()) {
                    to.notice(message);
                }
            }

            @Override
            public void warn(String message) {
                to.warn(message);
            }

            @Override
            public void error(String message) {
                to.error(message);
            }

            @Override
            public void error(String message, Exception e) {
                to.error(message, e);
            }
        };
    }

    /** The log Flyway itself would pick here: SLF4J's when the program has SLF4J, else java.util.logging's. */
    private static LogCreator sink() {
        ClassLoader loader = FlywayLog.class.getClassLoader();
        boolean slf4j;
        try {
            Class.forName("org.slf4j.LoggerFactory", false, loader);
            slf4j = true;
        } catch (ClassNotFoundException | LinkageError e) {
            slf4j = false;
        }
        try {
            return (LogCreator) Class.forName(slf4j ? SLF4J : JUL, true, loader).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // a Flyway without these classes: say nothing rather than fail the open
            return type -> new Log() {
                @Override
                public void debug(String message) {
                }

                @Override
                public void info(String message) {
                }

                @Override
                public void warn(String message) {
                }

                @Override
                public void error(String message) {
                }

                @Override
                public void error(String message, Exception e) {
                }

                @Override
                public void notice(String message) {
                }
            };
        }
    }
}
