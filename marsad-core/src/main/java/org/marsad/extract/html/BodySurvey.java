package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the extraction steps ask of every element of the page's body before anything is pruned, gathered in one walk
 * that reads each text node's chars once: the main text's sizes ({@link #size}), the "read also" search's marks
 * (which elements hold a link, which may be a label alone, which text nodes start with a label) and the tags walk's
 * label-word check. Each step used to walk the body and read the text for itself, and to keep its own map of the
 * elements; the walks and maps were a fifth of the extraction's time. Not thread-safe: one per extraction.
 */
final class BodySurvey {
    /** What the walk learnt of one element. */
    private static final class Facts {
        /** Where the element comes in document order (pre-order) among the walked elements. */
        final int order;
        /** The {@link MainText} sizes: visible chars, of them inside links, of long text nodes outside links. */
        int visible;
        int linkChars;
        int longChars;
        /** It is or holds a link ({@code a[href]}). */
        boolean linked;
        /** Its text holds a "read also" label word, or may (one across two of its text nodes). */
        boolean worded;
        /** Worded, with few enough ASCII letters and digits to be a label alone. */
        boolean mayBeLabel;
        /** Its own text nodes may hold a tags label word ({@link HtmlArticleExtractor#mayHoldLabelWord}). */
        boolean mayHoldTagsWord;
        /** What its class, id, role and itemprop say ({@link Hints#verdict}). */
        int names;

        Facts(int order) {
            this.order = order;
        }
    }

    private final Element root;
    private final Map<Element, Facts> facts = new IdentityHashMap<>(1024);
    /** The text nodes that start with a "read also" label, in document order. */
    private final List<TextNode> labels = new ArrayList<>();
    /** The elements whose own text may hold a tags label word, in the order their walks ended. */
    private final List<Element> tagsWorded = new ArrayList<>();
    /** The elements below the root that may be "read also" boxes ({@link #mayBeBoxes}), in the order their walks ended. */
    private final List<Element> boxes = new ArrayList<>();
    /** Scratch space for the name verdicts. */
    private final Hints.Tally tally = new Hints.Tally();
    /** The facts of the elements from the root down to the one being walked, for marking ancestors. */
    private Facts[] path = new Facts[64];
    /** The last chars of the page's text nodes read so far, for label words across two text nodes. */
    private final StringBuilder tail = new StringBuilder();
    /** ASCII letters, digits and "_" in the text nodes read so far. */
    private long asciiWordChars;
    /** Whether the text node read last holds a "read also" label word wholly inside it. */
    private boolean labelWordInside;

    private BodySurvey(Element root) {
        this.root = root;
    }

    /** Walks the body (or any subtree) once. */
    static BodySurvey of(Element body) {
        BodySurvey s = new BodySurvey(body);
        s.walk(body, 0);
        return s;
    }

    /**
     * The element's {@link MainText} sizes (visible chars, of them inside links, of long text nodes outside links), or
     * null for an element the walk did not see.
     */
    int[] size(Element e) {
        Facts f = facts.get(e);
        return f == null ? null : new int[] {f.visible, f.linkChars, f.longChars};
    }

    /** False only when the element's text cannot be a "read also" label alone ({@link RelatedLinks#isLabelOnly}). */
    boolean mayBeLabel(Element e) {
        Facts f = facts.get(e);
        return f != null && f.mayBeLabel;
    }

    /** The element's name verdict bits ({@link Hints#verdict}), worked out now for an element the walk did not see. */
    int names(Element e) {
        Facts f = facts.get(e);
        return f == null ? Hints.verdict(e, tally) : f.names;
    }

    /**
     * The elements below the root, in document order, that may be "read also" boxes: named so ({@link Hints#NAMES_BOX}),
     * or holding a link with a first child element, not a link and with at most two children of its own, whose text
     * may be a label alone. The rest of the page cannot be such a box; whether one of these is, its heading's text
     * tells ({@link RelatedLinks}).
     */
    List<Element> mayBeBoxes() {
        List<Element> out = new ArrayList<>(boxes);
        out.sort(java.util.Comparator.comparingInt(e -> facts.get(e).order));
        return out;
    }

    /** As {@link HtmlArticleExtractor#mayHoldLabelWord}, for an element the walk saw. */
    boolean mayHoldTagsWord(Element e) {
        Facts f = facts.get(e);
        return f == null ? HtmlArticleExtractor.mayHoldLabelWord(e) : f.mayHoldTagsWord;
    }

    /** The text nodes that start with a "read also" label, in document order. */
    List<TextNode> labels() {
        return labels;
    }

    /**
     * The elements whose own text, or whose first child element's own text, may hold a tags label word, in document
     * order: the only blocks that can be labelled as a tags line.
     */
    List<Element> mayBeTagsLabelled() {
        Map<Element, Integer> found = new IdentityHashMap<>();
        for (Element e : tagsWorded) {
            found.put(e, facts.get(e).order);
            Element parent = e.parent();
            Facts p = parent == null ? null : facts.get(parent);
            if (p != null && parent.firstElementChild() == e) {
                found.put(parent, p.order);
            }
        }
        List<Element> out = new ArrayList<>(found.keySet());
        out.sort(java.util.Comparator.comparingInt(found::get));
        return out;
    }

    /** A char's kind bits: not a space ({@link Texts#isSpace}), an ASCII letter, digit or "_". */
    private static final int VISIBLE = 1;
    private static final int ASCII_WORD = 2;
    /** A char's kind bits: a "read also" label word, a tags label word, may start with it. */
    private static final int LABEL_START = 4;
    private static final int TAGS_START = 8;

    /**
     * The kind bits of every char, worked out once: the survey reads every char of the body's text, and one look-up
     * answers what four tests did.
     */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int x = 0; x <= Character.MAX_VALUE; x++) {
            char c = (char) x;
            boolean asciiWord = c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_');
            kinds[x] = (byte) ((Texts.isSpace(c) ? 0 : VISIBLE) | (asciiWord ? ASCII_WORD : 0)
                    | (RelatedLinks.LABEL_WORD_SCAN.mayStartWith(c) ? LABEL_START : 0)
                    | (HtmlArticleExtractor.TAGS_WORD_SCAN.mayStartWith(c) ? TAGS_START : 0));
        }
        return kinds;
    }

    private Facts walk(Element e, int depth) {
        Facts f = new Facts(facts.size());
        facts.put(e, f);
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
        }
        path[depth] = f;
        long asciiBefore = asciiWordChars;
        boolean link = e.normalName().equals("a");
        boolean linked = Queries.LINK_HREF.matches(root, e);
        /* The own text's last chars, for a tags word across two of the element's text nodes. */
        String ownTail = "";
        // child nodes read by index: jsoup's childNodes() copies the list on every call
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof TextNode t) {
                String text = t.getWholeText();
                int visible = read(text, depth, f, ownTail);
                if (!f.mayHoldTagsWord) {
                    ownTail = tagsTail(ownTail, text);
                }
                // a label that starts the text lies in it whole, and every label holds a label word: the pattern is
                // tried only on a text node holding one
                if (labelWordInside && RelatedLinks.mayStartLabel(text)
                        && RelatedLinks.labelled(text, RelatedLinks.LABEL_HERE, false)) {
                    labels.add(t);
                }
                f.visible += visible;
                if (link) {
                    f.linkChars += visible;
                } else if (visible >= 40) {
                    f.longChars += visible;
                }
            } else if (n instanceof Element c) {
                Facts cf = walk(c, depth + 1);
                linked |= cf.linked;
                f.visible += cf.visible;
                f.linkChars += link ? cf.visible : cf.linkChars;
                f.longChars += link ? 0 : cf.longChars;
            }
        }
        f.linked = linked;
        f.names = Hints.verdict(e, tally);
        if (e != root && ((f.names & Hints.NAMES_BOX) != 0 || linked && mayBeLabelled(e))) {
            boxes.add(e);
        }
        if (f.mayHoldTagsWord) {
            tagsWorded.add(e);
        }
        f.mayBeLabel = f.worded && asciiWordChars - asciiBefore <= RelatedLinks.LABEL_MOST_ASCII_WORD_CHARS;
        return f;
    }

    /** The element's first child element is one the walk saw that may be a label heading a box. */
    private boolean mayBeLabelled(Element e) {
        Element first = e.firstElementChild();
        return first != null && mayBeLabel(first) && !first.normalName().equals("a")
                && !ChildElements.moreThan(first, 2);
    }

    /**
     * Reads a text node's chars once: counts its visible chars (returned) and ASCII word chars, marks its parent
     * and the parent's ancestors worded when a "read also" label word lies in it or across the seam with the text
     * read before it, and the parent when a tags label word lies in it or across the seam with the parent's own
     * text before it. An element's {@link Element#text} is its text nodes in document order, whitespace collapsed
     * and sometimes a space added between them; no label word holds whitespace, so a word in it lies inside one of
     * its text nodes or across a seam of two of them, and the elements holding both sides of a seam are ancestors
     * of the later side's parent.
     */
    private int read(String s, int depth, Facts parent, String ownTail) {
        int n = s.length();
        labelWordInside = false;
        if (n == 0) {
            return 0;
        }
        WordScan label = RelatedLinks.LABEL_WORD_SCAN;
        WordScan tags = HtmlArticleExtractor.TAGS_WORD_SCAN;
        boolean across = label.across(tail, s);
        boolean inside = false;
        boolean tagsWord = parent.mayHoldTagsWord || tags.across(ownTail, s);
        int visible = 0;
        for (int i = 0; i < n; i++) {
            int kind = KINDS[s.charAt(i)];
            visible += kind & VISIBLE;
            asciiWordChars += (kind & ASCII_WORD) >> 1;
            if ((kind & (LABEL_START | TAGS_START)) != 0) {
                inside = inside || (kind & LABEL_START) != 0 && label.startsAt(s, i);
                tagsWord = tagsWord || (kind & TAGS_START) != 0 && tags.startsAt(s, i);
            }
        }
        parent.mayHoldTagsWord = tagsWord;
        labelWordInside = inside;
        int keep = label.longest() - 1;
        if (n >= keep) {
            tail.setLength(0);
            tail.append(s, n - keep, n);
        } else {
            tail.append(s);
            if (tail.length() > keep) {
                tail.delete(0, tail.length() - keep);
            }
        }
        if (across || inside) {
            // every ancestor's text holds the word too
            for (int d = depth; d >= 0 && !path[d].worded; d--) {
                path[d].worded = true;
            }
        }
        return visible;
    }

    /**
     * The own text read so far, or enough of its end to hold the start of a tags label word ending in the next text:
     * {@link WordScan#across} reads no further back than that. A text as long as that is kept whole, not copied.
     */
    private static String tagsTail(String before, String s) {
        int keep = HtmlArticleExtractor.TAGS_WORD_SCAN.longest() - 1;
        if (s.length() >= keep) {
            return s;
        }
        if (!s.isEmpty() && Texts.isSpace(s.charAt(s.length() - 1))) {
            // no word holds a space, so none runs from here into the next text: the indentation between two tags
            // is not joined to what came before it
            return "";
        }
        String end = before.length() > keep ? before.substring(before.length() - keep) : before;
        String joined = end + s;
        return joined.length() <= keep ? joined : joined.substring(joined.length() - keep);
    }
}
