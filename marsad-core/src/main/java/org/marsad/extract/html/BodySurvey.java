package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
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
    /** An element's flag: it is or holds a link ({@code a[href]}). */
    private static final int LINKED = 1;
    /** An element's flag: its text holds a "read also" label word, or may (one across two of its text nodes). */
    private static final int WORDED = 2;
    /** An element's flag: worded, with few enough ASCII letters and digits to be a label alone. */
    private static final int MAY_BE_LABEL = 4;
    /** An element's flag: its own text nodes may hold a tags label word ({@link HtmlArticleExtractor#mayHoldLabelWord}). */
    private static final int TAGS_WORD = 8;

    private final Element root;
    /*
     * What the walk learnt of each element, by where the element comes in document order (pre-order) from the root
     * (0): the element, where its descendants end, its parent's place, the {@link MainText} sizes (visible chars, of
     * them inside links, of long text nodes outside links), its flags, and what its class, id, role and itemprop say
     * ({@link Hints#verdict}). Arrays by place, not a map by element: the map's look-ups and entries were a tenth of
     * the walk, and the steps walk the body in the same order, so they know each element's place.
     */
    private Element[] elements = new Element[256];
    private int[] ends = new int[256];
    private int[] parents = new int[256];
    private int[] visible = new int[256];
    private int[] linkChars = new int[256];
    private int[] longChars = new int[256];
    private int[] flags = new int[256];
    private int[] names = new int[256];
    private int count;
    /** The text nodes that start with a "read also" label, in document order. */
    private final List<TextNode> labels = new ArrayList<>();
    /** The places of the elements whose own text may hold a tags label word, in the order their walks ended. */
    private final IntList tagsWorded = new IntList();
    /** The places of the elements below the root that may be "read also" boxes ({@link #mayBeBoxes}). */
    private final IntList boxes = new IntList();
    /** Scratch space for the name verdicts. */
    private final Hints.Tally tally = new Hints.Tally();
    /** The places of the elements from the root down to the one being walked, for marking ancestors. */
    private int[] path = new int[64];
    /**
     * The last text node read, or the end of the page's text read so far ({@link #tail}), for label words across two
     * text nodes.
     */
    private String tail = "";
    /** Scratch space for the chars of the text node being read. */
    private char[] chars = new char[256];
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
        s.walk(body, -1, 0);
        return s;
    }

    /** How many elements the walk saw: the root and its descendants, at places 0 to this, less one. */
    int count() {
        return count;
    }

    /** The element at a place ({@link #count}). */
    Element element(int place) {
        return elements[place];
    }

    /** The place after the last descendant of the element at {@code place}: its descendants are the places between. */
    int end(int place) {
        return ends[place];
    }

    /** The place of the element's parent, or -1 for the root. */
    int parent(int place) {
        return parents[place];
    }

    /**
     * The place of {@code child}, a child element of the element at {@code place} that is still on the page, looked
     * for from the place {@code from} on (the place after the child before it, or {@code place + 1} for the first):
     * the steps that walk the page after it was pruned find their places among the children the walk saw.
     */
    int childPlace(int place, int from, Element child) {
        int stop = ends[place];
        for (int c = from; c < stop; c = ends[c]) {
            if (elements[c] == child) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a child the survey saw: " + child.normalName());
    }

    /** The {@link MainText} sizes of the element at a place: visible chars, of them inside links, of long text nodes. */
    int[] size(int place) {
        return new int[] {visible[place], linkChars[place], longChars[place]};
    }

    /** The chars of the long text nodes outside links under the element at a place ({@link #size}'s third). */
    int longChars(int place) {
        return longChars[place];
    }

    /** False only when the element's text cannot be a "read also" label alone ({@link RelatedLinks#isLabelOnly}). */
    boolean mayBeLabel(int place) {
        return (flags[place] & MAY_BE_LABEL) != 0;
    }

    /** The name verdict bits ({@link Hints#verdict}) of the element at a place. */
    int names(int place) {
        return names[place];
    }

    /**
     * The places below the root, in document order, of the elements that may be "read also" boxes: named so
     * ({@link Hints#NAMES_BOX}), or holding a link with a first child element, not a link and with at most two children
     * of its own, whose text may be a label alone. The rest of the page cannot be such a box; whether one of these
     * is, its heading's text tells ({@link RelatedLinks}).
     */
    int[] mayBeBoxes() {
        int[] out = boxes.toArray();
        java.util.Arrays.sort(out);
        return out;
    }

    /** As {@link HtmlArticleExtractor#mayHoldLabelWord}, for the element at a place. */
    boolean mayHoldTagsWord(int place) {
        return (flags[place] & TAGS_WORD) != 0;
    }

    /** The text nodes that start with a "read also" label, in document order. */
    List<TextNode> labels() {
        return labels;
    }

    /**
     * The places, in document order, of the elements whose own text, or whose first child element's own text, may
     * hold a tags label word: the only blocks that can be labelled as a tags line.
     */
    int[] mayBeTagsLabelled() {
        IntList found = new IntList();
        for (int i = 0; i < tagsWorded.size; i++) {
            int e = tagsWorded.values[i];
            found.add(e);
            int parent = parents[e];
            // a first child element comes right after its parent
            if (parent >= 0 && parent + 1 == e) {
                found.add(parent);
            }
        }
        int[] out = found.toArray();
        java.util.Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, distinct);
    }

    /** A growing list of ints: places, without boxing each. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
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

    /** Walks the element at the next place, below the one at {@code parent}; returns its place. */
    private int walk(Element e, int parent, int depth) {
        int f = count++;
        if (f == elements.length) {
            grow();
        }
        elements[f] = e;
        parents[f] = parent;
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
        }
        path[depth] = f;
        long asciiBefore = asciiWordChars;
        boolean link = e.normalName().equals("a");
        boolean linked = Queries.LINK_HREF.matches(root, e);
        int sizeVisible = 0;
        int sizeLink = 0;
        int sizeLong = 0;
        /* The own text's last chars, for a tags word across two of the element's text nodes. */
        String ownTail = "";
        // child nodes read by index: jsoup's childNodes() copies the list on every call
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof TextNode t) {
                String text = t.getWholeText();
                int chars = read(text, depth, f, ownTail);
                if ((flags[f] & TAGS_WORD) == 0) {
                    ownTail = tail(HtmlArticleExtractor.TAGS_WORD_SCAN, ownTail, text);
                }
                // a label that starts the text lies in it whole, and every label holds a label word: the pattern is
                // tried only on a text node holding one
                if (labelWordInside && RelatedLinks.mayStartLabel(text)
                        && RelatedLinks.labelled(text, RelatedLinks.LABEL_HERE, false)) {
                    labels.add(t);
                }
                sizeVisible += chars;
                if (link) {
                    sizeLink += chars;
                } else if (chars >= 40) {
                    sizeLong += chars;
                }
            } else if (n instanceof Element c) {
                int cf = walk(c, f, depth + 1);
                linked |= (flags[cf] & LINKED) != 0;
                sizeVisible += visible[cf];
                sizeLink += link ? visible[cf] : linkChars[cf];
                sizeLong += link ? 0 : longChars[cf];
            }
        }
        ends[f] = count;
        visible[f] = sizeVisible;
        linkChars[f] = sizeLink;
        longChars[f] = sizeLong;
        int verdict = Hints.verdict(e, tally);
        names[f] = verdict;
        if (linked) {
            flags[f] |= LINKED;
        }
        if (f != 0 && ((verdict & Hints.NAMES_BOX) != 0 || linked && mayBeLabelled(f))) {
            boxes.add(f);
        }
        if ((flags[f] & TAGS_WORD) != 0) {
            tagsWorded.add(f);
        }
        if ((flags[f] & WORDED) != 0 && asciiWordChars - asciiBefore <= RelatedLinks.LABEL_MOST_ASCII_WORD_CHARS) {
            flags[f] |= MAY_BE_LABEL;
        }
        return f;
    }

    private void grow() {
        int n = elements.length * 2;
        elements = java.util.Arrays.copyOf(elements, n);
        ends = java.util.Arrays.copyOf(ends, n);
        parents = java.util.Arrays.copyOf(parents, n);
        visible = java.util.Arrays.copyOf(visible, n);
        linkChars = java.util.Arrays.copyOf(linkChars, n);
        longChars = java.util.Arrays.copyOf(longChars, n);
        flags = java.util.Arrays.copyOf(flags, n);
        names = java.util.Arrays.copyOf(names, n);
    }

    /**
     * The element at a place has a first child element (the next place, when its walk saw a descendant) that may be a
     * label heading a box.
     */
    private boolean mayBeLabelled(int place) {
        int first = place + 1;
        if (first >= ends[place]) {
            return false;
        }
        Element e = elements[first];
        return mayBeLabel(first) && !e.normalName().equals("a") && !ChildElements.moreThan(e, 2);
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
    private int read(String s, int depth, int parent, String ownTail) {
        int n = s.length();
        labelWordInside = false;
        if (n == 0) {
            return 0;
        }
        WordScan label = RelatedLinks.LABEL_WORD_SCAN;
        WordScan tags = HtmlArticleExtractor.TAGS_WORD_SCAN;
        boolean across = label.across(tail, s);
        boolean inside = false;
        boolean tagsWord = (flags[parent] & TAGS_WORD) != 0 || tags.across(ownTail, s);
        int visible = 0;
        // read from a copy of the chars: String.charAt checks the string's coding and bounds on every char
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        char[] cs = chars;
        for (int i = 0; i < n; i++) {
            int kind = KINDS[cs[i]];
            visible += kind & VISIBLE;
            asciiWordChars += (kind & ASCII_WORD) >> 1;
            if ((kind & (LABEL_START | TAGS_START)) != 0) {
                inside = inside || (kind & LABEL_START) != 0 && label.startsAt(s, i);
                tagsWord = tagsWord || (kind & TAGS_START) != 0 && tags.startsAt(s, i);
            }
        }
        if (tagsWord) {
            flags[parent] |= TAGS_WORD;
        }
        labelWordInside = inside;
        tail = tail(label, tail, s);
        if (across || inside) {
            // every ancestor's text holds the word too
            for (int d = depth; d >= 0 && (flags[path[d]] & WORDED) == 0; d--) {
                flags[path[d]] |= WORDED;
            }
        }
        return visible;
    }

    /**
     * The text read so far ({@code before}, or its end, then {@code s}), or enough of its end to hold the start of one
     * of the scan's words ending in the next text: {@link WordScan#across} reads no further back than that. A text
     * as long as that is kept whole, not copied.
     */
    private static String tail(WordScan scan, String before, String s) {
        int keep = scan.longest() - 1;
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
