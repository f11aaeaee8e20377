package org.marsad.enrich.story;

import java.time.Duration;

/**
 * How articles are grouped into stories.
 *
 * @param threshold   cosine similarity to a story's terms at or above which an article joins it
 * @param window      an article joins only stories that had news within this time of it
 * @param span        ... and that started no longer than this before it, so that a story does not drift
 *                    through a chain of related events into a topic
 * @param articleTerms the strongest terms kept for an article
 * @param storyTerms   the strongest terms kept for a story
 * @param probeTerms   the strongest article terms used to look stories up
 * @param maxPostings  at most this many most recent stories are looked at per term
 */
public record StoryRules(double threshold, Duration window, Duration span, int articleTerms, int storyTerms, int probeTerms,
                         int maxPostings) {
    public static final StoryRules DEFAULT = new StoryRules(0.3, Duration.ofDays(2), Duration.ofDays(5), 50, 60, 8, 100);
}
