package org.marsad.extract.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writer's name, from structured data first, then the byline, without its "By" / "بقلم" / "كتب" label. The
 * outlet's own name is not an author: a candidate that only repeats the site name is passed over.
 */
final class Authors {
    private Authors() {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^\\s*(by|written by|author:?|بقلم|كتب(?:ت|ه)?|كتابة|إعداد|اعداد|تحرير|الكاتب|المحرر)\\s*[:：\\-–]?\\s*");

    static String find(Document doc, PageMeta meta, JsonLd ld, String siteName) {
        List<String> names = ld.names("author").stream().filter(n -> !isOutlet(n, siteName)).toList();
        if (!names.isEmpty()) {
            return clean(String.join(", ", names));
        }
        String m = meta.first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author",
                "byl");
        if (m != null && !m.matches("(?i)https?://.*") && !isOutlet(m, siteName)) {
            return clean(m);
        }
        for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                + ".byline, .author-name, .author")) {
            String t = Texts.oneLine(e.text());
            if (!t.isEmpty() && t.length() <= 80 && !isOutlet(t, siteName)) {
                return clean(t);
            }
        }
        return null;
    }

    /** Whether a candidate, once cleaned, is only the outlet's name (as its pages give it in og:site_name). */
    static boolean isOutlet(String candidate, String siteName) {
        if (siteName == null) {
            return false;
        }
        String c = clean(candidate);
        return c != null && simple(c).equals(simple(siteName));
    }

    private static String simple(String s) {
        return Texts.oneLine(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\p{P}]+", "");
    }

    static String clean(String raw) {
        String s = LABEL.matcher(Texts.oneLine(raw)).replaceFirst("").strip();
        // Credits are often printed in brackets: "(أبوظبي - البيان)".
        while (s.length() > 2 && "([«\"".indexOf(s.charAt(0)) >= 0 && ")]»\"".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.isEmpty() || s.length() > 120 ? null : s;
    }
}
