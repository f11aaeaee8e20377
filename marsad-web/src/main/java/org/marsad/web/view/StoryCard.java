package org.marsad.web.view;

/**
 * A story in the front page's "top stories" block.
 *
 * @param outletsText  "نشرتها 12 وسيلة"
 * @param articlesText "15 مقالاً"
 * @param when         last news, relative ("منذ ساعتين")
 * @param lastSeenIso  last news as an ISO instant, for {@code <time datetime>}
 * @param lastSeenFull last news as a full date, for the tooltip
 * @param collected    whether that time is when Marsad collected the latest article (it gave no published date)
 */
public record StoryCard(String href, String title, String outletsText, String articlesText, String when,
                        String lastSeenIso, String lastSeenFull, boolean collected) {
}
