package org.marsad.ingest.page;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.ingest.fetch.MediaTypes;

/**
 * The charset a page declares: the HTTP Content-Type first, else a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} in the first bytes (the HTML spec's prescan window). A BOM and the
 * Arabic legacy encodings are then weighed by {@link org.marsad.extract.TextDecoding}, which gets this as its hint.
 */
public final class PageCharsets {
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharsets() {
    }

    /** The declared charset name, if the header or the page states one. */
    public static Optional<String> declared(byte[] body, String contentType) {
        Optional<String> header = MediaTypes.charset(contentType);
        if (header.isPresent()) {
            return header;
        }
        // ASCII-compatible prescan: the meta tag itself is ASCII in every encoding a news page uses.
        String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
