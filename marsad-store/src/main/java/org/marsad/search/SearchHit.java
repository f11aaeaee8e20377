package org.marsad.search;

import java.util.List;

/**
 * One ranked result.
 *
 * @param snippet     plain text around the best match (not HTML: renderers escape it)
 * @param highlights  the matched ranges within {@code snippet}, as [start, end) char offsets, in order
 * @param story       the story the article belongs to, or null (not decided yet, or the index alone was asked)
 * @param duplicateOf the id of the article this one copies, or null
 */
public record SearchHit(String id, String title, String source, String published, String url, String snippet,
                        List<Span> highlights, float score, String story, String duplicateOf) {

    /** A hit as the index knows it, before the store's story and copy decisions are attached. */
    public SearchHit(String id, String title, String source, String published, String url, String snippet,
                     List<Span> highlights, float score) {
        this(id, title, source, published, url, snippet, highlights, score, null, null);
    }

    /** This hit with the store's story and copy decisions. */
    public SearchHit withEnrichment(String story, String duplicateOf) {
        return new SearchHit(id, title, source, published, url, snippet, highlights, score, story, duplicateOf);
    }

    /** A highlighted range [start, end) of the snippet. */
    public record Span(int start, int end) {
    }
}
