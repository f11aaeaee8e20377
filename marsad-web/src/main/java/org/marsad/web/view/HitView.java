package org.marsad.web.view;

import java.util.List;

/**
 * One article in a list: headline, outlet, how long ago, and the snippet with its matches marked.
 *
 * @param when     when it was published: how long ago this week ("منذ ساعتين"), else its day ("12 ديسمبر 2023"); null
 *                 when the date is unknown
 * @param hour     the hour of publication with its offset ("09:30 UTC+01:00") when it was today or yesterday
 *                 where published, else null
 * @param dateIso  the stored publication value, for the {@code <time datetime>} attribute, or null
 * @param dateFull the full Gregorian date, for the tooltip, or null
 * @param copies   the other versions of this report listed under it (its copies, or its original and their other
 *                 copies) that the same page matched: lists fold them, else empty
 * @param story    the story this article is one report of («ضمن قصة نشرتها 3 وسائل», linking the story page) when
 *                 that story holds more than one article, else null
 */
public record HitView(String href, String title, String source, String sourceHref, String when, String hour, String dateIso,
                      String dateFull, List<Part> snippet, List<HitView> copies, Link story) {
    /** This hit with copies folded under it. */
    public HitView withCopies(List<HitView> folded) {
        return new HitView(href, title, source, sourceHref, when, hour, dateIso, dateFull, snippet, List.copyOf(folded),
                story);
    }

    /** This hit with the line naming its story. */
    public HitView inStory(Link of) {
        return new HitView(href, title, source, sourceHref, when, hour, dateIso, dateFull, snippet, copies, of);
    }
}
