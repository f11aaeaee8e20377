package org.marsad.web;

import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's HTML output with its common cases written straight into the page's bytes. jte's own output checks each
 * attribute value against its URL and event-handler guards by name (a dozen case-insensitive comparisons), then
 * escapes it through pieces handed one at a time: an eighth of a search page's CPU (search28's profile), for values
 * that are mostly hrefs of this server's own paths. Here a value that no guard could refuse or change (text, or an
 * attribute that is not a URL, event or {@code srcdoc} one, or whose value starts with {@code /}, which can be
 * neither {@code javascript:} nor {@code data:}) is escaped in one pass as jte would; every other case is jte's.
 * The bytes are jte's ({@code PageHtmlTest}).
 */
final class PageHtml extends OwaspHtmlTemplateOutput {
    private final PageBytes out;
    private String tag;
    private String attribute;

    PageHtml(PageBytes out) {
        super(out);
        this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        tag = tagName;
        attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (tag == null || attribute == null) {
            if (tag != null && tag.equalsIgnoreCase("script")) {
                super.writeUserContent(value);
            } else {
                out.writeEscaped(value, false);
            }
        } else if (unguarded(attribute) || !value.isEmpty() && value.charAt(0) == '/') {
            if (attribute.regionMatches(true, 0, "on", 0, 2) || attribute.equalsIgnoreCase("srcdoc")) {
                super.writeUserContent(value);
            } else {
                out.writeEscaped(value, true);
            }
        } else {
            super.writeUserContent(value);
        }
    }

    /** Not an attribute jte checks for an unsafe URL on any element (a superset of its guarded ones). */
    private static boolean unguarded(String attribute) {
        return !(attribute.equalsIgnoreCase("href") || attribute.equalsIgnoreCase("src")
                || attribute.equalsIgnoreCase("action") || attribute.equalsIgnoreCase("formaction"));
    }
}
