package org.marsad.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An ordered group of named figures for report.json. Keys are snake_case; values are numbers, strings, booleans or
 * nested groups. Every comparison with a baseline goes through {@link #ratio} so that each one has a {@code *_ratio}.
 */
public final class Figures {
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private final Map<String, Object> values = new LinkedHashMap<>();

    public Figures put(String key, Object value) {
        requireKey(key);
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            value = null; // JSON has no NaN; an undefined figure is null
        }
        if (!(value == null || value instanceof Number || value instanceof String || value instanceof Boolean
                || value instanceof Figures || value instanceof java.util.List<?>)) {
            throw new IllegalArgumentException("unsupported figure type for " + key + ": " + value.getClass());
        }
        values.put(key, value);
        return this;
    }

    /** The nested group under key, created when missing. */
    public Figures group(String key) {
        Object existing = values.get(key);
        if (existing instanceof Figures f) {
            return f;
        }
        Figures f = new Figures();
        put(key, f);
        return f;
    }

    /**
     * Records {@code key_ratio} = value / baseline (null when the baseline is zero or missing). The caller has put the
     * two figures themselves under their own keys.
     *
     * @return the ratio, or NaN when undefined
     */
    public double ratio(String key, double value, double baseline) {
        double r = ratioOf(value, baseline);
        put(key.endsWith("_ratio") ? key : key + "_ratio", r);
        return r;
    }

    /** value / baseline, NaN when either is not a positive finite number. */
    public static double ratioOf(double value, double baseline) {
        if (!(baseline > 0) || Double.isInfinite(baseline) || Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.NaN;
        }
        return value / baseline;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    static void requireKey(String key) {
        if (key == null || !SNAKE.matcher(key).matches()) {
            throw new IllegalArgumentException("report keys are snake_case: " + key);
        }
    }
}
