package org.marsad.web.view;

import java.util.List;
import org.marsad.web.chart.TimeChart;

/**
 * One category of reported figures over a set of articles (a story, a search): the latest value of each source of
 * the claim, the days they disagree, a chart over time and every reported value.
 *
 * @param category  the category key ("killed")
 * @param title     what it counts, in Arabic ("القتلى")
 * @param headlines the latest value of each attribution (and group it counts), most recent first
 * @param conflicts the days on which attributions disagree, earliest first
 * @param chart     the largest value reported each day (empty when the values cannot share one scale)
 * @param timeline  every reported value, earliest day first
 */
public record FigurePanel(String category, String title, List<Point> headlines, List<Conflict> conflicts,
                          TimeChart chart, List<Point> timeline) {

    /**
     * One value from one attribution on one day.
     *
     * @param valueText   the value as shown
     * @param group       what the value counts when it is a group among the category's whole, as its report writes
     *                    the noun ("صحفيين", shown «2 صحفيين»); null when it counts everyone
     * @param attribution who reports it, or null when no one is credited
     * @param dateIso     the day (ISO), or null
     * @param dateText    the day in Arabic, or null
     * @param reports     the articles that carry it, labelled by outlet
     */
    public record Point(String valueText, String group, String attribution, String dateIso, String dateText, List<Link> reports) {
    }

    /**
     * A day on which attributions disagree, with each one's value; {@code group}: who the values count when it is a
     * group among them ("الصحفيين", after «عدد»), else null.
     */
    public record Conflict(String dateIso, String dateText, String group, List<Point> values) {
    }
}
