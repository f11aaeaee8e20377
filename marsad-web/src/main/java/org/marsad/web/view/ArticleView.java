package org.marsad.web.view;

import java.util.List;

/**
 * The article page.
 *
 * @param gregorian  the Gregorian date, or null when unknown
 * @param hijri      the Hijri date, or null
 * @param hour       the hour of publication with its offset ("09:30 UTC+01:00"), or null when only the day is known
 * @param when       relative time, or null
 * @param originalUrl the page's own URL when it is a safe http(s) link, or null
 * @param related    the page's "read also" items; href null when the item has no safe link
 * @param similar    similar articles from the archive, other stories first
 * @param copies     other outlets' copies of the same text ("نُشر أيضاً في"), earliest first
 * @param story      the story the article belongs to, with its article count, or null when it stands alone
 * @param paragraphs the body's paragraphs, each as runs with its reported figures marked
 * @param figures    the article's reported figures in text order (its figures panel)
 * @param entities   the persons, places and organisations it mentions, one group per type, each name linking to
 *                   its entity page
 * @param tags       the page's own tags (from the outlet), each linking to its tag page
 * @param autoTags   the tags Marsad made from the article's main entities (only when the page lists none), each
 *                   linking to its entity page (its tag page when no entity of that name is in the article), with
 *                   the entity type as the link's label suffix
 */
public record ArticleView(String id, String title, String source, String sourceHref, String author,
                          String dateIso, String gregorian, String hijri, String hour, String when,
                          String publishedText, List<List<TextRun>> paragraphs, List<Link> tags, List<Link> related,
                          List<HitView> similar, String originalUrl, List<HitView> copies, Link story,
                          List<FigureLine> figures, List<Facet> entities, List<AutoTag> autoTags) {

    /** A tag Marsad made: its name, where it links and the Arabic name of its entity's type (null when unknown). */
    public record AutoTag(String label, String href, String type) {
    }
}
