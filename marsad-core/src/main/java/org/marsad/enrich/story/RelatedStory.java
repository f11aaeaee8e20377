package org.marsad.enrich.story;

import java.time.Instant;

/**
 * An article from another story that reads like the one at hand ("اقرأ أيضاً").
 *
 * @param storyId   the other story
 * @param articleId its lead article
 * @param title     that article's headline
 * @param score     cosine similarity of the article to the other story's terms, 0..1
 * @param lastSeen  when the other story last had news
 */
public record RelatedStory(String storyId, String articleId, String title, double score, Instant lastSeen) {
}
