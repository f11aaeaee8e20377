package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file that says an upgrade's figure refresh of a data directory is under way ({@link Archive#FIGURES_MARKER}),
 * naming the last article (by id) whose refreshed figures the index has committed. The store remembers which
 * articles it refreshed, the index commit does not: an article refreshed after the named one may be refreshed in
 * the store yet old in the index, so the next open passes every later article to the index again.
 */
final class FiguresMarker {
    private static final String SAYS = "the figures of the articles are being found again; indexed through the id "
            + "on the next line\n";

    private FiguresMarker() {
    }

    /** The id the refresh resumes after ("" for the first), or null when no refresh was under way. */
    static String read(Path dataDir) {
        Path marker = dataDir.resolve(Archive.FIGURES_MARKER);
        if (!Files.exists(marker)) {
            return null;
        }
        try {
            String text = Files.readString(marker, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            // A marker cut short (or of an unknown shape): the refresh passes everything again, which is only slower.
            return nl < 0 || !text.startsWith(SAYS) ? "" : text.substring(SAYS.length()).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Names {@code id} as the last one indexed; written beside and moved over, so that a kill leaves one whole. */
    static void write(Path dataDir, String id) {
        Path marker = dataDir.resolve(Archive.FIGURES_MARKER);
        Path tmp = dataDir.resolve(Archive.FIGURES_MARKER + ".tmp");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(tmp, SAYS + id + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the figure refresh in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static void remove(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(Archive.FIGURES_MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the figure refresh in " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
