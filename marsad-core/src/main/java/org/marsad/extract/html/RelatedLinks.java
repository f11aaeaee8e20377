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
import org.jsoup.nodes.TextNode;
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
    static final String LABEL = "(?:(?:ا|إ|أ)قرأ(?:\\s+(?:أ|ا)يضا(?:ً|ًً)?|\\s+(?:ال)?مزيد|\\s+كذلك)"
            + "|(?:شاهد|طالع|تابع)\\s+(?:أ|ا)يضا(?:ً)?|مواضيع\\s+ذات\\s+صلة|(?:أخبار|اخبار|مقالات|موضوعات)\\s+ذات\\s+صلة"
            + "|ذات\\s+صلة|قد\\s+يهمك(?:\\s+(?:أ|ا)يضا(?:ً)?)?|read\\s+(?:also|more)|see\\s+also|related(?:\\s+(?:articles?|"
            + "stories|news|content|coverage|reading))?|more\\s+on\\s+this(?:\\s+story)?)";

    static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^\\W*" + LABEL + "\\W*$");
    static final Pattern LABEL_START = Pattern.compile("(?iu)^\\W*" + LABEL);
    static final Pattern LABEL_LEAD = Pattern.compile("(?iu)^\\W*" + LABEL + "\\s*[:：\\-–—.]*\\s*(.*)$");

    /** The label alone, and the label with what may follow it, for matching from a given position. */
    static final Pattern LABEL_HERE = Pattern.compile("(?iu)" + LABEL);
    static final Pattern LABEL_ONLY_HERE = Pattern.compile("(?iu)" + LABEL + "\\W*");
    static final Pattern LABEL_LEAD_HERE = Pattern.compile(
            "(?iu)" + LABEL + "\\s*[:：\\-–—.]*\\s*(.*)");

    /**
     * Every character a {@link #LABEL} can start with. Case is ignored for the English labels, and the long s
     * (U+017F) matches "s" then.
     */
    static final String LABEL_FIRST = "اإأشطتمذقrRsSmM\u017f";

    /** A word of every {@link #LABEL} alternative (see {@link Texts#holdsAny}). */
    private static final String[] LABEL_WORDS = {"قرأ", "يضا", "صلة", "يهمك", "read", "see", "related", "more"};

    /** {@link #LABEL_WORDS} found in one pass over each text node of the page. */
    static final WordScan LABEL_WORD_SCAN = new WordScan(LABEL_WORDS);

    /**
     * True when the line is a "read also" item of the body (a label followed by a headline), or a bare label. Every
     * paragraph of the main text is asked, and an Arabic paragraph has a char the label may start with at most
     * positions before its first ASCII letter: the pattern is tried only on a line holding a label word.
     */
    static boolean isReadAlsoLine(String text) {
        if (text.length() > 300) {
            return false;
        }
        return LABEL_WORD_SCAN.in(text) && labelled(text.strip(), LABEL_LEAD_HERE, true);
    }

    /**
     * Whether {@code ^\W*} followed by {@code here} matches the text (whole, or its start): the pattern anchored
     * by {@code ^\W*} alone tried the label at every position of the text, backtracking over a long Arabic
     * paragraph (\W is every character but ASCII letters, digits and "_"). The label can only start at a
     * position no further than the first ASCII word character and holding one of its first characters, so only
     * those positions are tried. Property-tested against the anchored patterns (LabelScanTest).
     */
    static boolean labelled(String s, Pattern here, boolean whole) {
        Matcher m = null;
        int n = s.length();
        for (int p = 0; p < n; p++) {
            char c = s.charAt(p);
            if (LABEL_FIRST.indexOf(c) >= 0) {
                m = m == null ? here.matcher(s) : m;
                m.region(p, n);
                if (whole ? m.matches() : m.lookingAt()) {
                    return true;
                }
            }
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return false;
    }

    /** Collects the related links of the page; call before the page is pruned. */
    static List<RelatedLink> collect(Element body) {
        return collect(body, BodySurvey.of(body), new PageAddresses());
    }

    /**
     * As {@link #collect(Element)}, with the page's {@link BodySurvey}: its names, which elements may be boxes (a
     * box's heading text is assembled only for those) and which text nodes start with a label, and the page's
     * {@link PageAddresses} to resolve the links.
     */
    static List<RelatedLink> collect(Element body, BodySurvey survey, PageAddresses addresses) {
        Map<String, RelatedLink> out = new LinkedHashMap<>();
        boxes(body, out, survey, addresses);
        // Inline items: a block whose text starts with the label. Start from the label's text node, so that only
        // the few blocks that can match have their text assembled.
        Set<Element> seen = new HashSet<>();
        for (TextNode t : survey.labels()) {
            Element e = t.parent();
            while (e != null && !MainText.BLOCKS.contains(e.normalName())) {
                e = e.parent();
            }
            if (e == null || !seen.add(e)) {
                continue;
            }
            inline(e, out, addresses);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The most ASCII letters and digits a {@link #LABEL} alternative holds ("related coverage", "more on this story":
     * 15). {@link #isLabelOnly} gives up at the first ASCII letter or digit before the label and wants none after
     * it, so a text with more of them is never a label alone (property-tested in WordScanTest).
     */
    static final int LABEL_MOST_ASCII_WORD_CHARS = 15;

    /** A cheap pre-check before the label pattern: the first letter of every label. */
    static boolean mayStartLabel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return "اإأشطتمأخذقرRrSsMm".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static void inline(Element e, Map<String, RelatedLink> out, PageAddresses addresses) {
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
            add(out, Texts.oneLine(link.text()), addresses.absolute(link, "href"));
        } else if (link != null) {
            add(out, m.group(1).strip(), addresses.absolute(link, "href"));
        } else if (e.normalName().equals("p")) {
            add(out, m.group(1).strip(), null);
        }
    }

    /**
     * The links of the outermost "read also" boxes, boxes inside them left out: the boxes a walk of the page from the
     * body's children down finds, stopping at each box. A box's class/id or first heading says "read also" (and
     * not also "most read"); the survey lists the few elements that may be boxes, in document order, and the
     * heading's text is assembled only for those.
     */
    private static void boxes(Element body, Map<String, RelatedLink> out, BodySurvey survey,
            PageAddresses addresses) {
        // the places before which a box found holds what comes: boxes nest, and the places come in document order
        int insideUntil = -1;
        for (int c : survey.mayBeBoxes()) {
            Element box = survey.element(c);
            if (c >= insideUntil && ((survey.names(c) & Hints.NAMES_BOX) != 0
                    || isLabelOnly(box.firstElementChild().text()))) {
                insideUntil = survey.end(c);
                for (Element a : box.select(Queries.LINK_HREF)) {
                    String title = Texts.oneLine(a.text());
                    // a box's links are mostly short (sections, "more", share buttons): their addresses are not
                    // resolved for nothing
                    if (isTitle(title)) {
                        add(out, title, addresses.absolute(a, "href"));
                    }
                }
            }
        }
    }

    /** The text is a "read also" label and nothing else (the pattern is tried only when a label word is there). */
    static boolean isLabelOnly(String text) {
        return Texts.holdsAny(text, LABEL_WORDS) && labelled(text, LABEL_ONLY_HERE, true);
    }

    /** Long enough to be an article's title: twelve chars and three words. */
    private static boolean isTitle(String title) {
        return title.length() >= 12 && Texts.SPACES.split(title).length >= 3;
    }

    private static void add(Map<String, RelatedLink> out, String title, String url) {
        if (!isTitle(title)) {
            return;
        }
        String key = url == null || url.isEmpty() ? "t:" + Texts.key(title) : url;
        if (url != null && (url.isEmpty() || !(url.startsWith("http://") || url.startsWith("https://")))) {
            return;
        }
        out.putIfAbsent(key, new RelatedLink(title, url == null || url.isEmpty() ? null : url));
    }
}
