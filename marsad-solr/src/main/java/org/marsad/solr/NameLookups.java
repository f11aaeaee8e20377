package org.marsad.solr;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.search.EntityNames;

/**
 * The entity-name lookups one query makes, carried from the process that knows the names (it reads them from the
 * store) to the Solr nodes, which do not: while the query is built here, {@link #recording} notes every answer;
 * {@link #encode} writes them as a request parameter; on each node {@link #decode} answers the same lookups the same
 * way, so {@code person:}/{@code place:}/{@code org:} filters and name variants build the very query the embedded
 * index runs. A lookup the query did not make here is answered as {@link EntityNames#NONE} would.
 *
 * <p>Text form: one line per lookup with an answer, fields separated by tabs and URL-encoded (so no tab or line
 * break of a name can break it): {@code i TYPE NAME ID...} for {@link #ids}, {@code v WORD VARIANT...} for
 * {@link #variants}.
 */
final class NameLookups implements EntityNames {
    /** The request parameter that carries them. */
    static final String PARAM = "marsad.names";

    private final EntityNames source;
    // Insertion-ordered: the order of ids and variants decides clause order (and the variant cap) in the query.
    private final Map<List<String>, Set<String>> ids = new LinkedHashMap<>();
    private final Map<String, List<String>> variants = new LinkedHashMap<>();

    private NameLookups(EntityNames source) {
        this.source = source;
    }

    /** Answers as {@code names} does, noting each answer for {@link #encode}. */
    static NameLookups recording(EntityNames names) {
        return new NameLookups(names == null ? EntityNames.NONE : names);
    }

    /** The lookups written by {@link #encode}; null or blank text knows no names. */
    static EntityNames decode(String text) {
        NameLookups n = new NameLookups(EntityNames.NONE);
        if (text == null || text.isBlank()) {
            return n;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("i") && f.length >= 3) {
                Set<String> values = new LinkedHashSet<>();
                for (int k = 3; k < f.length; k++) {
                    values.add(unescape(f[k]));
                }
                n.ids.put(List.of(unescape(f[1]), unescape(f[2])), values);
            } else if (f[0].equals("v") && f.length >= 2) {
                List<String> values = new ArrayList<>();
                for (int k = 2; k < f.length; k++) {
                    values.add(unescape(f[k]));
                }
                n.variants.put(unescape(f[1]), List.copyOf(values));
            }
            // Any other line comes from a newer Marsad: its lookups are unknown here, as with NONE.
        }
        return n;
    }

    @Override
    public synchronized Set<String> ids(String type, String name) {
        List<String> key = List.of(type, name);
        Set<String> known = ids.get(key);
        if (known == null) {
            known = new LinkedHashSet<>(source.ids(type, name));
            ids.put(key, known);
        }
        return java.util.Collections.unmodifiableSet(known);
    }

    @Override
    public synchronized List<String> variants(String word) {
        return variants.computeIfAbsent(word, w -> List.copyOf(source.variants(w)));
    }

    /** The noted answers that say something (empty ones are what a node assumes anyway); "" when none. */
    synchronized String encode() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<List<String>, Set<String>> e : ids.entrySet()) {
            if (!e.getValue().isEmpty()) {
                line(sb, "i", e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, List<String>> e : variants.entrySet()) {
            if (!e.getValue().isEmpty()) {
                line(sb, "v", List.of(e.getKey()), e.getValue());
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String kind, List<String> key, java.util.Collection<String> values) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(kind);
        for (String k : key) {
            sb.append('\t').append(escape(k));
        }
        for (String v : values) {
            sb.append('\t').append(escape(v));
        }
    }

    private static String escape(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
