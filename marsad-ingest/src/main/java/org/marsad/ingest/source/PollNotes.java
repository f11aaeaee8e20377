package org.marsad.ingest.source;

/**
 * What a source's polls have to work around, kept with its health so that a source polled "successfully" is not
 * shown as plainly healthy when its outlet should be told: a feed read only after dropping the characters XML
 * forbids (the last successful poll's), and listed items that stored nothing (no article on the page, no text in the
 * feed item), which are tried again a few times and stay here until a try stores them (for a week at most).
 *
 * @param droppedCharacters characters XML forbids dropped to read the source's feeds, all feeds together
 * @param repair            the first feed's repair, one line ("URL: not well-formed XML: dropped 3 characters …
 *                          (first: &#x7; at line 12) …"), or null
 * @param itemsNotStored    the source's listed items that have stored nothing so far: no article on their page and
 *                          no text in their feed item (or listed by the sitemap only)
 * @param notStored         the latest few of those, one line each ("URL: not stored: REASON (tried twice; next try
 *                          …)"), or null
 */
public record PollNotes(int droppedCharacters, String repair, int itemsNotStored, String notStored) {
    /** A poll that needed nothing. */
    public static final PollNotes NONE = new PollNotes(0, null, 0, null);

    public PollNotes {
        if (droppedCharacters < 0 || itemsNotStored < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** Whether there is nothing to tell. */
    public boolean isEmpty() {
        return droppedCharacters == 0 && itemsNotStored == 0;
    }
}
