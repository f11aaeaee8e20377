package org.marsad.enrich;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.dedup.DuplicateVerdict;
import org.marsad.enrich.dedup.NearDuplicateIndex;
import org.marsad.enrich.story.RelatedStory;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryClusterer;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * Near-duplicate detection and story clustering as one incremental stage: {@link #enrich} decides for a new
 * article, {@link #restore} replays a stored decision. The state lives in memory and is rebuilt from the store on
 * open by restoring every stored article in time order; the store stays the truth.
 *
 * <p>Usage at ingest: {@code Enrichment e = enricher.enrich(article)}, then persist {@code e.duplicateOf()},
 * {@code e.similarity()} and {@code e.story()} with the article, and update the articles in
 * {@code e.repointed()}. Not thread-safe: callers serialize.
 */
public final class Enricher {
    private final NearDuplicateIndex dedup;
    private final StoryClusterer stories;
    /** Article id → story id; copies join the story of their original. */
    private final Map<String, String> storyIndex = new HashMap<>();

    public Enricher() {
        this(DedupRules.DEFAULT, StoryRules.DEFAULT);
    }

    public Enricher(DedupRules dedupRules, StoryRules storyRules) {
        this.dedup = new NearDuplicateIndex(dedupRules);
        this.stories = new StoryClusterer(storyRules);
    }

    /** Decides duplicate and story for a new article (its id set); the time defaults to now when unknown. */
    public Enrichment enrich(Article a) {
        return enrich(ArticleFeatures.of(a, Instant.now()));
    }

    public Enrichment enrich(ArticleFeatures f) {
        String known = storyIndex.get(f.id());
        if (known != null) {
            DuplicateVerdict v = dedup.offer(f);
            return new Enrichment(f.id(), v.duplicateOf(), v.similarity(), known, List.of());
        }
        DuplicateVerdict v = dedup.offer(f);
        String story = stories.assign(f, v.isDuplicate() ? storyIndex.get(v.duplicateOf()) : null);
        storyIndex.put(f.id(), story);
        return new Enrichment(f.id(), v.duplicateOf(), v.similarity(), story, v.repointed());
    }

    /** Replays a stored decision; call in the order of the articles' times. */
    public void restore(Article a, String duplicateOf, Double similarity, String story) {
        restore(ArticleFeatures.of(a, Instant.EPOCH), duplicateOf, similarity, story);
    }

    public void restore(ArticleFeatures f, String duplicateOf, Double similarity, String story) {
        dedup.restore(f, duplicateOf, similarity);
        String s = story == null ? f.id() : story;
        stories.restore(f, s);
        storyIndex.put(f.id(), stories.story(s).map(Story::id).orElse(s));
    }

    /** The story an enriched or restored article belongs to, or null. */
    public String storyOf(String articleId) {
        return storyIndex.get(articleId);
    }

    public Optional<Story> story(String id) {
        return stories.story(id);
    }

    public List<Story> top(int n, Instant since) {
        return stories.top(n, since);
    }

    public List<RelatedStory> related(Article a, String ownStory, int n) {
        return stories.related(ArticleFeatures.of(a, Instant.now()), ownStory, n);
    }

    public NearDuplicateIndex duplicates() {
        return dedup;
    }

    public StoryClusterer clusterer() {
        return stories;
    }

    /** Approximate heap held by the in-memory state, in bytes. */
    public long memoryBytes() {
        return dedup.memoryBytes() + stories.memoryBytes() + storyIndex.size() * 120L;
    }
}
