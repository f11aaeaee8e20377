package org.marsad.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.Figure;

/**
 * The figure JSON of the article contract (DESIGN.md): {@code {text, start, end, value, value_max, vague,
 * comparator, counted, category, unit, attribution, date, since}}, snake_case, every key present. Written by
 * {@code marsad arabic figures}, inside article JSON and by the API alike.
 */
public final class FigureJson {
    private FigureJson() {
    }

    /** Writes the figure's keys into {@code n}, in contract order. */
    public static ObjectNode write(ObjectNode n, Figure f) {
        n.put("text", f.text());
        n.put("start", f.start());
        n.put("end", f.end());
        number(n, "value", f.value());
        number(n, "value_max", f.valueMax());
        n.put("vague", f.vague());
        n.put("comparator", f.comparator() == null ? null : f.comparator().key());
        n.put("counted", f.counted());
        n.put("category", f.category().key());
        n.put("unit", f.unit());
        n.put("attribution", f.attribution());
        n.put("date", f.date() == null ? null : f.date().toString());
        n.put("since", f.since() == null ? null : f.since().toString());
        return n;
    }

    /** The figure as a new JSON object. */
    public static ObjectNode toNode(Figure f) {
        return write(ArticleJson.mapper().createObjectNode(), f);
    }

    /** A whole number as a JSON integer ("20258", not "2.0258E+4"), any other as a decimal; null as null. */
    public static void number(ObjectNode n, String key, BigDecimal v) {
        if (v == null) {
            n.putNull(key);
            return;
        }
        try {
            n.put(key, v.longValueExact());
        } catch (ArithmeticException notWhole) {
            n.put(key, v.stripTrailingZeros());
        }
    }

    /**
     * Reads a figure back.
     *
     * @throws IllegalArgumentException when a field has the wrong shape or the category is unknown
     */
    public static Figure fromNode(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a figure must be a JSON object");
        }
        Category category = Category.of(text(n, "category"));
        if (category == null) {
            throw new IllegalArgumentException("unknown figure category: " + text(n, "category"));
        }
        String comparator = text(n, "comparator");
        Comparison comparison = null;
        if (comparator != null) {
            try {
                comparison = Comparison.valueOf(comparator.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown figure comparator: " + comparator);
            }
        }
        return new Figure(text(n, "text"), n.path("start").asInt(0), n.path("end").asInt(0), decimal(n, "value"),
                decimal(n, "value_max"), n.path("vague").asBoolean(false), comparison, text(n, "counted"), category,
                text(n, "unit"), text(n, "attribution"), day(n, "date"), day(n, "since"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("figure \"" + key + "\" must be a number");
        }
        return v.decimalValue();
    }

    private static LocalDate day(JsonNode n, String key) {
        String s = text(n, key);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("figure \"" + key + "\" must be a date (YYYY-MM-DD): " + s);
        }
    }
}
