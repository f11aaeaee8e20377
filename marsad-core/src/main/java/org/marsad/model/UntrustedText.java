package org.marsad.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Text from pages and feeds is untrusted: it may carry terminal escape sequences (a feed title that clears the
 * screen or retitles the terminal) or bidi controls that reorder what follows them. Every article is cleaned of
 * both before it is stored (its raw source keeps them); outputs add their own protection on top (the command line
 * escapes controls, the web isolates every untrusted string).
 *
 * <ul>
 *   <li>C0 and C1 control characters and DEL are removed, except tab and newline (a carriage return is removed
 *       too: line ends are newlines once text is stored);</li>
 *   <li>bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed when unpaired — an
 *       opener without its terminator in the same string, or a terminator without its opener — so none can leak
 *       into the text that follows it; properly paired ones are kept, as authors use them.</li>
 * </ul>
 */
public final class UntrustedText {
    private static final char PDF = '\u202C';
    private static final char PDI = '\u2069';

    private UntrustedText() {
    }

    /** Whether the character is a control character that text keeps out (C0 but tab and newline, DEL, C1). */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** The string without controls and unpaired bidi formatting characters; null stays null. */
    public static String clean(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            }
        }
        return pairedBidiOnly(sb);
    }

    /** The article with every text field cleaned (see the class comment). */
    public static Article clean(Article a) {
        List<RelatedLink> related = new ArrayList<>(a.related().size());
        for (RelatedLink r : a.related()) {
            related.add(new RelatedLink(clean(r.title()), clean(r.url())));
        }
        return new Article(a.id(), clean(a.url()), clean(a.title()), a.published(), clean(a.publishedText()),
                clean(a.source()), clean(a.author()), a.language(), a.body().stream().map(UntrustedText::clean).toList(),
                a.tags().stream().map(UntrustedText::clean).toList(), related, a.fetchedAt(), a.duplicateOf(),
                a.story(), a.decodingErrors(), clean(a.category()), a.figures(), a.entities(),
                a.autoTags());
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c) || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    // Openers and their terminators nest; a terminator closes the innermost opener of its kind, as in UAX #9.
    private static String pairedBidiOnly(StringBuilder s) {
        boolean[] drop = new boolean[s.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isBidiControl(c)) {
                continue;
            }
            if (c == PDF || c == PDI) {
                char opener = c == PDF ? '\u202A' : '\u2066';
                if (!open.isEmpty() && kind(s.charAt(open.peek())) == opener) {
                    open.pop();
                } else {
                    drop[i] = true;
                }
            } else {
                open.push(i);
            }
        }
        open.forEach(i -> drop[i] = true);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!drop[i]) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** U+202A for embeddings and overrides (closed by PDF), U+2066 for isolates (closed by PDI). */
    private static char kind(char opener) {
        return opener >= '\u2066' ? '\u2066' : '\u202A';
    }
}
