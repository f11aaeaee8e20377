package org.marsad.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking at the few characters around a position instead of running
 * the JDK's rule-based sentence iterator over the whole body (which was most of the highlighter's time).
 *
 * <p>A boundary is the start of the text, its end, and the first non-space character after either a line break or
 * a sentence end: one of {@code . ! ? ؟ … ۔} followed, after any closing quotes or brackets, by white space. So
 * {@code 3.5} and {@code U.S.A} do not split, {@code «قال.» ثم} does. The trailing spaces of a sentence belong to
 * it, as with the JDK's iterator.
 *
 * <p>Not thread-safe (as no {@link BreakIterator} is); the highlighter makes one per search.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current);
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = nextBoundary(current);
        return current;
    }

    @Override
    public int next(int n) {
        int r = current;
        for (int i = 0; i < n; i++) {
            r = next();
            if (r == DONE) {
                return DONE;
            }
        }
        for (int i = 0; i > n; i--) {
            r = previous();
            if (r == DONE) {
                return DONE;
            }
        }
        return r;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = previousBoundary(current);
        return current;
    }

    @Override
    public int following(int offset) {
        check(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        current = nextBoundary(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        current = previousBoundary(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        current = offset;
        return boundaryAt(offset);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }

    /** The first boundary after {@code from} (there is always one: the end). */
    private int nextBoundary(int from) {
        int p = from + 1;
        while (p < text.length() && !boundaryAt(p)) {
            p++;
        }
        return Math.min(p, text.length());
    }

    /** The last boundary before {@code from} (there is always one: the start). */
    private int previousBoundary(int from) {
        int p = from - 1;
        while (p > 0 && !boundaryAt(p)) {
            p--;
        }
        return Math.max(p, 0);
    }

    boolean boundaryAt(int p) {
        if (p <= 0 || p >= text.length()) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(p))) {
            return false;
        }
        int i = p - 1;
        boolean lineBreak = false;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            lineBreak |= text.charAt(i) == '\n' || text.charAt(i) == '\r';
            i--;
        }
        if (lineBreak) {
            return true;
        }
        if (i == p - 1 || i < 0) {
            return false; // no space before p: inside a word or a number
        }
        while (i >= 0 && isCloser(text.charAt(i))) {
            i--;
        }
        return i >= 0 && isSentenceEnd(text.charAt(i));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '۔';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '”' || c == '’' || c == '›';
    }
}
