package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key. A key is the lower-cased {@code property}, {@code name}, {@code itemprop}
 * or {@code http-equiv}; one key may carry several values (article:tag repeats).
 */
final class PageMeta {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,\u060c;|]\\s*");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    static PageMeta read(PageIndex page) {
        PageMeta m = new PageMeta();
        for (Element meta : page.select(Queries.META)) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            content = Texts.oneLine(content);
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    m.values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return m;
    }

    /** The first value of the first key present, or null. */
    String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** Every value of the key, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** Splits a keywords value on commas (Latin or Arabic), semicolons and bars. */
    static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String s : LIST_SEPARATOR.split(value)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
