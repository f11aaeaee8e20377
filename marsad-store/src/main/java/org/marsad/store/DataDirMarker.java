package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file in a data directory that says work on its index is under way ({@link Archive#MERGE_MARKER}): it outlives
 * a process stopped or killed meanwhile, so that the next one finds the work unfinished.
 */
final class DataDirMarker {
    private DataDirMarker() {
    }

    static void create(Path dataDir, String name, String says) {
        try {
            Path marker = dataDir.resolve(name);
            if (!Files.exists(marker)) {
                // A worker whose store and index live elsewhere may not have made its data directory yet.
                Files.createDirectories(dataDir);
                Files.writeString(marker, says);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static void remove(Path dataDir, String name) {
        try {
            Files.deleteIfExists(dataDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + name + " from " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
