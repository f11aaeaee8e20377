package org.marsad.ingest.warc;

import java.nio.file.Path;

/**
 * Where a record lives: the WARC file and the byte offset of the record (for .warc.gz, the offset of its gzip
 * member), so the page can be read again with {@link WarcPages#readAt} when extraction improves.
 *
 * <p>Its text form, {@code warc:FILE#OFFSET} (absolute file path), is what the store keeps.
 */
public record WarcPointer(Path file, long offset) {
    private static final String PREFIX = "warc:";

    @Override
    public String toString() {
        return PREFIX + file.toAbsolutePath() + "#" + offset;
    }

    /** Reads the text form back. */
    public static WarcPointer parse(String s) {
        int hash = s.lastIndexOf('#');
        if (!s.startsWith(PREFIX) || hash < 0) {
            throw new IllegalArgumentException("not a WARC pointer: " + s);
        }
        return new WarcPointer(Path.of(s.substring(PREFIX.length(), hash)), Long.parseLong(s.substring(hash + 1)));
    }
}
