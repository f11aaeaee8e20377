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
        // Paragraph breaks inside a snippet become spaces (one for one, so the spans stay right); the ends are
        // trimmed and the spans shifted by what was cut at the start.
        String flat = flattened(text);
        int lead = 0;
        while (lead < flat.length() && flat.charAt(lead) == ' ') {
            lead++;
        }
        String trimmed = flat.substring(lead).stripTrailing();
        List<SearchHit.Span> shifted = new ArrayList<>(spans.size());
        for (SearchHit.Span sp : spans) {
            if (sp.start() - lead >= 0 && sp.end() - lead <= trimmed.length()) {
                shifted.add(new SearchHit.Span(sp.start() - lead, sp.end() - lead));
            }
        }
        return new Snippet(trimmed, List.copyOf(shifted));
    }

    // The text with line breaks and tabs as spaces, in one pass over the builder (three String.replace passes, each
    // a copy, were half of this formatter's samples).
    private static String flattened(StringBuilder text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                text.setCharAt(i, ' ');
            }
        }
        return text.toString();
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
