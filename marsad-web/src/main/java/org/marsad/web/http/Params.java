package org.marsad.web.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.marsad.arabic.dates.FilterDays;
import org.marsad.search.SearchRequest;

/**
 * Reads and bounds request parameters. Every limit is checked here, before any search runs, so an absurd request
 * costs nothing and gets a 400 instead of a slow query or a 500.
 */
public final class Params {
    /** Longest accepted query, in characters. */
    public static final int MAX_QUERY = 500;
    /** Longest accepted outlet or tag filter. */
    public static final int MAX_FILTER = 200;
    /** Largest API page. */
    public static final int MAX_LIMIT = 100;
    /** Deepest result reachable by paging (offset + limit). */
    public static final int MAX_DEPTH = org.marsad.search.SearchRequest.MAX_DEPTH;

    private final Map<String, List<String>> query;

    public Params(Map<String, List<String>> query) {
        this.query = query;
    }

    /** The single value of a parameter (trimmed), or null when absent or blank; a repeated parameter is a 400. */
    public String text(String name, int maxLength) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest("parameter '" + name + "' is given more than once",
                    "المعامل «" + name + "» مكرر في الطلب");
        }
        String v = values.get(0).strip();
        if (v.length() > maxLength) {
            throw new BadRequest("parameter '" + name + "' is longer than " + maxLength + " characters",
                    "النص في «" + name + "» أطول من " + maxLength + " حرف");
        }
        return v.isEmpty() ? null : v;
    }

    /**
     * A list's page number (1 when absent): any whole number from 1. A page past the list's end is the caller's to
     * answer (with "no more"), since only the caller knows where its list ends.
     */
    public int page() {
        return integer("page", 1, 1, Integer.MAX_VALUE);
    }

    /** An integer in [min, max], or the default when absent. */
    public int integer(String name, int dflt, int min, int max) {
        return (int) whole(name, 12, dflt, min, max, Integer::parseInt);
    }

    /** A whole number in [min, max] that may exceed an int (a store sequence), or the default when absent. */
    public long number(String name, long dflt, long min, long max) {
        return whole(name, 20, dflt, min, max, Long::parseLong);
    }

    /** A whole number of at most {@code maxChars} characters in [min, max] as {@code parse} reads it. */
    private long whole(String name, int maxChars, long dflt, long min, long max, ToLongFunction<String> parse) {
        String v = text(name, maxChars);
        if (v == null) {
            return dflt;
        }
        long n;
        try {
            n = parse.applyAsLong(v);
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' must be a whole number",
                    "قيمة «" + name + "» يجب أن تكون عدداً صحيحاً");
        }
        if (n < min || n > max) {
            throw new BadRequest("parameter '" + name + "' must be between " + min + " and " + max,
                    "قيمة «" + name + "» يجب أن تكون بين " + min + " و" + max);
        }
        return n;
    }

    /**
     * A day (2024-03-31; a Hijri one such as 1445-09-21 as the query language's {@code from:} reads it, see
     * {@link FilterDays}), or null when absent.
     */
    public LocalDate day(String name) {
        String v = text(name, 16);
        if (v == null) {
            return null;
        }
        try {
            return FilterDays.parse(v);
        } catch (DateTimeException e) {
            throw new BadRequest("parameter '" + name + "' must be a date like 2024-03-31 or, Hijri, 1445-09-21",
                    "التاريخ في «" + name + "» يجب أن يكون بصيغة 2024-03-31 أو بالهجري 1445-09-21");
        }
    }

    /**
     * "relevance", "date" (newest first) or "oldest" (oldest first); absent means relevance for a query and date for
     * browsing.
     */
    public SearchRequest.Sort sort(String q) {
        String v = text("sort", 20);
        if (v == null) {
            return q == null ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
        }
        return sortNamed(v);
    }

    /** The order a {@code sort} value names; anything else is a 400. */
    public static SearchRequest.Sort sortNamed(String v) {
        return switch (v) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            case "oldest" -> SearchRequest.Sort.OLDEST;
            default -> throw new BadRequest("parameter 'sort' must be 'relevance', 'date' (newest first) or "
                    + "'oldest' (oldest first)", "الترتيب يكون حسب «relevance» أو «date» أو «oldest» فقط");
        };
    }

    /**
     * The search the API describes: {@code q, source, tag, from, to, sort, limit, offset}.
     *
     * @param defaultLimit page size when {@code limit} is absent
     */
    public SearchRequest search(int defaultLimit) {
        String q = text("q", MAX_QUERY);
        String source = text("source", MAX_FILTER);
        String tag = text("tag", MAX_FILTER);
        LocalDate from = day("from");
        LocalDate to = day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("'from' is after 'to'", "تاريخ البداية بعد تاريخ النهاية");
        }
        SearchRequest.Sort sort = sort(q);
        int limit = integer("limit", defaultLimit, 1, MAX_LIMIT);
        int offset = integer("offset", 0, 0, MAX_DEPTH - limit);
        return new SearchRequest(q == null ? "" : q, source, tag, from, to, sort, limit, offset);
    }
}
