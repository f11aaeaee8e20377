package org.marsad.web.view;

import java.util.List;

/**
 * A source's edit form of {@code /sources} refused (an address typed as a feed or sitemap is a web page, or no
 * address at all, or one the source may not reach): shown open again on that source, with what was typed, why in
 * Arabic and, for a web page, one button per feed the page names that saves the same form with that feed in the
 * page's place.
 *
 * @param name     the source edited
 * @param error    why nothing was changed, in Arabic
 * @param detail   the one line {@code marsad sources edit} prints, for whoever fixes it
 * @param category the category typed
 * @param interval the interval typed (minutes)
 * @param feeds    the feeds typed, one per line
 * @param sitemap  the sitemap typed
 * @param offers   the feeds the page names, each with the form's feeds once it is used (none for another refusal)
 */
public record SourceEditRefusal(String name, String error, String detail, String category, String interval,
                                String feeds, String sitemap, List<Offer> offers) {
    public SourceEditRefusal {
        offers = List.copyOf(offers);
    }

    /** A feed the page names ({@code url}) and the form's feeds with it in the page's place ({@code feeds}). */
    public record Offer(String url, String feeds) {
    }

    /** Whether this refusal is about the source named {@code source} (the form to show open). */
    public boolean about(String source) {
        return name.equals(source);
    }
}
