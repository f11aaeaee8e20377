package org.marsad.web.view;

/**
 * What the new-watch form shows: values to fill in (from the search page, or as the user typed them before an
 * error) and the error in Arabic, if any.
 *
 * @param name  the name typed
 * @param query the query typed or carried from the search page
 * @param mode  the mode chosen
 * @param email the e-mail typed
 * @param webhookUrl the webhook address typed
 * @param error the Arabic reason the last attempt was refused, or null
 * @param errorFor the watch whose edit was refused (0: the new-watch form)
 */
public record WatchForm(String name, String query, String mode, String email, String webhookUrl, String error,
                        long errorFor) {
    /** An empty form, its query filled in. */
    public static WatchForm of(String query) {
        return new WatchForm(query == null ? "" : query, query == null ? "" : query, "stories", "", "", null, 0);
    }
}
