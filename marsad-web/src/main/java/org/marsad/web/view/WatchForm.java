package org.marsad.web.view;

/**
 * What the watch forms show: values to fill in (from the search page, or as the user typed them before an error)
 * and the error in Arabic, if any. A refused edit fills that watch's edit form only; the new-watch form stays empty
 * then, or a second click would add the edited watch as a new one.
 *
 * @param name  the name typed
 * @param query the query typed or carried from the search page
 * @param mode  the mode chosen
 * @param email the e-mail typed
 * @param webhookUrl the webhook address typed
 * @param paused whether "pause" was ticked (an edit)
 * @param error the Arabic reason the last attempt was refused, or null
 * @param errorFor the watch whose edit was refused (0: the new-watch form)
 */
public record WatchForm(String name, String query, String mode, String email, String webhookUrl, boolean paused,
                        String error, long errorFor) {
    /** An empty form, its query filled in. */
    public static WatchForm of(String query) {
        return new WatchForm(query == null ? "" : query, query == null ? "" : query, "stories", "", "", false, null,
                0);
    }

    /** What the new-watch form shows: this form when it was refused, else an empty one. */
    public WatchForm forNew() {
        return errorFor == 0 ? this : of(null);
    }

    /** Whether this is the refused edit of watch {@code id}, whose form should show what was typed. */
    public boolean refusedEditOf(long id) {
        return error != null && errorFor == id;
    }
}
