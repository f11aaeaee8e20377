package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What an article was extracted from, kept so that extraction can be re-run when the extractor improves: either the
 * bytes themselves, or a pointer into an archive that already keeps them (a WARC file and the record's offset).
 *
 * @param kind     what the bytes are, so the right extractor can be chosen again: one of the {@code KIND_*} values
 *                 or another short lowercase name
 * @param location where it came from: a file path or URL, or null
 * @param offset   byte offset of the record within {@code location} for pointers, else null
 * @param content  the raw bytes, or null for a pointer
 */
public record RawSource(String kind, String location, Long offset, byte[] content) {
    /** A raw text page (the {@code extract} input format), stored as UTF-8. */
    public static final String KIND_TEXT_PAGE = "text-page";
    /** An HTML page as fetched. */
    public static final String KIND_HTML = "html";
    /** One line of a JSON Lines file of articles. */
    public static final String KIND_JSON = "json";
    /** A record in a WARC file: {@code location} is the file, {@code offset} the record's offset. */
    public static final String KIND_WARC = "warc";

    public RawSource {
        Objects.requireNonNull(kind, "kind");
    }

    /** Text kept as UTF-8 bytes. */
    public static RawSource text(String kind, String location, String text) {
        return new RawSource(kind, location, null, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A pointer to bytes kept elsewhere. */
    public static RawSource pointer(String kind, String location, long offset) {
        return new RawSource(kind, location, offset, null);
    }

    /** The content as UTF-8 text, or null for a pointer. */
    public String contentText() {
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }
}
