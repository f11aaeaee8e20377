package org.marsad.ingest.fetch;

import java.util.Locale;
import java.util.Optional;

/** Reading Content-Type header values. */
public final class MediaTypes {
    private MediaTypes() {
    }

    /** The media type without parameters, lower case ("text/html"), or "" when absent. */
    public static String essence(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter, unquoted, if present. */
    public static Optional<String> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Whether the type is HTML (or unknown, which servers of old pages often leave it). */
    public static boolean isHtml(String contentType) {
        String e = essence(contentType);
        return e.isEmpty() || e.equals("text/html") || e.equals("application/xhtml+xml");
    }
}
