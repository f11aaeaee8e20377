package org.marsad.web.view;

import java.util.List;

/**
 * What a watch would have alerted on over the last days (the watch page's "test").
 *
 * @param days    how many days back
 * @param matchedText how many articles its query matched in that time, as the page says it
 *                    ("في آخر 7 أيام طابق البحث 3 مقالات")
 * @param alerts  the alerts its mode would have sent, each with why
 */
public record WatchTestView(int days, String matchedText, List<Alert> alerts) {
    /** One would-be alert: the article and the reason in Arabic. */
    public record Alert(HitView article, String reasonText) {
    }
}
