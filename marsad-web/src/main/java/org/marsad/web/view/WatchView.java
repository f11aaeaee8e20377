package org.marsad.web.view;

/**
 * A watch as the watches page shows it.
 *
 * @param id            the watch's number
 * @param name          its label
 * @param query         its query
 * @param searchHref    the search page of the same query
 * @param mode          every | stories | hourly | daily
 * @param modeText      the mode in Arabic
 * @param email         where alerts are mailed, or null
 * @param webhookUrl    where alerts are posted, or null
 * @param paused        whether the owner paused it
 * @param pausedReason  why a channel stopped, in Arabic, or null
 * @param pausedDetail  the delivery error behind it as recorded (English, for whoever fixes it), or null
 * @param lastAlertIso  when it last alerted (ISO-8601), or null
 * @param lastAlertFull the same date and time in words, for the tooltip, or null
 * @param lastAlertText the same in Arabic ("منذ ساعتين", "لم ينبّه بعد")
 * @param feed          the path of its Atom feed, token included
 * @param owner         its owner (shown to admins), or null
 * @param webhookSecret the key its webhook requests are signed with (shown to whoever manages it), or null
 * @param allowPrivate  whether its webhook may reach a private or loopback address
 */
public record WatchView(long id, String name, String query, String searchHref, String mode, String modeText,
                        String email, String webhookUrl, boolean paused, String pausedReason, String pausedDetail,
                        String lastAlertIso, String lastAlertFull,
                        String lastAlertText, String feed, String owner, String webhookSecret,
                        boolean allowPrivate) {

    /**
     * The direction the query is shown in: left to right when it holds a Latin letter (a field such as
     * {@code place:}, an operator such as {@code OR}), so that it reads in the order it was typed; an isolate of
     * automatic direction took the direction of an Arabic first word and showed {@code place:الزاوية
     * figure:killed>=2 صحفي} from the wrong end. A query of Arabic words alone keeps the automatic direction.
     */
    public String queryDir() {
        return query != null && query.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                ? "ltr" : "auto";
    }
}
