package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file that says a background rebuild of a data directory's index is under way ({@link Archive#REBUILD_MARKER}).
 * While it exists, the index's last commit may hold only the first part of the store, made with this Marsad's
 * analysis: without the file an open would take that part for the whole index.
 */
final class RebuildMarker {
    private RebuildMarker() {
    }

    static void create(Path dataDir) {
        try {
            Path marker = dataDir.resolve(Archive.REBUILD_MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "the search index is being rebuilt from the store\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the rebuild in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static void remove(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(Archive.REBUILD_MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the rebuild in " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
