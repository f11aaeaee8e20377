package org.marsad.web.http;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The parameters of an entity list ({@code /api/entities}, {@code /entities}), read and checked once: {@code q} (a
 * name, in any of its spellings), {@code type} ({@code person|place|org}, or the article JSON's
 * {@code PER|LOC|ORG}), {@code from}/{@code to} (publication days of the mentioning articles), {@code limit},
 * {@code offset}.
 *
 * @param type the type as the store writes it ({@code PER}, {@code LOC}, {@code ORG}), or null for any
 */
public record EntityRequest(String query, String type, LocalDate from, LocalDate to, int limit, int offset) {

    /** Reads and checks the parameters; a bad one is a {@link BadRequest}. */
    public static EntityRequest of(Params p, int defaultLimit) {
        String q = p.text("q", Params.MAX_FILTER);
        String type = type(p.text("type", 10));
        LocalDate from = p.day("from");
        LocalDate to = p.day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("'from' is after 'to'", "تاريخ البداية بعد تاريخ النهاية");
        }
        int limit = p.integer("limit", defaultLimit, 1, Params.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Params.MAX_DEPTH - limit);
        return new EntityRequest(q, type, from, to, limit, offset);
    }

    /** The store's type for a {@code type} parameter value; null for none. */
    public static String type(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> "PER";
            case "place", "loc" -> "LOC";
            case "org", "organization", "organisation" -> "ORG";
            default -> throw new BadRequest("parameter 'type' must be person, place or org",
                    "النوع يكون «person» أو «place» أو «org» فقط");
        };
    }

    /** The query-language filter of a store type: {@code PER} → {@code person}. */
    public static String filterName(String type) {
        return switch (type) {
            case "PER" -> "person";
            case "LOC" -> "place";
            default -> "org";
        };
    }
}
