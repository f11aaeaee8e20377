package org.marsad.web.view;

import java.util.List;

/**
 * A followed source as the sources page shows it; every text is ready to print (Arabic, counted nouns).
 *
 * @param name            the source's name
 * @param homepage        its site (a vetted http(s) URL), or null
 * @param feeds           its feed URLs
 * @param sitemap         its sitemap URL, or null
 * @param status          "ok", "failing", "new" (never polled) or "paused", for styling
 * @param statusText      the status in words
 * @param lastSuccessIso  ISO-8601 instant of the last successful poll, or null
 * @param lastSuccessFull the same date and time in words, for the tooltip, or null
 * @param lastSuccessText when that was ("منذ 5 دقائق"), or "لم ينجح بعد"
 * @param lastErrorText   the last error in words, or null
 * @param lastErrorDetail the poller's own message for it, or null
 * @param nextPollIso     ISO-8601 instant of the next poll, or null (due now)
 * @param nextPollFull    the same date and time in words, for the tooltip, or null
 * @param nextPollText    when that is ("بعد 10 دقائق", "الآن")
 * @param intervalText    how often it is polled when healthy ("كل 15 دقيقة")
 * @param lastDayText     articles stored from it in the last 24 hours ("3 مقالات")
 * @param lastWeekText    … in the last 7 days
 * @param allowPrivate    whether it may reach private and loopback addresses
 * @param paused          whether an editor paused its polling
 * @param category        its category, or "" (for the edit form)
 * @param intervalMinutes its polling interval in minutes (for the edit form)
 * @param repairText      the last successful poll read a feed only after dropping characters XML forbids: how many,
 *                        in words (the outlet should be told); null when it did not
 * @param repairDetail    the poller's own line for it (which feed, the first character and its line), or null
 * @param notStoredText   listed items that have stored nothing so far (tried again a few times), counted in words;
 *                        null when none
 * @param notStoredDetail the poller's lines for the latest few of them, one per line (URL, reason, tries), or null
 */
public record SourceView(String name, String homepage, List<String> feeds, String sitemap, String status,
                         String statusText, String lastSuccessIso, String lastSuccessFull, String lastSuccessText, String lastErrorText,
                         String lastErrorDetail, String nextPollIso, String nextPollFull, String nextPollText, String intervalText,
                         String lastDayText, String lastWeekText, boolean allowPrivate, boolean paused,
                         String category, long intervalMinutes, String repairText, String repairDetail,
                         String notStoredText, String notStoredDetail) {
}
