package org.marsad.enrich.story;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.arabic.Previews;
import org.marsad.arabic.Statements;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;

/**
 * Incremental story clustering. An article is turned into a short weighted term vector (stems weighted by
 * sublinear frequency × inverse document frequency, headline words boosted; figures are terms too, so shared
 * numbers count as evidence and rare names weigh most). It joins the most similar story that had news within
 * the time window, if the cosine similarity reaches the threshold; otherwise it starts a story of its own,
 * whose id is the article's id and stays so.
 *
 * <p>Stories are looked up through an inverted index from terms to the stories that contain them, newest first,
 * so adding an article costs the same however large the archive. {@link #restore} re-adds stored assignments
 * without deciding again. Not thread-safe.
 */
public final class StoryClusterer {
    /** Heaviest first; equal weights in term order, so that runs agree. */
    private static final Comparator<Map.Entry<Integer, Float>> STRONGEST_FIRST =
            Comparator.comparing((Map.Entry<Integer, Float> e) -> e.getValue()).reversed()
                    .thenComparing(Map.Entry::getKey);
    private final StoryRules rules;
    private final long window;
    private final long span;
    private final long genericSpan;
    private final Map<String, Integer> termIds = new HashMap<>();
    private int[] df = new int[1024];
    /** Per term: the last day (epoch days) it appeared, and a mask of the days it appeared (bit k: k days before). */
    private int[] termDay = new int[1024];
    private int[] dayMask = new int[1024];
    private final java.util.BitSet tellingFigure = new java.util.BitSet();
    /** Telling figures kept per article and per story. */
    static final int MAX_FIGURES = 16;
    /**
     * Below this many articles document frequencies say little: no term is too common to count, and no headline word
     * is rare enough to be a key term, so the key-term test is skipped.
     */
    static final int YOUNG = 200;
    private int docs;
    /** Entities ("PER|17") and tolls ("KILLED|48") by a compact id; how many articles named each entity. */
    private final Map<String, Integer> evidenceIds = new HashMap<>();
    private int[] entityDocs = new int[256];
    private final java.util.BitSet places = new java.util.BitSet();
    private final long evidenceWindow;
    private final long waiverWindow;
    private final Map<Integer, IntList> postings = new HashMap<>();
    private final Map<String, Integer> storyIds = new HashMap<>();
    private final List<Cluster> stories = new ArrayList<>();
    private final Map<String, String> outletNames = new HashMap<>();
    private int[] seen = new int[64];
    private int stamp;
    /** The learned join gate that decides joins in place of the similarity rules, or null for the rules alone. */
    private final JoinGate gate;

    public StoryClusterer(StoryRules rules) {
        this(rules, null);
    }

    /**
     * A clusterer that decides joins with a learned gate: the time window and the preview rule still refuse first;
     * then an article joins the candidate story the gate scores highest, if it reaches the gate's threshold.
     *
     * @param gate the gate, or null for the rules alone
     */
    public StoryClusterer(StoryRules rules, JoinGate gate) {
        this.rules = rules;
        this.gate = gate;
        this.window = rules.window().getSeconds();
        this.span = rules.span().getSeconds();
        this.genericSpan = rules.genericSpan().getSeconds();
        this.evidenceWindow = rules.evidenceWindow().getSeconds();
        this.waiverWindow = rules.waiverWindow().getSeconds();
    }

    /** Number of stories. */
    public int size() {
        return stories.size();
    }

