package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
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

    static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^\\W*" + LABEL + "\\W*$");
    private static final Pattern LABEL_START = Pattern.compile("(?iu)^\\W*" + LABEL);
    private static final Pattern LABEL_LEAD = Pattern.compile("(?iu)^\\W*" + LABEL + "\\s*[:：\\-–—.]*\\s*(.*)$");

    /** A word of every {@link #LABEL} alternative (see {@link Texts#holdsAny}). */
    private static final String[] LABEL_WORDS = {"قرأ", "يضا", "صلة", "يهمك", "read", "see", "related", "more"};

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
        boxes(body, out);
        // Inline items: a block whose text starts with the label. Start from the label's text node, so that only
        // the few blocks that can match have their text assembled.
        Set<Element> seen = new HashSet<>();
        List<TextNode> labels = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && mayStartLabel(t.getWholeText())
                    && LABEL_START.matcher(t.getWholeText()).lookingAt()) {
                labels.add(t);
            }
        }, body);
        for (TextNode t : labels) {
            Element e = t.parent();
            while (e != null && !MainText.BLOCKS.contains(e.normalName())) {
                e = e.parent();
            }
            if (e == null || !seen.add(e)) {
                continue;
            }
            inline(e, out);
        }
        return new ArrayList<>(out.values());
    }

    /** A cheap pre-check before the label pattern: the first letter of every label. */
    private static boolean mayStartLabel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return "اإأشطتمأخذقرRrSsMm".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static void inline(Element e, Map<String, RelatedLink> out) {
        String text = Texts.oneLine(e.text());
        if (text.length() > 300) {
            return;
        }
        Matcher m = LABEL_LEAD.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            return;
        }
        Element link = e.selectFirst(Queries.LINK_HREF);
        if (link != null && Texts.oneLine(link.text()).length() >= 10) {
            add(out, Texts.oneLine(link.text()), link.absUrl("href"));
        } else if (link != null) {
            add(out, m.group(1).strip(), link.absUrl("href"));
        } else if (e.normalName().equals("p")) {
            add(out, m.group(1).strip(), null);
        }
    }

    /** Walks the page; the links of the outermost "read also" boxes are collected, boxes inside them are not. */
    private static void boxes(Element e, Map<String, RelatedLink> out) {
        for (Node n : e.childNodes()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            if (isBox(c)) {
                for (Element a : c.select(Queries.LINK_HREF)) {
                    add(out, Texts.oneLine(a.text()), a.absUrl("href"));
                }
            } else {
                boxes(c, out);
            }
        }
    }

    /** A box whose class/id or first heading says "read also", and that does not also say "most read". */
    private static boolean isBox(Element e) {
        if (Hints.any(Hints.words(e), BOX_WORDS)) {
            return true;
        }
        Element first = e.firstElementChild();
        return first != null && !first.normalName().equals("a") && first.childrenSize() <= 2
                && isLabelOnly(first.text()) && e.selectFirst(Queries.LINK_HREF) != null;
    }

    /** The text is a "read also" label and nothing else (the pattern is tried only when a label word is there). */
    static boolean isLabelOnly(String text) {
        return Texts.holdsAny(text, LABEL_WORDS) && LABEL_ONLY.matcher(text).matches();
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
