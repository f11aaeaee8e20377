package org.marsad.enrich;

import java.io.IOException;
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
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;
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
    private final DedupRules dedupRules;
    private final StoryRules storyRules;
    private final NearDuplicateIndex dedup;
    private final StoryClusterer stories;
    /** Article id → story id; copies join the story of their original. */
    private final Map<String, String> storyIndex = new HashMap<>();

    public Enricher() {
        this(DedupRules.DEFAULT, StoryRules.DEFAULT);
    }

    public Enricher(DedupRules dedupRules, StoryRules storyRules) {
        this(dedupRules, storyRules, new NearDuplicateIndex(dedupRules), new StoryClusterer(storyRules));
    }

    /**
     * An enricher whose stories join through a learned gate (see {@link StoryClusterer#StoryClusterer(StoryRules,
     * org.marsad.enrich.story.JoinGate)}).
     *
     * @param gate the join gate, or null for the story rules alone
     */
    public Enricher(DedupRules dedupRules, StoryRules storyRules, org.marsad.enrich.story.JoinGate gate) {
        this(dedupRules, storyRules, new NearDuplicateIndex(dedupRules), new StoryClusterer(storyRules, gate));
    }

    private Enricher(DedupRules dedupRules, StoryRules storyRules, NearDuplicateIndex dedup, StoryClusterer stories) {
        this.dedupRules = dedupRules;
        this.storyRules = storyRules;
        this.dedup = dedup;
        this.stories = stories;
    }

    /**
     * What a state file written by {@link #writeTo} depends on besides its content: the rules and the version of
     * the features. A file with another stamp is stale (decisions would mix old and new features), not damaged.
     */
    public String stateStamp() {
        return "features " + ArticleFeatures.VERSION + "; " + dedupRules + "; " + storyRules;
    }

    /**
     * Writes the whole in-memory state (near-duplicate index, story clusterer, article → story), so that
     * {@link #readFrom} gives back an enricher that decides exactly as this one would, without the articles' text.
     */
    public void writeTo(StateOutput out) throws IOException {
        dedup.writeTo(out);
        stories.writeTo(out);
        // The same article ids as the near-duplicate index, in its order: each one's story, or null.
        int n = dedup.size();
        if (storyIndex.size() != n) {
            throw new IllegalStateException("story index holds " + storyIndex.size() + " articles, dedup " + n);
        }
        for (int i = 0; i < n; i++) {
            out.writeString(storyIndex.get(dedup.idAt(i)));
        }
    }

    /**
     * Reads an enricher written by {@link #writeTo} under the same rules (the caller checks {@link #stateStamp}).
     *
     * @throws CorruptStateException when the file contradicts itself
     */
    public static Enricher readFrom(StateInput in, DedupRules dedupRules, StoryRules storyRules) throws IOException {
        NearDuplicateIndex dedup = NearDuplicateIndex.readFrom(in, dedupRules);
        StoryClusterer stories = StoryClusterer.readFrom(in, storyRules);
        Enricher e = new Enricher(dedupRules, storyRules, dedup, stories);
        Map<String, String> storyIds = new HashMap<>();
        for (int i = 0; i < dedup.size(); i++) {
            String s = in.readString();
            if (s == null) {
                throw new CorruptStateException("article " + i + " has no story");
            }
            // One string per story, as when deciding (the clusterer hands out its story's id).
            e.storyIndex.put(dedup.idAt(i), storyIds.computeIfAbsent(s,
                    x -> stories.story(x).map(Story::id).orElse(x)));
        }
        return e;
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
