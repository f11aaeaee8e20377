package org.marsad.extract.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The writer's name, from structured data first, then the byline, without its "By" / "بقلم" / "كتب" label. */
final class Authors {
    private Authors() {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^\\s*(by|written by|author:?|بقلم|كتب(?:ت|ه)?|كتابة|إعداد|اعداد|تحرير|الكاتب|المحرر)\\s*[:：\\-–]?\\s*");

    static String find(Document doc, PageMeta meta, JsonLd ld) {
        List<String> names = ld.names("author");
        if (!names.isEmpty()) {
            return clean(String.join(", ", names));
        }
        String m = meta.first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author",
                "byl");
        if (m != null && !m.matches("(?i)https?://.*")) {
            return clean(m);
        }
        Element e = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                + ".byline, .author-name, .author");
        if (e != null) {
            String t = Texts.oneLine(e.text());
            if (!t.isEmpty() && t.length() <= 80) {
                return clean(t);
            }
        }
        return null;
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
