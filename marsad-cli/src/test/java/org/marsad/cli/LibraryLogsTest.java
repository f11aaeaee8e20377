package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On Java 21 and later, Lucene's notes to its integrators printed four lines before every command's output
 * ("please update Apache Lucene"); a command now prints only its own lines, while Lucene's real warnings still show.
 */
class LibraryLogsTest {
    /** What reached the console: the root logger's handlers, as java.util.logging's default configuration has. */
    private final List<LogRecord> printed = new ArrayList<>();
    private final Handler console = new Handler() {
        @Override
        public void publish(LogRecord r) {
            printed.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(console);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(console);
    }

    @Test
    void luceneNotesToItsIntegratorsAreNotPrintedButItsWarningsAre() {
        assumeTrue(System.getenv("MARSAD_DEBUG") == null, "MARSAD_DEBUG keeps every library note");
        assertThat(CliRun.of("--version").exitCode()).isZero();
        // the records Lucene 9.12 writes on Java 21 (the first two) and Java 23+ (the third), from its own loggers
        Logger.getLogger("org.apache.lucene.store.MemorySegmentIndexInputProvider").info(
                "Using MemorySegmentIndexInput and native madvise support with Java 21 or later");
        Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider").warning(
                "Java vector incubator module is not readable. For optimal vector performance, pass "
                        + "'--add-modules jdk.incubator.vector' to enable Vector API.");
        Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider").warning(
                "You are running with Java 23 or later. To make full use of the Vector API, please update Apache Lucene.");
        assertThat(printed).isEmpty();

        Logger.getLogger("org.apache.lucene.store.MemorySegmentIndexInputProvider").warning("cannot map the file");
        Logger.getLogger("org.apache.lucene.store.MMapDirectory").warning("unmapping is not supported");
        assertThat(printed).extracting(LogRecord::getMessage)
                .containsExactly("cannot map the file", "unmapping is not supported");
        assertThat(printed).extracting(LogRecord::getLevel).containsOnly(Level.WARNING);
    }
}
