package org.marsad.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * How many child elements an element has, counted from its child nodes. jsoup's {@link Element#childrenSize} and
 * {@link Element#child} build (and stash on the element) a list of its child elements, which the searches that ask
 * "at most three children?" of every element of the page paid for on each one; counting stops at the bound.
 */
final class ChildElements {
    private ChildElements() {
    }

    /** Whether {@code e} has more than {@code most} child elements: {@code e.childrenSize() > most}. */
    static boolean moreThan(Element e, int most) {
        int count = 0;
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element && ++count > most) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} has a text node of its own. Without one its {@link Element#ownText} holds no letter (at most
     * the spaces of line breaks), so a label pattern on it cannot match: the own text need not be assembled.
     */
    static boolean holdText(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof TextNode) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} has no child element: {@code e.childrenSize() == 0}. */
    static boolean none(Element e) {
        return !moreThan(e, 0);
    }
}
