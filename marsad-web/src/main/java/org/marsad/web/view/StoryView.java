package org.marsad.web.view;

import java.util.List;

/**
 * The story page: what the story is, who carried it and when, and its articles grouped by outlet.
 *
 * @param firstSeen when its first article appeared (full date and relative time)
 * @param lastSeen  when its latest article appeared
 * @param outlets   the outlets that carried it, in order of first appearance, linking to their pages
 * @param groups    its articles by outlet (outlets in order of first appearance), each outlet's by time
 * @param ties      why the articles are together
 */
public record StoryView(String id, String title, String outletsText, String articlesText, Moment firstSeen,
                        Moment lastSeen, List<Link> outlets, List<OutletGroup> groups, Ties ties) {

    /**
     * Why a story's articles are together: headline words, names and killed/injured counts that two outlets or
     * more share.
     *
     * @param terms headline words, most shared first
     * @param names persons, places and organisations, most shared first
     * @param tolls killed and injured counts ("قتلى: 27"), most shared first
     * @param event the event its headline reports (act and place), or null when the headline names no listed act or
     *              the story has one article
     */
    public record Ties(List<Shared> terms, List<Shared> names, List<Shared> tolls, Event event) {
        public boolean isEmpty() {
            return terms.isEmpty() && names.isEmpty() && tolls.isEmpty() && event == null;
        }
    }

    /**
     * The happening a story's headline reports: the kind of act ("شكوى", "استقالة أو إقالة", "لقاء (مرتقب)") and the
     * place it states, as written, or null.
     */
    public record Event(String act, String place) {
    }

    /** A shared word or name, and how many outlets share it ("3 وسائل"). */
    public record Shared(String label, String outletsText) {
    }

    /**
     * A point in time to show: ISO value for {@code <time datetime>}, full date, hour with its zone (null when only the
     * day is known), relative time; {@code collected}: the time is when Marsad collected an article that states no
     * publication date (an import of old undated pages is not news of today), so the page says «رُصدت», not «ظهور».
     */
    public record Moment(String iso, String full, String hour, String when, boolean collected) {
    }

    /** One outlet's articles in the story. */
    public record OutletGroup(String outlet, String outletHref, List<Item> items) {
    }

    /**
     * One article of the story.
     *
     * @param hour          the hour of publication with its offset, or null when only the day is known
     * @param copy          whether it copies an earlier article ({@code duplicate_of})
     * @param originalHref  the copied article's page, or null for an original (or an original not in the story)
     * @param originalLabel the copied article's outlet (or headline), or null
     */
    public record Item(String href, String title, String when, String hour, String dateIso, String dateFull, boolean copy,
                       String originalHref, String originalLabel) {
    }
}
