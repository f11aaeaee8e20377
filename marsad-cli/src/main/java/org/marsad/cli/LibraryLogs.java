package org.marsad.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the library notes that speak to Lucene's integrators, not to Marsad's users, off standard error.
 *
 * <p>Lucene logs through {@code java.util.logging}, which the slf4j settings of {@code simplelogger.properties} do not
 * reach. On Java 21 and later every command that opens an archive printed four lines before its own output: an INFO
 * that Lucene maps index files with the Java 21 API, and a WARNING that the Java version's vector API is not used
 * ("please update Apache Lucene", "pass --add-modules jdk.incubator.vector") — advice a user cannot act on, since
 * Marsad neither uses vectors nor lets them change Lucene. Lucene's real warnings and errors about its index files still
 * show; with {@code MARSAD_DEBUG} set, nothing is quieted.
 */
final class LibraryLogs {
    /** Lucene's vector-API notes: only a failure (SEVERE) is printed. */
    static final String LUCENE_VECTORS = "org.apache.lucene.internal.vectorization";
    /** Lucene's choice of file mapping: warnings are printed, the INFO on every open is not. */
    static final String LUCENE_MAPPING = "org.apache.lucene.store.MemorySegmentIndexInputProvider";

    /**
     * The configured loggers. {@code java.util.logging} holds loggers weakly: a level set on one that nobody
     * references is lost when it is collected, before Lucene creates its own logger under it.
     */
    private static volatile List<Logger> held = List.of();

    private LibraryLogs() {
    }

    /** Quiets the notes above, unless {@code MARSAD_DEBUG} is set. Idempotent. */
    static void quiet() {
        if (System.getenv("MARSAD_DEBUG") != null) {
            return;
        }
        Logger vectors = Logger.getLogger(LUCENE_VECTORS);
        vectors.setLevel(Level.SEVERE);
        Logger mapping = Logger.getLogger(LUCENE_MAPPING);
        mapping.setLevel(Level.WARNING);
        held = List.of(vectors, mapping);
    }
}
