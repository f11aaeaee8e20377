package org.marsad.web.view;

import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.ingest.discover.FeedCandidate;

/**
 * A feed or sitemap discovery found, as the add form offers it.
 *
 * @param url     its address
 * @param kind    what it is (a feed format, or a sitemap)
 * @param title   its own title, or null
 * @param entries how many items it lists now
 */
public record CandidateView(String url, FeedCandidate.Kind kind, String title, int entries) {
    private static final CountedNoun ITEMS = new CountedNoun("عنصر واحد", "عنصران", "عناصر", "عنصراً", "عنصر");

    /** The candidate as discovery found it. */
    public static CandidateView of(FeedCandidate c) {
        return new CandidateView(c.url().toString(), c.kind(), c.title(), c.entries());
    }

    /**
     * A candidate the add form carried back in its hidden {@code offered} field (see {@link #offered()}), so a
     * refused second step shows the same choice without reading the site again; null when the text is not one.
     */
    public static CandidateView fromOffered(String offered, String title) {
        String[] p = offered == null ? new String[0] : offered.strip().split(" ", 3);
        if (p.length != 3) {
            return null;
        }
        try {
            return new CandidateView(p[2], FeedCandidate.Kind.valueOf(p[0]), title == null || title.isBlank()
                    ? null : title, Integer.parseInt(p[1]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The hidden field's value: kind, count and address, space-separated. */
    public String offered() {
        return kind.name() + " " + entries + " " + url;
    }

    /** True for a feed, false for a sitemap. */
    public boolean feed() {
        return kind.isFeed();
    }

    /** The radio button's value, as {@code POST /sources/add} reads it: "feed URL" or "sitemap URL". */
    public String pick() {
        return (feed() ? "feed " : "sitemap ") + url;
    }

    /** What it is, in Arabic ("خلاصة Atom", "خريطة موقع"). */
    public String kindText() {
        return switch (kind) {
            case RSS -> "خلاصة RSS";
            case ATOM -> "خلاصة Atom";
            case RDF -> "خلاصة RDF";
            case JSON_FEED -> "خلاصة JSON";
            case SITEMAP -> "خريطة موقع";
        };
    }

    /** How many items it lists now, as Arabic counts them: "لا عناصر", "عنصر واحد", "عنصران", "3 عناصر", "11 عنصراً". */
    public String entriesText() {
        return entries <= 0 ? "لا عناصر" : ITEMS.count(entries);
    }
}
