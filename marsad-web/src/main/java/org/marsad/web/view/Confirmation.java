package org.marsad.web.view;

/**
 * A page that asks before an action that cannot be undone from the list it was started on (deleting a watch or an
 * article, unfollowing a source): the list links here, and only this page's form posts. A link and a form work without
 * script, unlike a {@code confirm()} dialog.
 *
 * @param heading what will happen, as the page's heading
 * @param target  the name of what it happens to
 * @param href    the target's own page, linked from its name (an article), or null
 * @param warning what is lost and what stays
 * @param action  where the form posts
 * @param name    the form's {@code name} field (the target, for routes that name it in the body), or null
 * @param button  the button's words
 * @param cancel  where «إلغاء» goes back to
 */
public record Confirmation(String heading, String target, String href, String warning, String action, String name,
                           String button, String cancel) {
    /** A target without a page of its own (a watch, a source). */
    public Confirmation(String heading, String target, String warning, String action, String name, String button,
                        String cancel) {
        this(heading, target, null, warning, action, name, button, cancel);
    }
}
