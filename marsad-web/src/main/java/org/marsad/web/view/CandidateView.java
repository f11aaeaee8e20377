package org.marsad.web.view;

/**
 * A feed or sitemap discovery found, as the add form offers it.
 *
 * @param url      its address
 * @param kindText what it is, in Arabic ("خلاصة Atom", "خريطة موقع")
 * @param title    its own title, or null
 * @param entries  how many items it lists now
 * @param feed     true for a feed, false for a sitemap
 */
public record CandidateView(String url, String kindText, String title, int entries, boolean feed) {
}
