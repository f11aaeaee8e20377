package org.marsad.search;

import java.util.List;

/**
 * One ranked result.
 *
 * @param snippet    plain text around the best match (not HTML: renderers escape it)
 * @param highlights the matched ranges within {@code snippet}, as [start, end) char offsets, in order
 */
public record SearchHit(String id, String title, String source, String published, String url, String snippet,
                        List<Span> highlights, float score) {

    /** A highlighted range [start, end) of the snippet. */
    public record Span(int start, int end) {
    }
}
