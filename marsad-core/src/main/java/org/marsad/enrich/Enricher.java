package org.marsad.enrich;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
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
    /**
     * Each article's story, by the article's ordinal in the near-duplicate index (which holds every article this
     * enricher knows) and the story's ordinal in the clusterer: copies join the story of their original. Four bytes
     * per article where a map from id to story id cost about forty.
     */
    private int[] storyOf = new int[64];

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
     * What a state file written by {@link #writeTo} depends on besides its content: the rules, the join gate (its
     * {@link org.marsad.enrich.story.JoinGate#fingerprint fingerprint}) and the version of the features. A file with
     * another stamp is stale (decisions would mix old and new features), not damaged. Without a gate the stamp is
     * the one versions before the gate wrote, so their files still load under the rules alone.
     */
    public String stateStamp() {
        String s = "features " + ArticleFeatures.VERSION + "; " + dedupRules + "; " + storyRules;
        org.marsad.enrich.story.JoinGate gate = stories.gate();
        return gate == null ? s : s + "; join gate " + gate.fingerprint();
    }

    /**
     * Writes the whole in-memory state (near-duplicate index, story clusterer, article → story), so that
     * {@link #readFrom} gives back an enricher that decides exactly as this one would, without the articles' text.
     */
    public void writeTo(StateOutput out) throws IOException {
        writeTo(out, StoryClusterer.LAYOUT);
    }

    /**
     * {@link #writeTo(StateOutput)} in the clusterer's {@code layout} (see {@link StoryClusterer#writeTo(StateOutput,
     * int)}): the previous one is written only by tests of the migration.
     */
    public void writeTo(StateOutput out, int layout) throws IOException {
        dedup.writeTo(out);
        stories.writeTo(out, layout);
        // Each article's story by ordinal (the clusterer keeps its stories' ordinals through the file), in the
        // near-duplicate index's order.
        out.writeInts(storyOf, 0, dedup.size());
    }

    /**
     * Reads an enricher written by {@link #writeTo} under the same rules (the caller checks {@link #stateStamp}).
     *
     * @throws CorruptStateException when the file contradicts itself
     */
    public static Enricher readFrom(StateInput in, DedupRules dedupRules, StoryRules storyRules) throws IOException {
        return readFrom(in, dedupRules, storyRules, StoryClusterer.LAYOUT);
    }

    /**
     * {@link #readFrom(StateInput, DedupRules, StoryRules)} of a state written in {@code layout}: today's
     * ({@link StoryClusterer#LAYOUT}) or the one before ({@link StoryClusterer#LAYOUT_STRINGS}), which the caller
     * rewrites in today's.
     *
     * @throws CorruptStateException when the file contradicts itself
     */
    public static Enricher readFrom(StateInput in, DedupRules dedupRules, StoryRules storyRules, int layout)
            throws IOException {
        return readFrom(in, dedupRules, storyRules, layout, null);
    }

    /**
     * {@link #readFrom(StateInput, DedupRules, StoryRules, int)} of an enricher whose stories join through
     * {@code gate} (the caller checks the stamp, which names it).
     *
     * @param gate the join gate, or null for the story rules alone
     * @throws CorruptStateException when the file contradicts itself
     */
    public static Enricher readFrom(StateInput in, DedupRules dedupRules, StoryRules storyRules, int layout,
                                    org.marsad.enrich.story.JoinGate gate) throws IOException {
        NearDuplicateIndex dedup = NearDuplicateIndex.readFrom(in, dedupRules);
        StoryClusterer stories = StoryClusterer.readFrom(in, storyRules, layout, gate);
        Enricher e = new Enricher(dedupRules, storyRules, dedup, stories);
        e.storyOf = new int[Math.max(64, dedup.size())];
        in.readInts(e.storyOf, 0, dedup.size());
        for (int i = 0; i < dedup.size(); i++) {
            if (e.storyOf[i] < 0 || e.storyOf[i] >= stories.size()) {
                throw new CorruptStateException("article " + i + " names a story the file does not hold");
            }
        }
        return e;
    }

    /** Decides duplicate and story for a new article (its id set); the time defaults to now when unknown. */
    public Enrichment enrich(Article a) {
        return enrich(ArticleFeatures.of(a, Instant.now()));
    }

    public Enrichment enrich(ArticleFeatures f) {
        String known = storyOf(f.id());
        if (known != null) {
            long cpu = IngestCpu.start();
            DuplicateVerdict v = dedup.offer(f);
            IngestCpu.lap(IngestCpu.Stage.DEDUP, cpu);
            return new Enrichment(f.id(), v.duplicateOf(), v.similarity(), known, List.of());
        }
        long cpu = IngestCpu.start();
        DuplicateVerdict v = dedup.offer(f);
        cpu = IngestCpu.lap(IngestCpu.Stage.DEDUP, cpu);
        String story = stories.assign(f, v.isDuplicate() ? storyOf(v.duplicateOf()) : null);
        setStory(f.id(), story);
        IngestCpu.lap(IngestCpu.Stage.CLUSTERING, cpu);
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
        setStory(f.id(), s);
    }

    // The article is in the near-duplicate index (just offered or restored) and the story in the clusterer.
    private void setStory(String articleId, String story) {
        int a = dedup.ordinalOf(articleId);
        int s = stories.ordinalOf(story);
        if (a < 0 || s < 0) {
            throw new IllegalStateException("article " + articleId + " or story " + story + " is not known");
        }
        if (a >= storyOf.length) {
            storyOf = java.util.Arrays.copyOf(storyOf, Math.max(a + 1, storyOf.length * 2));
        }
        storyOf[a] = s;
    }

    /** The story an enriched or restored article belongs to, or null. */
    public String storyOf(String articleId) {
        int a = dedup.ordinalOf(articleId);
        return a < 0 ? null : stories.idAt(storyOf[a]);
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

    /**
     * Bytes of the state that stay in the state file it was read from (mapped: the operating system reads them as
     * candidates are checked and may drop them again), not on the heap.
     */
    public long mappedBytes() {
        return dedup.mappedBytes() + stories.mappedBytes();
    }

    /** Approximate heap held by the in-memory state, in bytes. */
    public long memoryBytes() {
        return dedup.memoryBytes() + stories.memoryBytes() + storyOf.length * 4L;
    }
}
