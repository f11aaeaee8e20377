package org.marsad.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.extract.trec.TrecDocExtractor;

/** The page formats Marsad tells apart before choosing an extractor. */
public enum PageFormat {
    /** A raw text dump of a news page: lines of headline, metadata and paragraphs. */
    TEXT,
    /** An HTML document. */
    HTML,
    /** A corpus file of TREC-style {@code <DOC>} records, as the ANT corpus ships its articles. */
    TREC;

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * The format of a page, from its name (file name or URL path) and its first characters.
     *
     * @param name    file name or URL; may be null
     * @param content the decoded page
     */
    public static PageFormat sniff(String name, String content) {
        if (name != null) {
            String n = name.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
                return HTML;
            }
        }
        String head = content.length() > 4096 ? content.substring(0, 4096) : content;
        if (TrecDocExtractor.isCorpusFile(head)) {
            return TREC;
        }
        return HTML_START.matcher(head.replace("\uFEFF", "")).find() ? HTML : TEXT;
    }
}
