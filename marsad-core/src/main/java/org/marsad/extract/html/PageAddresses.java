package org.marsad.extract.html;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Resolves a page's links as {@link Element#absUrl} does, reading the page's address once. {@code absUrl} strips
 * control chars from the base address and the link with a pattern that matches at every char, parses the base
 * address, and strips the link once more inside; a page's links nearly all share one base address, and the Arabic
 * news addresses are long (percent-encoded), so the per-link passes over the base address were most of the cost.
 * Not thread-safe: one per extraction.
 */
final class PageAddresses {
    /** The base address parsed last, and the text it was parsed from (null before any). */
    private String base;
    private URL parsed;

    /** {@code e.absUrl(key)}. */
    String absolute(Element e, String key) {
        if (!e.hasAttr(key)) {
            return "";
        }
        String link = e.attr(key);
        String from = e.baseUri();
        URL context = parsed(from);
        if (context != null) {
            try {
                // strips the link's control chars itself, as absUrl's second pass does
                return StringUtil.resolve(context, link).toExternalForm();
            } catch (MalformedURLException malformed) {
                // absUrl then tries the link alone and its scheme: its own path gives its answer
            }
        }
        return StringUtil.resolve(from, link);
    }

    /** The base address as absUrl parses it, control chars stripped; null when it is not a URL. */
    private URL parsed(String from) {
        if (!from.equals(base)) {
            base = from;
            try {
                parsed = new URL(withoutControlChars(from));
            } catch (MalformedURLException e) {
                parsed = null;
            }
        }
        return parsed;
    }

    /** The text without the chars U+0000 to U+001F, as absUrl strips them. */
    static String withoutControlChars(String s) {
        StringBuilder out = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                out = out != null ? out : new StringBuilder(s.length()).append(s, 0, i);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
