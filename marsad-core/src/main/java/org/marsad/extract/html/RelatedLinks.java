package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.marsad.model.RelatedLink;

/**
 * The page's "read also" items: boxes labelled اقرأ أيضاً / اقرأ المزيد / "Related" / "Read also", and inline lines
 * of the body that start with such a label. Site-wide lists ("most read", "latest news") are not related to the
 * article and are left out.
 */
final class RelatedLinks {
    private RelatedLinks() {
    }

    /** A label that introduces links to other articles on the same subject. */
    private static final String LABEL = "(?:(?:ا|إ|أ)قرأ(?:\\s+(?:أ|ا)يضا(?:ً|ًً)?|\\s+(?:ال)?مزيد|\\s+كذلك)"
            + "|(?:شاهد|طالع|تابع)\\s+(?:أ|ا)يضا(?:ً)?|مواضيع\\s+ذات\\s+صلة|(?:أخبار|اخبار|مقالات|موضوعات)\\s+ذات\\s+صلة"
            + "|ذات\\s+صلة|قد\\s+يهمك(?:\\s+(?:أ|ا)يضا(?:ً)?)?|read\\s+(?:also|more)|see\\s+also|related(?:\\s+(?:articles?|"
            + "stories|news|content|coverage|reading))?|more\\s+on\\s+this(?:\\s+story)?)";

    private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^\\W*" + LABEL + "\\W*$");
    private static final Pattern LABEL_LEAD = Pattern.compile("(?iu)^\\W*" + LABEL + "\\s*[:：\\-–—.]*\\s*(.*)$");

    private static final Set<String> BOX_WORDS = Set.of("related", "relatedposts", "relatedarticles",
            "relatednews", "relatedstories", "readalso", "readmore", "alsoread", "seealso", "morestories", "also",
            "similar", "suggested");

    /** True when the line is a "read also" item of the body (a label followed by a headline), or a bare label. */
    static boolean isReadAlsoLine(String text) {
        if (text.length() > 300) {
            return false;
        }
        return LABEL_LEAD.matcher(text.strip()).matches();
    }

    /** Collects the related links of the page; call before the page is pruned. */
    static List<RelatedLink> collect(Element body) {
        Map<String, RelatedLink> out = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            if (isBox(e)) {
                for (Element a : e.select("a[href]")) {
                    add(out, Texts.oneLine(a.text()), a.absUrl("href"));
                }
            }
        }
        for (Element e : body.select("p, li, div, h2, h3, h4, h5, h6, strong, span")) {
            if (e.children().size() > 6) {
                continue;
            }
            String text = Texts.oneLine(e.text());
            Matcher m = LABEL_LEAD.matcher(text);
            if (text.length() > 300 || !m.matches() || m.group(1).isBlank()) {
                continue;
            }
            Element link = e.selectFirst("a[href]");
            if (link != null && Texts.oneLine(link.text()).length() >= 10) {
                add(out, Texts.oneLine(link.text()), link.absUrl("href"));
            } else if (link != null) {
                add(out, m.group(1).strip(), link.absUrl("href"));
            } else if (e.normalName().equals("p")) {
                add(out, m.group(1).strip(), null);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A box whose class/id or first heading says "read also", and that does not also say "most read". */
    private static boolean isBox(Element e) {
        List<String> words = Hints.words(e);
        boolean named = Hints.any(words, BOX_WORDS);
        if (!named) {
            Element first = e.children().first();
            named = first != null && !first.normalName().equals("a") && LABEL_ONLY.matcher(first.text()).matches()
                    && e.select("a[href]").size() >= 1;
        }
        if (!named) {
            return false;
        }
        // A box inside another box is collected by the outer one.
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (Hints.any(Hints.words(p), BOX_WORDS)) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, RelatedLink> out, String title, String url) {
        if (title.length() < 12 || title.split("\\s+").length < 3) {
            return;
        }
        String key = url == null || url.isEmpty() ? "t:" + Texts.key(title) : url;
        if (url != null && (url.isEmpty() || !(url.startsWith("http://") || url.startsWith("https://")))) {
            return;
        }
        out.putIfAbsent(key, new RelatedLink(title, url == null || url.isEmpty() ? null : url));
    }
}
