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
 * <p>The boundaries are found by one forward pass, as far into the text as a move has asked, and kept: the
 * highlighter asks for the sentence around every match, and looking back and forth from each of them again read the
 * same characters many times (an eighth of a search's CPU).
 *
 * <p>An article indexed since analysis version 9 carries the boundaries of its body in its hit record ({@link
 * #inside}, found by the same pass when it was indexed); given them ({@link KeptSentences}), the iterator reads
 * nothing of the text.
 *
 * <p>Not thread-safe (as no {@link BreakIterator} is); the highlighter makes one per search.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    // The text's characters, read by the forward pass: indexing an array costs less than String.charAt, which
    // checks the bounds and the string's coding for every character of a body.
    private char[] chars = new char[0];
    private int current;
    // The boundaries found so far, ascending (the first is `floor`); every boundary from `floor` up to `scanned` is
    // among them. Before `floor` the pass has jumped: a boundary there is found by looking around the position.
    private int[] marks = new int[32];
    private int count;
    private int scanned;
    private int floor;
    // How far ahead of the pass a move may ask before the pass jumps there instead of reading what lies between.
    private final int jump;
    // Boundaries found when the texts were indexed; null when there are none to look up.
    private final KeptSentences kept;
    private static final char[] NO_CHARS = new char[0];
    // The pass's state after `scanned`: whether that character is white space, whether the white space run it
    // ends holds a line break, and whether the text before that run ends a sentence (closers aside).
    private boolean inSpace;
    private boolean runBreaks;
    private boolean ended;

    /**
     * How far past what it has read a move may ask before the pass jumps (beyond the longest passage and its
     * context): the highlighter asks for the sentences around each match of a hit, and a body's matches can lie far
     * apart (the pass read every body up to its last match).
     */
    static final int JUMP = 400;

    /**
     * A pass that jumps to a move asking more than {@code jump} characters past what it has read ({@link #JUMP};
     * tests give a few, to make every move a jump), taking the boundaries of a text {@code kept} holds (may be null)
     * instead of reading it.
     */
    SentenceBreaks(int jump, KeptSentences kept) {
        this.jump = jump;
        this.kept = kept;
    }

    /**
     * The boundaries inside the first {@code upTo} characters of {@code text} (neither the start nor the end of
     * that part), ascending: what this iterator finds in that part, computed once when the article is indexed.
     */
    static int[] inside(String text, int upTo) {
        SentenceBreaks b = new SentenceBreaks(Integer.MAX_VALUE, null);
        b.setText(text.length() > upTo ? text.substring(0, upTo) : text);
        b.scanTo(b.chars.length - 1);
        return java.util.Arrays.copyOfRange(b.marks, 1, b.count);
    }

    @Override
    public void setText(String newText) {
        int[] known = kept == null ? null : kept.of(newText);
        if (known != null) {
            useKnown(newText, known);
            return;
        }
        text = newText;
        chars = newText.toCharArray();
        current = 0;
        marks[0] = 0;
        count = 1;
        scanned = -1;
        floor = 0;
        inSpace = false;
        runBreaks = false;
        ended = false;
    }

    // The whole text counts as read, its boundaries those given: no move reads a character (and the text is not
    // copied to an array).
    private void useKnown(String newText, int[] inside) {
        text = newText;
        chars = NO_CHARS;
        current = 0;
        if (marks.length < inside.length + 1) {
            marks = new int[inside.length + 1];
        }
        marks[0] = 0;
        System.arraycopy(inside, 0, marks, 1, inside.length);
        count = inside.length + 1;
        scanned = newText.length() - 1;
        floor = 0;
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
        if (from < floor) {
            // behind a jump: the floor is a boundary, so the search ends there at the latest
            for (int p = from + 1; ; p++) {
                if (boundaryAt(p)) {
                    return p;
                }
            }
        }
        if (from + 1 - scanned > jump) {
            jumpTo(from + 1);
        }
        while (true) {
            int i = java.util.Arrays.binarySearch(marks, 0, count, from + 1);
            i = i >= 0 ? i : -i - 1;
            if (i < count) {
                return marks[i];
            }
            if (scanned >= text.length() - 1) {
                return text.length();
            }
            scanTo(Math.max(from + 1, scanned + 64));
        }
    }

    /** The last boundary before {@code from} (there is always one: the start). */
    private int previousBoundary(int from) {
        if (from <= floor) {
            for (int p = from - 1; ; p--) {
                if (boundaryAt(p)) {
                    return p;
                }
            }
        }
        if (from - 1 - scanned > jump) {
            jumpTo(from - 1);
        }
        if (from - 1 > scanned) {
            scanTo(from - 1);
        }
        int i = java.util.Arrays.binarySearch(marks, 0, count, from);
        i = i >= 0 ? i : -i - 1;
        return marks[i - 1];
    }

    /**
     * Restarts the pass at the last boundary at or before {@code target} that lies past what the pass has read,
     * found by looking back from {@code target}; without one the pass stays where it is. The boundaries it skips
     * are forgotten: a move behind the new floor looks around its position instead.
     */
    private void jumpTo(int target) {
        int p = Math.min(target, text.length() - 1);
        while (p > scanned + 1 && !boundaryAt(p)) {
            p--;
        }
        if (p <= scanned + 1) {
            return;
        }
        // p is a boundary inside the text: a character that is not space, after white space. The pass's state
        // after it depends on that character alone.
        char c = chars[p];
        floor = p;
        marks[0] = p;
        count = 1;
        scanned = p;
        inSpace = false;
        runBreaks = false;
        ended = !isCloser(c) && isSentenceEnd(c);
    }

    /** Extends the pass to the character at {@code upTo} (or the last), keeping the boundaries it finds. */
    private void scanTo(int upTo) {
        char[] cs = chars;
        int end = Math.min(upTo, cs.length - 1);
        for (int p = scanned + 1; p <= end; p++) {
            char c = cs[p];
            if (isSpace(c)) {
                runBreaks = (inSpace && runBreaks) || c == '\n' || c == '\r';
                inSpace = true;
                continue;
            }
            // The same rule as boundaryAt, read forwards.
            if (inSpace && (runBreaks || ended)) {
                if (count == marks.length) {
                    marks = java.util.Arrays.copyOf(marks, count * 2);
                }
                marks[count++] = p;
            }
            ended = isCloser(c) ? ended && !inSpace : isSentenceEnd(c);
            inSpace = false;
        }
        scanned = Math.max(scanned, end);
    }

    // Character.isWhitespace, without its table look-up for Arabic letters and printable ASCII.
    private static boolean isSpace(char c) {
        if ((c > ' ' && c < 0x7F) || (c >= 0x0600 && c <= 0x06FF)) {
            return false;
        }
        return Character.isWhitespace(c);
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
