package org.marsad.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a plain-text snippet with the matched ranges as offsets (renderers escape
 * the text and mark the ranges themselves). Long passages are cut around their first match.
 */
final class Snippets extends PassageFormatter {
    static final int MAX_PASSAGE = 240;
    private static final String GAP = " … ";

    /** A snippet and its highlighted ranges. */
    record Snippet(String text, List<SearchHit.Span> spans) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<SearchHit.Span> spans = new ArrayList<>();
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > MAX_PASSAGE) {
                int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
                start = Math.max(start, first - MAX_PASSAGE / 3);
                start = wordStart(content, start, p.getStartOffset());
                end = wordEnd(content, Math.min(end, start + MAX_PASSAGE));
            }
            if (text.length() > 0) {
                text.append(GAP);
            }
            int base = text.length() - start;
            text.append(content, start, end);
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = p.getMatchStarts()[i];
                int me = p.getMatchEnds()[i];
                if (ms >= start && me <= end && (spans.isEmpty() || spans.get(spans.size() - 1).end() <= ms + base)) {
                    spans.add(new SearchHit.Span(ms + base, me + base));
                }
            }
        }
        return new Snippet(text.toString().strip().isEmpty() ? "" : text.toString(), List.copyOf(spans));
    }

    private static int wordStart(String s, int i, int floor) {
        int j = i;
        while (j > floor && !Character.isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j;
    }
}
