package org.marsad.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;

/**
 * A WARC file that stops being readable part way (or from its first byte): where, and why in a few words a user can
 * act on. The WARC library's own message quotes the bytes it choked on, which for a damaged or foreign file is a line
 * of escaped garbage; the reason here never does.
 */
public final class DamagedWarcException extends IOException {
    private final long offset;
    private final long recordsRead;

    DamagedWarcException(long offset, long recordsRead, IOException cause) {
        super(reason(cause) + " at byte " + offset, cause);
        this.offset = offset;
        this.recordsRead = recordsRead;
    }

    /** A record the library read but whose header says it cannot be: {@code reason} names what is wrong. */
    DamagedWarcException(long offset, long recordsRead, String reason) {
        super(reason + " at byte " + offset);
        this.offset = offset;
        this.recordsRead = recordsRead;
    }

    /** The byte offset of the record (or gzip member) that could not be read. */
    public long offset() {
        return offset;
    }

    /** How many records were read whole before it (and handed on). */
    public long recordsRead() {
        return recordsRead;
    }

    private static String reason(IOException cause) {
        if (cause instanceof ParsingException) {
            return "not a WARC record";
        }
        if (cause instanceof EOFException) {
            return "the file ends inside a record";
        }
        if (cause instanceof ZipException) {
            return "damaged gzip data";
        }
        return "unreadable record (" + cause.getClass().getSimpleName() + ")";
    }
}
