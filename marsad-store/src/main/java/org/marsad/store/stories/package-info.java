/**
 * Near-duplicates and stories in the store.
 *
 * <p>Write side: {@link org.marsad.store.stories.StoryIndexer}, fed by {@code Archive.save} with every stored batch
 * (opened on first use: it replays stored decisions, then enriches articles stored without one). It persists
 * {@code article_enrichment(article_id, duplicate_of, similarity, story_id, time_sec)}, which is where an article's
 * {@code duplicate_of} and {@code story} fields are kept (readers join it: {@link org.marsad.store.ArticleRows}),
 * and one {@code stories} row per story.
 *
 * <p>Read side, for the web and the command line: {@link org.marsad.store.stories.Stories} ({@code Archive.stories()}):
 * {@code top(n, since)}, {@code recent(n, offset)}, {@code count()}, {@code story(id)}, {@code members(id)},
 * {@code copies(articleId)}, {@code storyOf(articleId)}, {@code related(articleId, similarIds, n)}; and
 * {@code Archive.related(id, n)}. Story JSON: {@link org.marsad.enrich.story.StoryJson}.
 */
package org.marsad.store.stories;
