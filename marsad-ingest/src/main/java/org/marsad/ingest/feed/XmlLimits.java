package org.marsad.ingest.feed;

/**
 * How deep and how large a feed or sitemap document may be, checked while it is parsed. The wire cap on bytes does
 * not bound the work: 1.4 MB of nested elements took 54 s to build as a feed tree (and 2,000 levels inside one
 * {@code <description>} overflowed the feed library's stack). Real feeds nest a handful of levels (a few dozen with
 * XHTML content) and hold thousands of elements.
 */
public final class XmlLimits {
    /** The deepest element nesting a document may have. */
    public static final int MAX_DEPTH = 64;
    /** The most elements a document may have. */
    public static final int MAX_ELEMENTS = 500_000;

    private int depth;
    private int elements;

    /** Counts an element opening; the message of a refusal when a limit is passed, else null. */
    public String open() {
        depth++;
        elements++;
        if (depth > MAX_DEPTH) {
            return "XML nested deeper than " + MAX_DEPTH + " elements, refused";
        }
        if (elements > MAX_ELEMENTS) {
            return "XML with more than " + MAX_ELEMENTS + " elements, refused";
        }
        return null;
    }

    /** Counts an element closing. */
    public void close() {
        depth--;
    }
}
