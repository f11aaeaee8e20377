package org.marsad.web.view;

/**
 * A user as an admin's team list on {@code /account} shows them.
 *
 * @param name the user name
 * @param role the role in Arabic (مدير, محرر, قارئ)
 * @param self whether this is the signed-in admin, who is not removed from that list
 */
public record TeamMember(String name, String role, boolean self) {
}
