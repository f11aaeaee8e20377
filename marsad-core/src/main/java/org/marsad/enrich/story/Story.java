package org.marsad.enrich.story;

import java.time.Instant;
import java.util.List;

/**
 * A story: the articles about one event, as a snapshot.
 *
 * @param id         stable id: the id of the article that started the story
 * @param title      the headline of the member closest to what the story is about
 * @param leadId     the id of the article whose headline is the title
 * @param articles   number of member articles (copies included)
 * @param outlets    distinct outlets that carried it, in order of first appearance
 * @param firstSeen  time of the earliest member
 * @param lastSeen   time of the latest member
 */
public record Story(String id, String title, String leadId, int articles, List<String> outlets, Instant firstSeen,
                    Instant lastSeen) {
    public Story {
        outlets = List.copyOf(outlets);
    }
}
