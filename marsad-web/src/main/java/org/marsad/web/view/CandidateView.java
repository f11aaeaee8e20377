package org.marsad.web.view;

import org.marsad.arabic.numbers.CountedNoun;

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
    private static final CountedNoun ITEMS = new CountedNoun("عنصر واحد", "عنصران", "عناصر", "عنصراً", "عنصر");

    /** How many items it lists now, as Arabic counts them: "لا عناصر", "عنصر واحد", "عنصران", "3 عناصر", "11 عنصراً". */
    public String entriesText() {
        return entries <= 0 ? "لا عناصر" : ITEMS.count(entries);
    }
}