    /**
     * Assigns an article to a story and returns the story id.
     *
     * @param f             the article
     * @param originalStory the story of the original when the article is a known copy (it then joins that story
     *                      unconditionally), else null
     */
    public String assign(ArticleFeatures f, String originalStory) {
        Vec v = vector(f);
        Integer target = originalStory == null ? null : storyIds.get(originalStory);
        if (target == null) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            int[] key = keyTerms(f);
            for (int s : candidates(v, true)) {
                Cluster c = stories.get(s);
                double score;
                if (gate != null) {
                    if (hardRefusal(c, f) != null || gate.mode() == JoinGate.Mode.DECIDE && !gateMayJoin(c, v)) {
                        continue;
                    }
                    double[] x = features(c, v, f, key);
                    if (gate.mode() == JoinGate.Mode.VETO && x[RULES_PASS] == 0) {
                        continue;
                    }
                    score = gate.probability(x);
                    if (score < gate.threshold()) {
                        continue;
                    }
                } else {
                    if (refusal(c, v, f, key) != null) {
                        continue;
                    }
                    score = c.cosine(v);
                }
                if (score >= bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            target = best < 0 ? null : best;
        }
        if (target == null) {
            return create(f.id(), f, v);
        }
        join(target, f, v);
        return stories.get(target).id;
    }

    /** The test an article fails to join a story, or null when it passes them all. */
    private Refusal refusal(Cluster c, Vec v, ArticleFeatures f, int[] key) {
        Refusal hard = hardRefusal(c, f);
        if (hard != null) {
            return hard;
        }
        if (statementApart(c, f)) {
            return Refusal.STATEMENT;
        }
        if (interceptionApart(c, f)) {
            return Refusal.RECURRING;
        }
        Refusal r = similarity(c, v, f, key);
        if (r != null && c.cosine(v) >= rules.evidenceThreshold() && c.averageLink(v) >= rules.evidenceCohesion()
                && evidence(c, f) != null) {
            return null;
        }
        if (r != null && headlineEvidence(c, v, f, key)) {
            return null;
        }
        return r;
    }

    /**
     * True when the article is a statement (a headline of what someone said) and the story is one of statements
     * begun more than the statement gap before it (or after it), and they do not both name a deed: another
     * occasion's statement in a running dispute, not a rewrite of the story's own.
     */
    private boolean statementApart(Cluster c, ArticleFeatures f) {
        long gap = rules.statementGap().getSeconds();
        return gap > 0 && c.statements() && Math.abs(f.time() - c.first) > gap && Statements.isStatement(f.title())
                && !(c.deeds() && Statements.namesHappening(f.title()));
    }

    /**
     * True when the article reports a missile interception and the story is one of interceptions begun more than the
     * recurring gap before it (or after it): another day's missile, not a rewrite of the story's own.
     */
    private boolean interceptionApart(Cluster c, ArticleFeatures f) {
        long gap = rules.recurringGap().getSeconds();
        return gap > 0 && c.interceptions() && Math.abs(f.time() - c.first) > gap
                && Statements.reportsInterception(f.title());
    }

    /** Index of the rules' own decision among the join features. */
    private static final int RULES_PASS = JoinGate.FEATURES.indexOf("rules_pass");

    /** True when a story is close enough for the gate to weigh it: at or above the gate's similarity floor. */
    private boolean gateMayJoin(Cluster c, Vec v) {
        return c.cosine(v) >= gate.floorCosine() && c.averageLink(v) >= gate.floorLink();
    }

    /**
     * True when the article is within a story's time window and of its kind (preview or happening): what a learned
     * gate is asked about once the story also reaches its similarity floor.
     */
    public boolean mayJoin(ArticleFeatures f, String storyId) {
        Integer s = storyIds.get(storyId);
        return s != null && hardRefusal(stories.get(s), f) == null;
    }

    /** The tests a learned gate does not replace: the time window and span, and previews apart. */
    private Refusal hardRefusal(Cluster c, ArticleFeatures f) {
        long time = f.time();
        if (time < c.first - window || time > c.last + window || time > c.first + span || time < c.last - span) {
            return Refusal.TIME;
        }
        if (rules.previewsApart() && Previews.announcesAhead(f.title()) != c.previews()) {
            return Refusal.PREVIEW;
        }
        return null;
    }

    /**
     * The article's features against a story, in {@link JoinGate#FEATURES} order: what the rules' tests look at, as
     * numbers, so that a learned gate can weigh them.
     */
    private double[] features(Cluster c, Vec v, ArticleFeatures f, int[] key) {
        double[] x = new double[JoinGate.FEATURES.size()];
        double dot = c.dot(v);
        x[0] = c.cosine(v);
        x[1] = c.averageLink(v);
        x[2] = c.figureBonus(v) / Cluster.FIGURE_BONUS;
        x[3] = dot <= 0 ? 0 : c.dot(v, true) / dot;
        int keys = 0;
        for (int k : key) {
            if (Arrays.binarySearch(c.headline, k) >= 0) {
                keys++;
            }
        }
        x[4] = keys > 0 ? 1 : 0;
        x[5] = Math.min(3, keys);
        for (String t : f.tolls()) {
            Integer id = evidenceIds.get(t);
            if (id != null && Arrays.binarySearch(c.tolls, id) >= 0) {
                x[6] = 1;
            }
        }
        int persons = 0;
        int placeCount = 0;
        int orgs = 0;
        int core = 0;
        boolean telling = false;
        for (String e : f.entities()) {
            Integer id = evidenceIds.get(e);
            if (id == null || !c.names(id)) {
                continue;
            }
            if (e.startsWith("PER|")) {
                persons++;
            } else if (e.startsWith("LOC|")) {
                placeCount++;
            } else if (e.startsWith("ORG|")) {
                orgs++;
            }
            if (c.core(id)) {
                core++;
                if (!places.get(id) && entityDocs[id] <= Math.max(rules.evidenceShare(), 0.00625) * docs) {
                    telling = true;
                }
            }
        }
        x[7] = Math.min(3, persons);
        x[8] = Math.min(3, placeCount);
        x[9] = Math.min(3, orgs);
        x[10] = Math.min(3, core);
        x[11] = telling ? 1 : 0;
        x[12] = evidence(c, f) != null ? 1 : 0;
        x[13] = Math.min(3, Math.abs(f.time() - c.first) / 86_400.0);
        x[14] = Math.min(3, Math.abs(f.time() - c.last) / 86_400.0);
        x[15] = Math.log(c.count);
        x[16] = f.source() != null && Arrays.asList(c.outlets).contains(f.source().strip()) ? 1 : 0;
        long day = Math.floorDiv(f.time(), 86_400L);
        x[17] = day >= Math.floorDiv(c.first, 86_400L) && day <= Math.floorDiv(c.last, 86_400L) ? 1 : 0;
        // The rules' own decision, every test included (the statement rule too), so the gate can lean on it.
        x[18] = refusal(c, v, f, key) == null ? 1 : 0;
        x[19] = statementApart(c, f) ? 1 : 0;
        return x;
    }

    /**
     * The article's join features against a story now (see {@link JoinGate#FEATURES}), without counting or assigning
     * it, or empty when there is no such story: what a gate is trained on.
     */
    public Optional<double[]> features(ArticleFeatures f, String storyId) {
        Integer s = storyIds.get(storyId);
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(features(stories.get(s), vectorWithoutCounting(f), f, keyTerms(f)));
    }

    /** The similarity tests: centroid, average link, running subject, key term. */
    private Refusal similarity(Cluster c, Vec v, ArticleFeatures f, int[] key) {
        long time = f.time();
        double score = c.cosine(v);
        if (score < rules.threshold()) {
            return Refusal.SIMILARITY;
        }
        if (c.averageLink(v) < rules.cohesion()) {
            return Refusal.COHESION;
        }
        if (rules.genericDays() > 0 && Math.abs(time - c.first) > genericSpan && score < rules.subjectCosine()
                && c.dot(v, true) >= rules.genericShare() * c.dot(v) && waiver(c, f, score) == null) {
            return Refusal.RUNNING_SUBJECT;
        }
        if (rules.keyTermIdf() > 0 && docs >= YOUNG && score < rules.withoutKeyTerm() && !c.sharesHeadline(key)) {
            return Refusal.KEY_TERM;
        }
        return null;
    }

    /**
     * The event evidence an article shares with a story, or null: a killed or injured count it reports too, or a
     * telling actor (a person or organisation the archive rarely names) together with a place, within the evidence
     * window of the story's latest article. Two outlets naming the same rare actor at the same place on the same day
     * are most likely reporting one happening, however differently they word it.
     */
    private String evidence(Cluster c, ArticleFeatures f) {
        if (rules.evidenceShare() <= 0 || docs < YOUNG || Math.abs(f.time() - c.first) > evidenceWindow) {
            return null;
        }
        for (String t : f.tolls()) {
            Integer id = evidenceIds.get(t);
            if (id != null && Arrays.binarySearch(c.tolls, id) >= 0) {
                return t;
            }
        }
        String actor = null;
        String place = null;
        boolean sameDay = !rules.evidenceSameDay() || onStoryDays(c, f);
        for (String e : f.entities()) {
            Integer id = evidenceIds.get(e);
            if (id == null || !c.core(id)) {
                continue;
            }
            if (places.get(id)) {
                place = place == null ? e : place;
            } else if (actor == null && entityDocs[id] <= rules.evidenceShare() * docs) {
                actor = e;
            }
        }
        return actor != null && place != null && sameDay ? actor + " " + place : null;
    }

    /** True when the article falls on a day (UTC) from the story's first to its latest. */
    private static boolean onStoryDays(Cluster c, ArticleFeatures f) {
        long day = Math.floorDiv(f.time(), 86_400L);
        return day >= Math.floorDiv(c.first, 86_400L) && day <= Math.floorDiv(c.last, 86_400L);
    }

    /**
     * True when the article's headline shares enough rare words with the story's headlines, within the headline
     * window of both the story's start and its latest article (and, under the same-day cap, on a day the story
     * already reports), and the article is at least somewhat similar to the story (centroid and average link at the
     * headline threshold): rewrites of one happening often differ in body wording but name the same rare people and
     * places in their headlines. Measured from the start too because a story that has run for days names its
     * people in every headline: the next step of its process would otherwise pass as a rewrite.
     */
    private boolean headlineEvidence(Cluster c, Vec v, ArticleFeatures f, int[] key) {
        long window = rules.headlineWindow().getSeconds();
        if (rules.headlineKeys() <= 0 || key.length < rules.headlineKeys()
                || Math.abs(f.time() - c.last) > window || Math.abs(f.time() - c.first) > window
                || rules.evidenceSameDay() && !onStoryDays(c, f)) {
            return false;
        }
        int shared = 0;
        for (int k : key) {
            if (Arrays.binarySearch(c.headline, k) >= 0) {
                shared++;
            }
        }
        return shared >= rules.headlineKeys() && c.cosine(v) >= rules.headlineThreshold()
                && c.averageLink(v) >= rules.headlineThreshold();
    }

    /**
     * The entity that spares an article the running-subject test, or null: one of the story's own entities while the
     * story is young (the waiver window from its start), or, when the article is close to the story (the waiver
     * cosine), a telling entity the story names. A running subject's words are common; its events still name who
     * and where.
     */
    private String waiver(Cluster c, ArticleFeatures f, double score) {
        if (waiverWindow <= 0 || docs < YOUNG) {
            return null;
        }
        boolean young = Math.abs(f.time() - c.first) <= waiverWindow;
        boolean close = score >= rules.waiverCosine();
        for (String e : f.entities()) {
            Integer id = evidenceIds.get(e);
            if (id == null) {
                continue;
            }
            if (young && c.core(id)) {
                return e;
            }
            if (close && c.names(id) && entityDocs[id] <= rules.evidenceShare() * docs) {
                return e;
            }
        }
        return null;
    }

    private int evidenceId(String key) {
        int id = evidenceIds.computeIfAbsent(key, k -> evidenceIds.size());
        if (id >= entityDocs.length) {
            entityDocs = Arrays.copyOf(entityDocs, entityDocs.length * 2);
        }
        if (key.startsWith("LOC|")) {
            places.set(id);
        }
        return id;
    }

    /** Ids of known evidence keys, sorted (keys never counted are left out). */
    private int[] evidenceIds(List<String> keys) {
        return keys.stream().map(evidenceIds::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .sorted().distinct().toArray();
    }

    /** Why an article would not join a story: the first of the rules' tests it fails. */
    public enum Refusal {
        /** Outside the story's window or span. */
        TIME,
        /** A preview of a happening to come and a story of happenings, or the other way round. */
        PREVIEW,
        /** A statement made more than the statement gap from the start of a story of statements. */
        STATEMENT,
        /** A missile interception reported more than the recurring gap from the start of a story of them. */
        RECURRING,
        /** Below the centroid similarity. */
        SIMILARITY,
        /** Below the average link to the members. */
        COHESION,
        /** Shares mostly a running subject's words with a story begun too long before. */
        RUNNING_SUBJECT,
        /** No rare headline word shared, and not similar enough without one. */
        KEY_TERM
    }

    /**
     * How an article stands against a story now, without counting or assigning it (for diagnosis): the test it
     * fails (null when it passes them all), its centroid similarity and its average link.
     */
    public record Standing(Refusal refusal, double cosine, double averageLink) {
    }

    /** The article's standing against the story, or empty when there is no such story. */
    public Optional<Standing> standing(ArticleFeatures f, String storyId) {
        Integer s = storyIds.get(storyId);
        if (s == null) {
            return Optional.empty();
        }
        Vec v = vectorWithoutCounting(f);
        Cluster c = stories.get(s);
        return Optional.of(new Standing(refusal(c, v, f, keyTerms(f)), c.cosine(v), c.averageLink(v)));
    }

    /** Re-adds an article with its stored story id (on open, from the store, in the order of the articles' times). */
    public void restore(ArticleFeatures f, String storyId) {
        Vec v = vector(f);
        Integer s = storyIds.get(storyId);
        if (s == null) {
            create(storyId, f, v);
        } else {
            join(s, f, v);
        }
    }

    /** The ordinal of a story (0 for the first one made, …), or -1 when there is no such story. */
    public int ordinalOf(String storyId) {
        Integer s = storyIds.get(storyId);
        return s == null ? -1 : s;
    }

    /** The id of the story of an ordinal (see {@link #ordinalOf}). */
    public String idAt(int ordinal) {
        return stories.get(ordinal).id;
    }

    public Optional<Story> story(String id) {
        Integer s = storyIds.get(id);
        return s == null ? Optional.empty() : Optional.of(stories.get(s).snapshot());
    }

    /**
     * The stories with the most outlets (then articles) among those seen since the given time, most carried first.
     */
    public List<Story> top(int n, Instant since) {
        long t = since.getEpochSecond();
        return stories.stream().filter(c -> c.last >= t)
                .sorted(Comparator.comparingInt((Cluster c) -> c.outlets.length).reversed()
                        .thenComparing(Comparator.comparingInt((Cluster c) -> c.count).reversed())
                        .thenComparing(Comparator.comparingLong((Cluster c) -> c.last).reversed()))
                .limit(n).map(Cluster::snapshot).toList();
    }

    /** All stories, in order of creation. */
    public List<Story> all() {
        return stories.stream().map(Cluster::snapshot).toList();
    }

    /**
     * The articles of other stories that read most like this one: the best matches by similarity, then the most
     * recent first.
     */
    public List<RelatedStory> related(ArticleFeatures f, String ownStory, int n) {
        Vec v = vectorWithoutCounting(f);
        Integer own = ownStory == null ? null : storyIds.get(ownStory);
        List<double[]> scored = new ArrayList<>();
        for (int s : candidates(v, false)) {
            if (own != null && s == own) {
                continue;
            }
            double score = stories.get(s).cosine(v);
            if (score >= 0.12) {
                scored.add(new double[] {s, score});
            }
        }
        scored.sort((a, b) -> Double.compare(b[1], a[1]));
        return scored.stream().limit(3L * n)
                .sorted(Comparator.comparingLong((double[] x) -> stories.get((int) x[0]).last).reversed())
                .limit(n)
                .map(x -> {
                    Cluster c = stories.get((int) x[0]);
                    return new RelatedStory(c.id, c.leadId, c.title, x[1], Instant.ofEpochSecond(c.last));
                }).toList();
    }

    /** Approximate heap held by the clusterer, in bytes. */
    public long memoryBytes() {
        long b = df.length * 4L + termIds.size() * 100L + entityDocs.length * 4L + evidenceIds.size() * 80L;
        for (IntList l : postings.values()) {
            b += 32 + l.items.length * 4L;
        }
        for (Cluster c : stories) {
            b += 120 + c.terms.length * 8L + c.figures.length * 4L + c.id.length() * 2L + 8L * c.outlets.length
                    + 4L * (2 * c.entities.length + c.tolls.length);
        }
        return b;
    }

    /**
     * Writes the whole clusterer (term dictionary, document frequencies and days, evidence counts, postings and
     * every story's summed vector) so that {@link #readFrom} gives back one that decides exactly as this one would.
     */
    public void writeTo(StateOutput out) throws IOException {
        out.writeInt(docs);
        writeDictionary(out, termIds);
        int terms = termIds.size();
        out.writeInts(df, 0, terms);
        out.writeInts(termDay, 0, terms);
        out.writeInts(dayMask, 0, terms);
        out.writeInts(tellingFigure.stream().toArray());
        writeDictionary(out, evidenceIds);
        out.writeInts(entityDocs, 0, evidenceIds.size());
        out.writeInts(places.stream().toArray());
        out.writeInt(postings.size());
        for (Map.Entry<Integer, IntList> p : postings.entrySet()) {
            out.writeInt(p.getKey());
            out.writeInt(p.getValue().size);
            out.writeInts(p.getValue().items, 0, p.getValue().size);
        }
        out.writeInt(stories.size());
        for (Cluster c : stories) {
            out.writeString(c.id);
            out.writeInts(c.headline);
            out.writeInts(c.entities);
            out.writeInts(c.entityCounts);
            out.writeInts(c.tolls);
            out.writeInts(c.terms);
            out.writeFloats(c.weights);
            out.writeInts(c.figures);
            out.writeDouble(c.norm);
            out.writeInt(c.count);
            out.writeInt(c.previewCount);
            out.writeInt(c.statementCount);
            out.writeInt(c.interceptionCount);
            out.writeInt(c.deedCount);
            out.writeLong(c.first);
            out.writeLong(c.last);
            out.writeInt(c.outlets.length);
            for (String o : c.outlets) {
                out.writeString(o);
            }
            out.writeString(c.title);
            out.writeString(c.leadId);
            out.writeDouble(c.titleFit);
        }
    }

    /**
     * Reads a clusterer written by {@link #writeTo}; the rules are the caller's (they are not part of the file).
     *
     * @throws CorruptStateException when the file contradicts itself
     */
    public static StoryClusterer readFrom(StateInput in, StoryRules rules) throws IOException {
        StoryClusterer x = new StoryClusterer(rules);
        x.docs = in.readInt();
        int terms = readDictionary(in, x.termIds);
        int cap = Math.max(1024, terms);
        x.df = new int[cap];
        x.termDay = new int[cap];
        x.dayMask = new int[cap];
        in.readInts(x.df, 0, terms);
        in.readInts(x.termDay, 0, terms);
        in.readInts(x.dayMask, 0, terms);
        for (int t : in.readInts()) {
            x.tellingFigure.set(t);
        }
        int evidence = readDictionary(in, x.evidenceIds);
        x.entityDocs = new int[Math.max(256, evidence)];
        in.readInts(x.entityDocs, 0, evidence);
        for (int p : in.readInts()) {
            x.places.set(p);
        }
        int postings = in.readCount();
        for (int i = 0; i < postings; i++) {
            int term = in.readInt();
            IntList l = new IntList();
            l.size = in.readLength();
            l.items = new int[Math.max(4, l.size)];
            in.readInts(l.items, 0, l.size);
            x.postings.put(term, l);
        }
        int stories = in.readCount();
        for (int i = 0; i < stories; i++) {
            String id = in.readString();
            if (id == null) {
                throw new CorruptStateException("story " + i + " has no id");
            }
            Cluster c = new Cluster(id, 0);
            c.headline = in.readInts();
            c.entities = in.readInts();
            c.entityCounts = in.readInts();
            c.tolls = in.readInts();
            c.terms = in.readInts();
            c.weights = in.readFloats();
            c.figures = in.readInts();
            c.norm = in.readDouble();
            c.count = in.readInt();
            c.previewCount = in.readInt();
            if (c.previewCount < 0 || c.previewCount > c.count) {
                throw new CorruptStateException("story " + id + " has " + c.previewCount + " previews of " + c.count);
            }
            c.statementCount = in.readInt();
            c.interceptionCount = in.readInt();
            if (c.interceptionCount < 0 || c.interceptionCount > c.count) {
                throw new CorruptStateException("story " + id + " has " + c.interceptionCount + " interceptions of "
                        + c.count);
            }
            c.deedCount = in.readInt();
            if (c.statementCount < 0 || c.statementCount > c.count || c.deedCount < 0 || c.deedCount > c.count) {
                throw new CorruptStateException("story " + id + " has " + c.statementCount + " statements and "
                        + c.deedCount + " deeds of " + c.count);
            }
            c.first = in.readLong();
            c.last = in.readLong();
            c.outlets = new String[in.readCount()];
            for (int o = 0; o < c.outlets.length; o++) {
                String name = in.readString();
                if (name == null) {
                    throw new CorruptStateException("story " + id + " has a null outlet");
                }
                c.outlets[o] = x.outletNames.computeIfAbsent(name, n -> n);
            }
            c.title = in.readString();
            c.leadId = in.readString();
            c.titleFit = in.readDouble();
            if (c.weights.length != c.terms.length || c.entityCounts.length != c.entities.length) {
                throw new CorruptStateException("story " + id + " does not add up");
            }
            x.storyIds.put(id, x.stories.size());
            x.stories.add(c);
        }
        x.seen = new int[Math.max(64, stories)];
        return x;
    }

    // A dense dictionary (ids 0..n-1 given in order of first use) as its keys by id.
    private static void writeDictionary(StateOutput out, Map<String, Integer> ids) throws IOException {
        String[] byId = new String[ids.size()];
        ids.forEach((k, v) -> byId[v] = k);
        out.writeInt(byId.length);
        for (String k : byId) {
            out.writeString(k);
        }
    }

    private static int readDictionary(StateInput in, Map<String, Integer> ids) throws IOException {
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            String k = in.readString();
            if (k == null || ids.put(k, i) != null) {
                throw new CorruptStateException("bad dictionary entry " + i);
            }
        }
        return n;
    }

    private String create(String id, ArticleFeatures f, Vec v) {
        Cluster c = new Cluster(id, f.time());
        int s = stories.size();
        stories.add(c);
        storyIds.put(id, s);
        join(s, f, v);
        return id;
    }

    private void join(int s, ArticleFeatures f, Vec v) {
        Cluster c = stories.get(s);
        int[] before = c.terms;
        c.add(v, rules.storyTerms());
        for (int t : c.terms) {
            if (Arrays.binarySearch(before, t) < 0) {
                postings.computeIfAbsent(t, x -> new IntList()).add(s);
            }
        }
        c.count++;
        if (Previews.announcesAhead(f.title())) {
            c.previewCount++;
        }
        if (Statements.isStatement(f.title())) {
            c.statementCount++;
        }
        if (Statements.reportsInterception(f.title())) {
            c.interceptionCount++;
        }
        if (Statements.namesHappening(f.title())) {
            c.deedCount++;
        }
        c.addHeadline(headlineIds(f));
        c.addEvidence(evidenceIds(f.entities()), evidenceIds(f.tolls()));
        c.first = Math.min(c.first, f.time());
        c.last = Math.max(c.last, f.time());
        if (f.source() != null && !f.source().isBlank()) {
            String o = outletNames.computeIfAbsent(f.source().strip(), x -> x);
            if (!Arrays.asList(c.outlets).contains(o)) {
                c.outlets = Arrays.copyOf(c.outlets, c.outlets.length + 1);
                c.outlets[c.outlets.length - 1] = o;
            }
        }
        if (f.title() != null && !f.title().isBlank()) {
            double fit = c.cosine(v);
            if (c.title == null || fit > c.titleFit) {
                c.title = f.title();
                c.leadId = f.id();
                c.titleFit = fit;
            }
        }
        if (c.leadId == null) {
            c.leadId = f.id();
        }
    }

    /** Ids of the article's headline words, sorted (words never counted are left out). */
    private int[] headlineIds(ArticleFeatures f) {
        return f.headline().stream().map(termIds::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .sorted().distinct().toArray();
    }

    /** Ids of the article's rare headline words: those whose inverse document frequency reaches the key-term bar. */
    private int[] keyTerms(ArticleFeatures f) {
        if (rules.keyTermIdf() <= 0 || docs < YOUNG) {
            return new int[0];
        }
        return Arrays.stream(headlineIds(f)).filter(id -> idf(id) >= rules.keyTermIdf()).toArray();
    }

    private void markDay(int id, long epochDay) {
        int day = (int) epochDay;
        if (dayMask[id] == 0) {
            termDay[id] = day;
            dayMask[id] = 1;
        } else if (day > termDay[id]) {
            int shift = day - termDay[id];
            dayMask[id] = (shift >= 32 ? 0 : dayMask[id] << shift) | 1;
            termDay[id] = day;
        } else if (termDay[id] - day < 32) {
            dayMask[id] |= 1 << (termDay[id] - day);
        }
    }

    /** True when the term appeared on at least {@code genericDays} of the seven days before the given day. */
    private boolean generic(int id, long epochDay) {
        if (rules.genericDays() <= 0 || dayMask[id] == 0) {
            return false;
        }
        int n = 0;
        for (int k = 1; k <= 7; k++) {
            long bit = termDay[id] - (epochDay - k);
            if (bit >= 0 && bit < 32 && (dayMask[id] & (1 << bit)) != 0) {
                n++;
            }
        }
        return n >= rules.genericDays();
    }

    private double idf(int id) {
        // Twenty virtual documents keep a young archive from over-rewarding words seen once.
        return Math.log(1 + (Math.max(1, docs) + 20.0) / Math.max(1, df[id]));
    }

    private int[] candidates(Vec v, boolean recentOnly) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        if (seen.length < stories.size()) {
            seen = Arrays.copyOf(seen, Math.max(stories.size(), seen.length * 2));
        }
        int[] out = new int[32];
        int n = 0;
        int probes = Math.min(rules.probeTerms(), v.terms.length);
        for (int i = 0; i < probes; i++) {
            IntList l = postings.get(v.terms[i]);
            if (l == null) {
                continue;
            }
            int from = Math.max(0, l.size - rules.maxPostings());
            for (int j = l.size - 1; j >= from; j--) {
                int s = l.items[j];
                if (seen[s] != stamp) {
                    seen[s] = stamp;
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = s;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Counts the article's terms into the document frequencies, then weighs them. */
    private Vec vector(ArticleFeatures f) {
        docs++;
        for (String e : f.entities()) {
            // The id first: taking it may grow the array, and an indexed expression reads the array before its index.
            int id = evidenceId(e);
            entityDocs[id]++;
        }
        for (String t : f.tolls()) {
            evidenceId(t);
        }
        for (String t : f.terms().keySet()) {
            int id = termIds.computeIfAbsent(t, x -> termIds.size());
            if (id >= df.length) {
                df = Arrays.copyOf(df, df.length * 2);
                termDay = Arrays.copyOf(termDay, df.length);
                dayMask = Arrays.copyOf(dayMask, df.length);
            }
            if (isTellingFigure(t)) {
                tellingFigure.set(id);
            }
            df[id]++;
            markDay(id, Math.floorDiv(f.time(), 86400L));
        }
        return weigh(f);
    }

    private Vec vectorWithoutCounting(ArticleFeatures f) {
        return weigh(f);
    }

    /** Weights: raw × idf; very common terms dropped; the strongest kept, unit length, strongest first. */
    private Vec weigh(ArticleFeatures f) {
        List<Map.Entry<Integer, Float>> ws = new ArrayList<>();
        for (Map.Entry<String, Float> e : f.terms().entrySet()) {
            Integer id = termIds.get(e.getKey());
            if (id == null) {
                continue;
            }
            int d = Math.max(1, df[id]);
            if (docs >= YOUNG && d > 0.2 * docs) {
                continue;
            }
            ws.add(Map.entry(id, (float) (e.getValue() * idf(id))));
        }
        ws.sort(STRONGEST_FIRST);
        int m = Math.min(rules.articleTerms(), ws.size());
        int[] terms = new int[m];
        float[] weights = new float[m];
        double norm = 0;
        for (int i = 0; i < m; i++) {
            terms[i] = ws.get(i).getKey();
            weights[i] = ws.get(i).getValue();
            norm += weights[i] * weights[i];
        }
        int[] figures = ws.stream().mapToInt(Map.Entry::getKey).filter(tellingFigure::get).limit(MAX_FIGURES)
                .toArray();
        norm = Math.sqrt(norm);
        for (int i = 0; i < m; i++) {
            weights[i] /= (float) Math.max(norm, 1e-9);
        }
        long day = Math.floorDiv(f.time(), 86400L);
        boolean[] generic = new boolean[m];
        for (int i = 0; i < m; i++) {
            generic[i] = generic(terms[i], day);
        }
        return Vec.of(terms, weights, figures, generic);
    }

    /**
     * A figure that identifies an event: a toll, a magnitude, a sum ("48", "6.2") rather than a small count or a
     * year, which many unrelated articles share.
     */
    static boolean isTellingFigure(String term) {
        if (term.isEmpty() || term.charAt(0) < '0' || term.charAt(0) > '9') {
            return false;
        }
        if (term.indexOf('.') >= 0) {
            return true;
        }
        if (term.length() == 4 && (term.startsWith("19") || term.startsWith("20"))) {
            return false;
        }
        return term.length() >= 2;
    }

    /**
     * An article's vector, unit length: {@code terms}/{@code weights} strongest first (for probing), and the same
     * sorted by term id (for merge-joins with stories).
     */
    private record Vec(int[] terms, float[] weights, int[] figures, int[] ids, float[] byId, boolean[] genericById) {
        static Vec of(int[] terms, float[] weights, int[] figures, boolean[] generic) {
            Integer[] order = new Integer[terms.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> terms[i]));
            int[] ids = new int[terms.length];
            float[] byId = new float[terms.length];
            boolean[] genericById = new boolean[terms.length];
            for (int i = 0; i < order.length; i++) {
                ids[i] = terms[order[i]];
                byId[i] = weights[order[i]];
                genericById[i] = generic[order[i]];
            }
            return new Vec(terms, weights, figures, ids, byId, genericById);
        }
    }

    /** A story being built: the sum of its members' vectors, kept to its strongest terms, sorted by term id. */
    private static final class Cluster {
        static final double FIGURE_BONUS = 0.05;
        /** Headline words kept per story. */
        static final int MAX_HEADLINE = 64;
        final String id;
        /** Entities and tolls of the members, at most {@link #MAX_EVIDENCE} of each (the first ones: the event's). */
        static final int MAX_EVIDENCE = 48;
        int[] headline = new int[0];
        int[] entities = new int[0];
        int[] entityCounts = new int[0];
        int[] tolls = new int[0];
        int[] terms = new int[0];
        float[] weights = new float[0];
        int[] figures = new int[0];
        double norm;
        int count;
        /** Members whose headline announces a happening to come. */
        int previewCount;
        /** Members whose headline is a statement ({@link Statements#isStatement}). */
        int statementCount;
        /** Members whose headline reports a missile interception ({@link Statements#reportsInterception}). */
        int interceptionCount;
        /** Members whose headline names a deed ({@link Statements#namesHappening}). */
        int deedCount;
        long first;
        long last;
        String[] outlets = new String[0];
        String title;
        String leadId;
        double titleFit;

        Cluster(String id, long time) {
            this.id = id;
            this.first = time;
            this.last = time;
        }

        /** Cosine similarity to an article, plus the figure bonus. */
        double cosine(Vec v) {
            if (norm == 0) {
                return 0;
            }
            return dot(v) / norm + figureBonus(v);
        }

        /** 0.05 for each telling figure the article shares with the story, at most three: a toll, a sum. */
        double figureBonus(Vec v) {
            int shared = 0;
            for (int f : v.figures) {
                for (int g : figures) {
                    if (f == g) {
                        shared++;
                    }
                }
            }
            return FIGURE_BONUS * Math.min(3, shared);
        }

        /** Dot product of the summed member vectors with the article's. */
        double dot(Vec v) {
            return dot(v, false);
        }

        /** Dot product over all shared terms, or over the article's generic terms only. */
        double dot(Vec v, boolean genericOnly) {
            boolean[] g = v.genericById();
            double dot = 0;
            int[] ids = v.ids();
            float[] w = v.byId();
            int i = 0;
            int j = 0;
            while (i < terms.length && j < ids.length) {
                if (terms[i] < ids[j]) {
                    i++;
                } else if (terms[i] > ids[j]) {
                    j++;
                } else {
                    if (!genericOnly || g[j]) {
                        dot += weights[i] * w[j];
                    }
                    i++;
                    j++;
                }
            }
            return dot;
        }

        /**
         * Average similarity of the article to the members: the members' unit vectors summed, dotted with the
         * article's, over their number (exact but for the terms the story no longer keeps). Shared figures count half
         * of their bonus in {@link #cosine}: a rewrite that repeats the toll is let in, a match report that shares a
         * score is not (measured on the bench's dev pairs).
         */
        double averageLink(Vec v) {
            return count == 0 ? 0 : dot(v) / count + figureBonus(v) / 2;
        }

        /** True when most members are statements (ties count as deeds). */
        boolean statements() {
            return 2 * statementCount > count;
        }

        /** True when most members report missile interceptions (ties count as other news). */
        boolean interceptions() {
            return 2 * interceptionCount > count;
        }

        /** True when a member's headline names a deed. */
        boolean deeds() {
            return deedCount > 0;
        }

        /** True when most members are previews of a happening to come (ties count as happenings). */
        boolean previews() {
            return 2 * previewCount > count;
        }

        boolean sharesHeadline(int[] key) {
            for (int k : key) {
                if (Arrays.binarySearch(headline, k) >= 0) {
                    return true;
                }
            }
            return false;
        }

        void addEvidence(int[] entityIds, int[] tollIds) {
            for (int id : entityIds) {
                int i = Arrays.binarySearch(entities, id);
                if (i >= 0) {
                    entityCounts[i]++;
                } else if (entities.length < MAX_EVIDENCE) {
                    int at = -i - 1;
                    entities = insert(entities, at, id);
                    entityCounts = insert(entityCounts, at, 1);
                }
            }
            for (int id : tollIds) {
                int i = Arrays.binarySearch(tolls, id);
                if (i < 0 && tolls.length < MAX_EVIDENCE) {
                    tolls = insert(tolls, -i - 1, id);
                }
            }
        }

        /**
         * True when the entity is one of the story's own: named by at least half of its members. An entity one
         * member named in passing is no evidence that a newcomer reports the same happening.
         */
        boolean names(int id) {
            return Arrays.binarySearch(entities, id) >= 0;
        }

        boolean core(int id) {
            int i = Arrays.binarySearch(entities, id);
            return i >= 0 && 2 * entityCounts[i] >= count;
        }

        private static int[] insert(int[] a, int at, int v) {
            int[] out = new int[a.length + 1];
            System.arraycopy(a, 0, out, 0, at);
            out[at] = v;
            System.arraycopy(a, at, out, at + 1, a.length - at);
            return out;
        }

        void addHeadline(int[] ids) {
            if (headline.length >= MAX_HEADLINE) {
                return;
            }
            int[] merged = java.util.stream.IntStream.concat(Arrays.stream(headline), Arrays.stream(ids)).sorted()
                    .distinct().limit(MAX_HEADLINE).toArray();
            headline = merged;
        }

        void add(Vec v, int keep) {
            for (int f : v.figures) {
                if (figures.length < MAX_FIGURES && Arrays.stream(figures).noneMatch(g -> g == f)) {
                    figures = Arrays.copyOf(figures, figures.length + 1);
                    figures[figures.length - 1] = f;
                }
            }
            // Merge the two id-sorted lists, then keep the strongest, back in id order.
            int[] ids = v.ids();
            float[] w = v.byId();
            int[] mt = new int[terms.length + ids.length];
            float[] mw = new float[mt.length];
            int i = 0;
            int j = 0;
            int m = 0;
            while (i < terms.length || j < ids.length) {
                if (j == ids.length || i < terms.length && terms[i] < ids[j]) {
                    mt[m] = terms[i];
                    mw[m++] = weights[i++];
                } else if (i == terms.length || terms[i] > ids[j]) {
                    mt[m] = ids[j];
                    mw[m++] = w[j++];
                } else {
                    mt[m] = terms[i];
                    mw[m++] = weights[i++] + w[j++];
                }
            }
            int kept = Math.min(keep, m);
            if (kept < m) {
                Integer[] order = new Integer[m];
                for (int k = 0; k < m; k++) {
                    order[k] = k;
                }
                float[] fw = mw;
                int[] ft = mt;
                Arrays.sort(order, (x, y) -> fw[x] != fw[y] ? Float.compare(fw[y], fw[x]) : Integer.compare(ft[x], ft[y]));
                int[] top = new int[kept];
                for (int k = 0; k < kept; k++) {
                    top[k] = order[k];
                }
                Arrays.sort(top);
                terms = new int[kept];
                weights = new float[kept];
                for (int k = 0; k < kept; k++) {
                    terms[k] = mt[top[k]];
                    weights[k] = mw[top[k]];
                }
            } else {
                terms = Arrays.copyOf(mt, m);
                weights = Arrays.copyOf(mw, m);
            }
            double n = 0;
            for (float x : weights) {
                n += x * x;
            }
            norm = Math.sqrt(n);
        }

        Story snapshot() {
            return new Story(id, title, leadId, count, List.of(outlets), Instant.ofEpochSecond(first),
                    Instant.ofEpochSecond(last));
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] items = new int[4];
        int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }
    }
}
