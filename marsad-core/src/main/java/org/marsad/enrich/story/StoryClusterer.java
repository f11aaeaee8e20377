package org.marsad.enrich.story;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.arabic.ArticleKinds;
import org.marsad.arabic.EventActs;
import org.marsad.arabic.NoHappening;
import org.marsad.arabic.Previews;
import org.marsad.arabic.Speakers;
import org.marsad.arabic.Statements;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.state.CorruptStateException;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.state.StateOutput;
import org.marsad.enrich.state.StringTable;

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
    /** Heaviest first; equal weights in term order, so that runs agree (what {@link #strongestFirst} keys sort as). */
    static final Comparator<Map.Entry<Integer, Float>> STRONGEST_FIRST =
            Comparator.comparing((Map.Entry<Integer, Float> e) -> e.getValue()).reversed()
                    .thenComparing(Map.Entry::getKey);
    private final StoryRules rules;
    private final long window;
    private final long span;
    private final long genericSpan;
    // Terms, evidence keys and story ids by dense ordinal, in tables that a state file holds as they are laid out:
    // at a million articles, a String and a map entry per key made up most of reading the file.
    private StringTable termIds = new StringTable();
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
    private StringTable evidenceIds = new StringTable();
    private int[] entityDocs = new int[256];
    private final java.util.BitSet places = new java.util.BitSet();
    private final long evidenceWindow;
    private final long waiverWindow;
    /** Per term id: the stories that hold the term, oldest first (null for none). */
    private IntList[] postings = new IntList[1024];
    /** Story ids by ordinal (the position in {@link #stories}). */
    private StringTable storyIds = new StringTable();
    private final Shelf stories = new Shelf();
    private final Map<String, String> outletNames = new HashMap<>();
    /** The headline last read for its event frame, and the frame (an article is weighed against many stories). */
    private ArticleFeatures lastFramed;
    private EventFrame lastFrame = EventFrame.UNKNOWN;
    /** The article last read with inflected act words ({@link JoinGate.Switch#UNFRAMED_TO_DEED}), and its frame. */
    private ArticleFeatures lastInflected;
    private EventFrame lastInflectedFrame = EventFrame.UNKNOWN;
    private int[] seen = new int[64];
    private int stamp;
    /** The learned join gate that decides joins in place of the similarity rules, or null for the rules alone. */
    private final JoinGate gate;
    /** How many features the gate weighs: a gate of the first twenty is not made to pay for the others. */
    private final int gateWidth;
    /**
     * True when stories remember their members' speakers, acts and latest vectors ({@link JoinGate#MEMORY_FEATURES}):
     * for a gate that weighs them, and for the rules alone (the bench trains gates on their replay). Not kept in the
     * state file: a story read from it starts with an empty memory.
     */
    private final boolean remember;
    /** The article whose headline stems were read last for the gate's headline words, and the stems. */
    private ArticleFeatures lastTermsOf;
    private List<String> lastTerms = List.of();
    /** The article whose kind was read last, and its kind. */
    private ArticleFeatures lastKinded;
    private ArticleFeatures lastWidelyRead;
    private boolean lastWidely;
    private ArticleKinds.Kind lastKind = ArticleKinds.Kind.REPORT;
    /** The article whose headline speaker was read last, and the speaker. */
    private ArticleFeatures lastSpoken;
    private List<String> lastSpeaker = List.of();
    /** Latest members whose vectors a story keeps for its cohesion share. */
    static final int RECENT = 8;
    /** Terms kept of each of those members' vectors (the strongest). */
    static final int MEMBER_TERMS = 32;
    /** The cosine at which an article is close to a member, for the cohesion share. */
    static final double CLOSE_MEMBER = 0.3;

    /**
     * Told of each story {@link #assign} weighs through the gate and the features it weighed (the first {@code
     * gateWidth} set), or null: lets a test hold what the bench reads against what assign decided on.
     */
    java.util.function.BiConsumer<String, double[]> weighed;

    public StoryClusterer(StoryRules rules) {
        this(rules, null);
    }

    /** The join gate this clusterer decides through, or null for the rules alone. */
    public JoinGate gate() {
        return gate;
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
        this.gateWidth = gate == null ? 0 : gate.features().size();
        this.remember = gate == null || weighsMemory(gate);
        this.window = rules.window().getSeconds();
        this.span = rules.span().getSeconds();
        this.genericSpan = rules.genericSpan().getSeconds();
        this.evidenceWindow = rules.evidenceWindow().getSeconds();
        this.waiverWindow = rules.waiverWindow().getSeconds();
    }

    /**
     * True when the gate gives a memory feature a weight: a gate that weighs only features after them (the kind
     * features) with the memory's weights at 0 does not make every story keep what it never reads.
     */
    private static boolean weighsMemory(JoinGate gate) {
        double[] w = gate.weights();
        int from = JoinGate.WIDTHS.get(1);
        for (int i = from; i < Math.min(w.length, JoinGate.WIDTHS.get(2)); i++) {
            if (w[i] != 0) {
                return true;
            }
        }
        for (JoinGate.Tree t : gate.trees()) {
            for (int k : new int[] {t.split(), t.lowSplit(), t.highSplit()}) {
                if (k >= from && k < JoinGate.WIDTHS.get(2)) {
                    return true;
                }
            }
        }
        return false;
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
     *                      unconditionally, unless {@link StoryRules#copiesOnStoryDays} and it is published on no day
     *                      the story reports: the rules then decide as for any article), else null
     */
    public String assign(ArticleFeatures f, String originalStory) {
        Vec v = vector(f);
        Integer target = originalStory == null ? null : ordinal(originalStory);
        // A copy is never kept from its original's story by UNFRAMED_TO_DEED, whatever the day.
        int copied = target == null ? -1 : target;
        if (target != null && rules.copiesOnStoryDays()
                && !onDays(stories.first(target), stories.last(target), f.time())) {
            // A copy published on a day its original's story does not report is the outlet's piece run again on
            // a later day (a weekly protest's template, an updated wrap-up): the rules decide where it goes.
            target = null;
        }
        // Under PIECES_AS_COPIES a piece that reports no single happening joins only as a copy (above).
        boolean pieces = gate != null && gate.has(JoinGate.Switch.PIECES_AS_COPIES);
        if (target == null && !(pieces && NoHappening.of(f.title()).isPresent())) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            int[] key = keyTerms(f);
            boolean reaction = gate == null && rules.happeningFirst() && Statements.isStatement(f.title())
                    && Statements.namesHappening(f.title());
            for (int s : candidates(v, true)) {
                if (outsideTime(s, f.time())) {
                    // The first test of both hardRefusal and refusal, taken on the story's times alone, so that a
                    // story still only in the state file is not decoded to be refused.
                    continue;
                }
                Cluster c = stories.get(s);
                double score;
                if (gate != null) {
                    if (hardRefusal(c, f) != null || gate.mode() == JoinGate.Mode.DECIDE && !gateMayJoin(c, v)
                            || gate.has(JoinGate.Switch.UNFRAMED_BAR) && unknownBelowBar(c, v, f)
                            || pieces && c.piece()
                            || gate.has(JoinGate.Switch.UNFRAMED_TO_DEED) && s != copied
                                    && unframedBelowDeed(c, v, f)) {
                        continue;
                    }
                    double[] x = features(c, v, f, key, gateWidth);
                    if (weighed != null) {
                        weighed.accept(storyIds.get(s), x);
                    }
                    if (gate.mode() == JoinGate.Mode.VETO && x[RULES_PASS] == 0) {
                        continue;
                    }
                    score = gate.words().isEmpty() ? gate.probability(x)
                            : gate.probability(x, headlineTerms(f), HeadlineWords.terms(c.title));
                    if (score < gate.threshold()) {
                        continue;
                    }
                } else {
                    if (refusal(c, v, f, key) != null) {
                        continue;
                    }
                    score = c.cosine(v);
                    if (reaction && !c.statements() && c.deeds() && c.sharesHeadline(key)) {
                        // Above any similarity: the reaction goes with the happening it names, not the closest
                        // story of other reactions (held-out 5's Turkish condemnation of Douma).
                        score += 10;
                    }
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
        return storyIds.get(target);
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
        if (framesApart(c, f)) {
            return Refusal.FRAME;
        }
        if (unknownBelowBar(c, v, f)) {
            return Refusal.SIMILARITY;
        }
        if (interceptionApart(c, f)) {
            return Refusal.RECURRING;
        }
        Refusal r = similarity(c, v, f, key);
        if (r == Refusal.SIMILARITY && unframedJoiningDeed(c, f)) {
            return Refusal.FRAME;
        }
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
     * True when event frames are read and the article's headline frame and the story's (read from its headline, the
     * member closest to its centroid) are both known and conflict: another act of the affair, not this happening.
     */
    private boolean framesApart(Cluster c, ArticleFeatures f) {
        if (rules.frames() == StoryRules.Frames.OFF) {
            return false;
        }
        EventFrame article = frameOf(f);
        return rules.framesConflict(article, storyFrame(c))
                || rules.memberActs() && conflictsWithMembers(article, c.acts);
    }

    /**
     * True when the article's headline reports a done act (a statement aside) and some act a member's headline led
     * with ({@code acts}, a bit per {@link EventActs.Act}) is one happening with none of the acts the article names.
     */
    private static boolean conflictsWithMembers(EventFrame article, int acts) {
        if (acts == 0 || !article.known() || article.act() == EventActs.Act.STATEMENT
                || article.tense() != EventActs.Tense.DONE) {
            return false;
        }
        for (EventActs.Act b : EventActs.Act.values()) {
            if ((acts & 1 << b.ordinal()) != 0 && article.acts().stream().noneMatch(a -> EventActs.oneHappening(a, b))) {
                return true;
            }
        }
        return false;
    }

    /** The bit of the done act (a statement aside) the headline leads with, or 0 (see {@link Cluster#acts}). */
    private int actBit(ArticleFeatures f) {
        if (!rules.memberActs() || rules.frames() == StoryRules.Frames.OFF) {
            return 0;
        }
        EventFrame frame = frameOf(f);
        return frame.known() && frame.act() != EventActs.Act.STATEMENT && frame.tense() == EventActs.Tense.DONE
                ? 1 << frame.act().ordinal() : 0;
    }

    /**
     * True when the article's headline names no listed act while the story's headline reports a done act, and the
     * rules ask such an article to pass the similarity threshold itself: a shared toll, a telling actor or headline
     * key terms below it are not enough, since they are what a follow-up of another kind (a draw guide after the
     * match, the price after the exports) shares with the deed too.
     */
    private boolean unframedJoiningDeed(Cluster c, ArticleFeatures f) {
        return rules.unframedOnSimilarity() && rules.frames() != StoryRules.Frames.OFF && !frameOf(f).known()
                && storyFrame(c).known() && storyFrame(c).tense() == org.marsad.arabic.EventActs.Tense.DONE;
    }

    /**
     * True when neither the article's headline nor the story's names a listed act and the article is below the
     * unknown-frame bar: with nothing in either headline to say which happening it is, only a close match of the
     * whole wording joins (the waivers below the bar let topics in: a draw guide, the oil price).
     */
    private boolean unknownBelowBar(Cluster c, Vec v, ArticleFeatures f) {
        return rules.unknownThreshold() > 0 && rules.frames() != StoryRules.Frames.OFF && !frameOf(f).known()
                && !storyFrame(c).known() && c.cosine(v) < rules.unknownThreshold();
    }

    /**
     * Under the gate's {@link JoinGate.Switch#UNFRAMED_TO_DEED}: the article's headline names no listed act and the
     * story's reports a done act, both read with act words in inflected forms ({@link EventFrame#of(String, boolean,
     * boolean)}), and the article is below the rules' similarity threshold: what {@link #unframedJoiningDeed} refuses
     * in the rules.
     */
    private boolean unframedBelowDeed(Cluster c, Vec v, ArticleFeatures f) {
        if (!rules.unframedOnSimilarity() || rules.frames() == StoryRules.Frames.OFF
                || c.cosine(v) >= rules.threshold()) {
            return false;
        }
        if (f != lastInflected) {
            lastInflected = f;
            lastInflectedFrame = EventFrame.of(f.title(), rules.sportActs(), true);
        }
        EventFrame story = c.inflectedFrame(rules);
        return !lastInflectedFrame.known() && story.known() && story.tense() == EventActs.Tense.DONE;
    }

    /**
     * The article's frame, read once for all the stories it is weighed against: its headline's, or under
     * {@link StoryRules#leadActs} its first sentence's when the headline names no act or only quotes someone.
     */
    private EventFrame frameOf(ArticleFeatures f) {
        if (f != lastFramed) {
            lastFramed = f;
            lastFrame = EventFrame.of(f.title(), rules.leadActs() ? f.lead() : null, rules.sportActs(),
                    rules.leadQuotes(), rules.otherSenses());
        }
        return lastFrame;
    }

    /**
     * The story's frame: its headline's, or under {@link StoryRules#storyLeadActs} the first sentence of the member
     * that gave it its headline when that headline names no act.
     */
    private EventFrame storyFrame(Cluster c) {
        return c.frame(rules);
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
        Integer s = ordinal(storyId);
        return s != null && hardRefusal(stories.peek(s), f) == null;
    }

    /** The tests a learned gate does not replace: the time window and span, and previews apart. */
    private Refusal hardRefusal(Cluster c, ArticleFeatures f) {
        if (outsideTime(c.first, c.last, f.time())) {
            return Refusal.TIME;
        }
        if (rules.previewsApart() && previews(f.title()) != c.previews()) {
            return Refusal.PREVIEW;
        }
        return null;
    }

    /** True when the headline reads as a preview ({@link Previews#announcesAhead}). */
    private static boolean previews(String title) {
        return Previews.announcesAhead(title);
    }

    /** How far after a story's latest member a rising toll is still weighed as its continuation. */
    private static final long TOLL_UPDATE_SECONDS = 48 * 3_600L;

    /**
     * True when, under the gate's {@link JoinGate.Switch#TOLL_UPDATES}, the article updates the story's death toll:
     * its headline announces a risen toll, the story's members report a killed toll for an act of the class the
     * article's frame names (a statement aside) in a place both name and neither frame's place contradicts, the
     * article's killed toll is higher than every one the story holds, and it comes within 48 h of the story's latest
     * member. The gate then weighs it as the same happening's continuation (its time from the story read as 0, its
     * toll as shared): set by hand, since the labels hold three such deeds (bench README, stories27).
     */
    private boolean updatesToll(Cluster c, ArticleFeatures f, int sharedPlaces) {
        if (gate == null || !gate.has(JoinGate.Switch.TOLL_UPDATES) || sharedPlaces == 0 || Math.abs(f.time() - c.last) > TOLL_UPDATE_SECONDS
                || !org.marsad.arabic.TollUpdates.announcesRise(f.title())) {
            return false;
        }
        long article = killed(f.tolls().stream());
        long story = killed(Arrays.stream(c.tolls).mapToObj(evidenceIds::get));
        // A whole toll passing the story's: a rise of a part of it ("among them 7 Iranians") is not weighed so.
        if (story < 0 || article <= story) {
            return false;
        }
        EventFrame mine = frameOf(f);
        EventFrame its = storyFrame(c);
        return mine.acts().stream().anyMatch(a -> a != EventActs.Act.STATEMENT && its.acts().contains(a))
                && !mine.conflictsInSetting(its, false, true);
    }

    /** The highest killed toll among these ("KILLED|48"), or -1 when none is a killed toll. */
    private static long killed(java.util.stream.Stream<String> tolls) {
        return tolls.filter(t -> t.startsWith("KILLED|")).mapToLong(t -> {
            try {
                return new java.math.BigDecimal(t.substring(7)).longValue();
            } catch (NumberFormatException e) {
                return -1;
            }
        }).max().orElse(-1);
    }

    private boolean outsideTime(int s, long time) {
        return outsideTime(stories.first(s), stories.last(s), time);
    }

    // The time window (from the story's last article) and span (from its first).
    private boolean outsideTime(long first, long last, long time) {
        return time < first - window || time > last + window || time > first + span || time < last - span;
    }

    /**
     * The article's features against a story, in {@link JoinGate#ALL_FEATURES} order: what the rules' tests look at,
     * as numbers, and the event and memory features, so that a learned gate can weigh them; only the first
     * {@code width} are computed (the rest are left 0).
     */
    private double[] features(Cluster c, Vec v, ArticleFeatures f, int[] key, int width) {
        double[] x = new double[JoinGate.ALL_FEATURES.size()];
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
            int id = evidenceIds.find(t);
            if (id >= 0 && Arrays.binarySearch(c.tolls, id) >= 0) {
                x[6] = 1;
            }
        }
        int persons = 0;
        int placeCount = 0;
        int orgs = 0;
        int core = 0;
        boolean telling = false;
        for (String e : f.entities()) {
            int id = evidenceIds.find(e);
            if (id < 0 || !c.names(id)) {
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
        if (updatesToll(c, f, placeCount)) {
            x[6] = 1;
            x[13] = 0;
            x[14] = 0;
        }
        if (width > JoinGate.FEATURES.size()) {
            eventFeatures(c, v, f, x);
        }
        if (width > JoinGate.WIDTHS.get(1)) {
            memoryFeatures(c, v, f, x);
        }
        if (width > JoinGate.WIDTHS.get(2)) {
            ArticleKinds.Kind article = kindOf(f);
            ArticleKinds.Kind story = c.kind();
            int at = JoinGate.WIDTHS.get(2);
            x[at] = article != story ? 1 : 0;
            x[at + 1] = article.speculates() && !story.speculates() ? 1 : 0;
        }
        if (width > JoinGate.WIDTHS.get(3)) {
            x[JoinGate.WIDTHS.get(3)] = previewsWidely(f) != c.previewsWidely() ? 1 : 0;
        }
        return x;
    }

    /**
     * The article's headline stems for the gate's headline words ({@link HeadlineWords#terms}), read once for all the
     * stories it is weighed against.
     */
    private List<String> headlineTerms(ArticleFeatures f) {
        if (f != lastTermsOf) {
            lastTerms = HeadlineWords.terms(f.title());
            lastTermsOf = f;
        }
        return lastTerms;
    }

    /** Whether the article's headline reads as a preview widely ({@link Previews#announcesAheadWidely}), read once. */
    private boolean previewsWidely(ArticleFeatures f) {
        if (f != lastWidelyRead) {
            lastWidelyRead = f;
            lastWidely = Previews.announcesAheadWidely(f.title());
        }
        return lastWidely;
    }

    /** The article's kind ({@link ArticleKinds#of} of its headline and opening), read once for all the stories. */
    private ArticleKinds.Kind kindOf(ArticleFeatures f) {
        if (f != lastKinded) {
            lastKinded = f;
            lastKind = ArticleKinds.of(f.title(), f.lead());
        }
        return lastKind;
    }

    /**
     * The memory features ({@link JoinGate#MEMORY_FEATURES}) into {@code x} after the event features: whether the
     * article's statement speaker is one of the story's, whether its act is a new act or another step on an object of
     * the story's acts, and how many of the story's latest members it is close to. Computed from what the story
     * remembers of its members (empty for a story read from a state file, which keeps none).
     */
    private void memoryFeatures(Cluster c, Vec v, ArticleFeatures f, double[] x) {
        int at = JoinGate.WIDTHS.get(1);
        List<String> speaker = speakerOf(f);
        boolean same = false;
        for (List<String> s : c.speakers) {
            same |= Speakers.same(speaker, s);
        }
        x[at] = !speaker.isEmpty() && !c.speakers.isEmpty() && !same ? 1 : 0;
        x[at + 1] = same ? 1 : 0;
        EventFrame frame = frameOf(f);
        boolean step = false;
        boolean fresh = false;
        if (frame.known() && frame.act() != EventActs.Act.STATEMENT && c.stages.length > 0) {
            int code = stage(frame);
            fresh = Arrays.stream(c.stages).noneMatch(k -> k == code);
            String object = frame.setting().object();
            boolean onObject = false;
            boolean sameOnObject = false;
            for (int i = 0; object != null && i < c.stages.length; i++) {
                String o = c.stageObjects[i];
                if (o != null && (o.equals(object) || frame.words().contains(o))) {
                    onObject = true;
                    sameOnObject |= c.stages[i] == code;
                }
            }
            step = onObject && !sameOnObject;
        }
        x[at + 2] = step ? 1 : 0;
        x[at + 3] = fresh ? 1 : 0;
        int close = 0;
        double best = 0;
        int n = Math.min(c.recentCount, RECENT);
        for (int i = 0; i < n; i++) {
            double cos = memberDot(c.recentIds[i], c.recentWeights[i], v);
            close += cos >= CLOSE_MEMBER ? 1 : 0;
            best = Math.max(best, cos);
        }
        x[at + 4] = n == 0 ? 0 : (double) close / n;
        x[at + 5] = best;
        x[at + 6] = step || fresh ? Math.min(3, Math.abs(f.time() - c.first) / 86_400.0) : 0;
    }

    /** An act and its tense as one code: two members' acts are one stage when their codes are equal. */
    private static int stage(EventFrame frame) {
        return 2 * frame.act().ordinal() + (frame.tense() == EventActs.Tense.AHEAD ? 1 : 0);
    }

    /** The dot product of a member's kept terms (id-sorted) with the article's unit vector: about their cosine. */
    private static double memberDot(int[] ids, float[] weights, Vec v) {
        int[] vi = v.ids();
        float[] vw = v.byId();
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < vi.length) {
            if (ids[i] < vi[j]) {
                i++;
            } else if (ids[i] > vi[j]) {
                j++;
            } else {
                dot += weights[i++] * vw[j++];
            }
        }
        return dot;
    }

    /** The speaker of the article's headline ({@link Speakers#of}), read once for all the stories it is weighed against. */
    private List<String> speakerOf(ArticleFeatures f) {
        if (f != lastSpoken) {
            lastSpoken = f;
            lastSpeaker = Speakers.of(f.title());
        }
        return lastSpeaker;
    }

    /** What a story remembers of a new member: its statement speaker, its act as a stage, its strongest terms. */
    private void remember(Cluster c, ArticleFeatures f, Vec v) {
        List<String> speaker = speakerOf(f);
        if (!speaker.isEmpty() && c.speakers.size() < Cluster.MAX_SPEAKERS
                && c.speakers.stream().noneMatch(speaker::equals)) {
            c.speakers.add(speaker);
        }
        EventFrame frame = frameOf(f);
        if (frame.known() && frame.act() != EventActs.Act.STATEMENT && c.stages.length < Cluster.MAX_STAGES) {
            int code = stage(frame);
            String object = frame.setting().object();
            boolean known = false;
            for (int i = 0; i < c.stages.length; i++) {
                known |= c.stages[i] == code && java.util.Objects.equals(c.stageObjects[i], object);
            }
            if (!known) {
                c.stages = Arrays.copyOf(c.stages, c.stages.length + 1);
                c.stages[c.stages.length - 1] = code;
                c.stageObjects = Arrays.copyOf(c.stageObjects, c.stageObjects.length + 1);
                c.stageObjects[c.stageObjects.length - 1] = object;
            }
        }
        int kept = Math.min(MEMBER_TERMS, v.terms().length);
        Integer[] order = new Integer[kept];
        for (int i = 0; i < kept; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> v.terms()[i]));
        int[] ids = new int[kept];
        float[] weights = new float[kept];
        for (int i = 0; i < kept; i++) {
            ids[i] = v.terms()[order[i]];
            weights[i] = v.weights()[order[i]];
        }
        if (c.recentIds == null) {
            c.recentIds = new int[RECENT][];
            c.recentWeights = new float[RECENT][];
        }
        int slot = c.recentCount % RECENT;
        c.recentIds[slot] = ids;
        c.recentWeights[slot] = weights;
        c.recentCount++;
    }

    /**
     * The event features ({@link JoinGate#EVENT_FEATURES}) into {@code x} after the first twenty: what two reports of
     * one happening agree on and two happenings on one subject differ in (the act, the place, the figures), the
     * story's spread, and products of closeness and time. Computed from what the story keeps (its headline's frame,
     * its first entities, figures and times), so a story read from a state file gives the same values.
     */
    private void eventFeatures(Cluster c, Vec v, ArticleFeatures f, double[] x) {
        int at = JoinGate.FEATURES.size();
        EventFrame article = frameOf(f);
        EventFrame story = storyFrame(c);
        boolean conflict = article.conflicts(story, true) || article.conflictsInSetting(story, true, true);
        x[at] = conflict ? 1 : 0;
        x[at + 1] = !conflict && article.known() && story.known() ? 1 : 0;
        boolean articlePlace = false;
        boolean sharedPlace = false;
        for (String e : f.entities()) {
            if (!e.startsWith("LOC|")) {
                continue;
            }
            articlePlace = true;
            int id = evidenceIds.find(e);
            if (id >= 0 && c.names(id)) {
                sharedPlace = true;
            }
        }
        int storyPlaces = 0;
        for (int id : c.entities) {
            if (places.get(id)) {
                storyPlaces++;
            }
        }
        x[at + 2] = articlePlace && storyPlaces > 0 && !sharedPlace ? 1 : 0;
        x[at + 3] = v.figures.length > 0 && c.figures.length > 0 && c.figureBonus(v) == 0 ? 1 : 0;
        x[at + 4] = Math.min(4, storyPlaces);
        x[at + 5] = Math.min(3, (c.last - c.first) / 86_400.0);
        x[at + 6] = c.statements() && Statements.isStatement(f.title()) ? 1 : 0;
        x[at + 7] = x[0] * x[17];
        x[at + 8] = x[1] * x[17];
        x[at + 9] = x[0] * x[14];
    }

    /**
     * The article's join features against a story now (see {@link JoinGate#ALL_FEATURES}), exactly as {@link #assign}
     * would compute them for that story, or empty when there is no such story: what a gate is trained on. The article
     * is counted into the archive as assign counts it, weighed, and the counting taken back, so nothing is assigned
     * and the archive is left as it was (not to be called beside another call on this clusterer).
     */
    public Optional<double[]> features(ArticleFeatures f, String storyId) {
        Integer s = ordinal(storyId);
        if (s == null) {
            return Optional.empty();
        }
        Cluster c = stories.peek(s);
        return Optional.of(asCounted(f, v -> features(c, v, f, keyTerms(f), JoinGate.ALL_FEATURES.size())));
    }

    /**
     * The headline a story keeps now (the one its headline words are read from when a gate weighs them), or empty
     * when there is no such story.
     */
    public Optional<String> headline(String storyId) {
        Integer s = ordinal(storyId);
        return s == null ? Optional.empty() : Optional.ofNullable(stories.peek(s).title);
    }

    /** The similarity tests: centroid, average link, running subject, key term. */
    private Refusal similarity(Cluster c, Vec v, ArticleFeatures f, int[] key) {
        long time = f.time();
        double score = c.cosine(v);
        if (score < rules.threshold()) {
            return Refusal.SIMILARITY;
        }
        boolean close = rules.closeCosine() > 0 && score >= rules.closeCosine();
        if (c.averageLink(v) < (close ? Math.min(rules.cohesion(), rules.closeCohesion()) : rules.cohesion())) {
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
            int id = evidenceIds.find(t);
            if (id >= 0 && Arrays.binarySearch(c.tolls, id) >= 0) {
                return t;
            }
        }
        String actor = null;
        String place = null;
        boolean sameDay = !rules.evidenceSameDay() || onStoryDays(c, f);
        for (String e : f.entities()) {
            int id = evidenceIds.find(e);
            if (id < 0 || !c.core(id)) {
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
        return onDays(c.first, c.last, f.time());
    }

    /** True when the time falls on a day (UTC) from the day of {@code first} to the day of {@code last}. */
    private static boolean onDays(long first, long last, long time) {
        long day = Math.floorDiv(time, 86_400L);
        return day >= Math.floorDiv(first, 86_400L) && day <= Math.floorDiv(last, 86_400L);
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
            int id = evidenceIds.find(e);
            if (id < 0) {
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
        int id = evidenceIds.intern(key);
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
        return keys.stream().mapToInt(evidenceIds::find).filter(id -> id >= 0).sorted().distinct().toArray();
    }

    /** Why an article would not join a story: the first of the rules' tests it fails. */
    public enum Refusal {
        /** Outside the story's window or span. */
        TIME,
        /** A preview of a happening to come and a story of happenings, or the other way round. */
        PREVIEW,
        /** A statement made more than the statement gap from the start of a story of statements. */
        STATEMENT,
        /** The article's event frame and the story's conflict (another act of the affair). */
        FRAME,
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

    /**
     * The article's standing against the story, as the rules would decide it were the article assigned now (counted
     * as {@link #assign} counts it, the counting then taken back, as {@link #features(ArticleFeatures, String)}), or
     * empty when there is no such story.
     */
    public Optional<Standing> standing(ArticleFeatures f, String storyId) {
        Integer s = ordinal(storyId);
        if (s == null) {
            return Optional.empty();
        }
        Cluster c = stories.peek(s);
        return Optional.of(asCounted(f, v -> new Standing(refusal(c, v, f, keyTerms(f)), c.cosine(v),
                c.averageLink(v))));
    }

    /** Re-adds an article with its stored story id (on open, from the store, in the order of the articles' times). */
    public void restore(ArticleFeatures f, String storyId) {
        Vec v = vector(f);
        Integer s = ordinal(storyId);
        if (s == null) {
            create(storyId, f, v);
        } else {
            join(s, f, v);
        }
    }

    /** The ordinal of a story (0 for the first one made, …), or -1 when there is no such story. */
    public int ordinalOf(String storyId) {
        Integer s = ordinal(storyId);
        return s == null ? -1 : s;
    }

    /** The id of the story of an ordinal (see {@link #ordinalOf}). */
    public String idAt(int ordinal) {
        return storyIds.get(ordinal);
    }

    public Optional<Story> story(String id) {
        Integer s = ordinal(id);
        return s == null ? Optional.empty() : Optional.of(stories.get(s).snapshot(id));
    }

    /**
     * The stories with the most outlets (then articles) among those seen since the given time, most carried first.
     */
    public List<Story> top(int n, Instant since) {
        long t = since.getEpochSecond();
        List<Cluster> recent = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        for (int s = 0; s < stories.size(); s++) {
            if (stories.last(s) >= t) {
                ordinals.add(s);
                recent.add(stories.peek(s));
            }
        }
        // Positions into the two lists, in creation order before sorting (the sort is stable).
        return java.util.stream.IntStream.range(0, recent.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> recent.get(i).outlets.length).reversed()
                        .thenComparing(Comparator.comparingInt((Integer i) -> recent.get(i).count).reversed())
                        .thenComparing(Comparator.comparingLong((Integer i) -> recent.get(i).last).reversed()))
                .limit(n).map(i -> recent.get(i).snapshot(storyIds.get(ordinals.get(i)))).toList();
    }

    /** All stories, in order of creation. */
    public List<Story> all() {
        return java.util.stream.IntStream.range(0, stories.size()).mapToObj(this::snapshot).toList();
    }

    private Story snapshot(int s) {
        return stories.peek(s).snapshot(storyIds.get(s));
    }

    /**
     * The articles of other stories that read most like this one: the best matches by similarity, then the most
     * recent first. For a stored article, already counted into the archive: it is weighed as it is, uncounted.
     */
    public List<RelatedStory> related(ArticleFeatures f, String ownStory, int n) {
        Vec v = vectorWithoutCounting(f);
        Integer own = ownStory == null ? null : ordinal(ownStory);
        List<double[]> scored = new ArrayList<>();
        for (int s : candidates(v, false)) {
            if (own != null && s == own) {
                continue;
            }
            double score = stories.peek(s).cosine(v);
            if (score >= 0.12) {
                scored.add(new double[] {s, score});
            }
        }
        scored.sort((a, b) -> Double.compare(b[1], a[1]));
        return scored.stream().limit(3L * n)
                .sorted(Comparator.comparingLong((double[] x) -> stories.last((int) x[0])).reversed())
                .limit(n)
                .map(x -> {
                    Cluster c = stories.peek((int) x[0]);
                    return new RelatedStory(storyIds.get((int) x[0]), c.leadId, c.title, x[1], Instant.ofEpochSecond(c.last));
                }).toList();
    }

    /** Bytes of the stories still only in the state file they were read from (mapped, not on the heap). */
    public long mappedBytes() {
        return stories.mappedBytes();
    }

    /** Approximate heap held by the clusterer, in bytes. */
    public long memoryBytes() {
        long b = df.length * 12L + termIds.bytes() + entityDocs.length * 4L + evidenceIds.bytes() + storyIds.bytes()
                + postings.length * 4L;
        for (IntList l : postings) {
            if (l != null) {
                b += 32 + l.items.length * 4L;
            }
        }
        return b + stories.memoryBytes();
    }

    /**
     * Writes the whole clusterer (term dictionary, document frequencies and days, evidence counts, postings and
     * every story's summed vector) so that {@link #readFrom} gives back one that decides exactly as this one would.
     * The dictionaries and the story ids are written as they are laid out ({@link StringTable}), so that reading them
     * makes no object per entry.
     */
    public void writeTo(StateOutput out) throws IOException {
        writeTo(out, LAYOUT);
    }

    /**
     * {@link #writeTo(StateOutput)} in {@code layout}: today's, or the one before ({@link #LAYOUT_STRINGS}), which
     * only tests write, to show that a file of the previous version is read and migrated.
     */
    public void writeTo(StateOutput out, int layout) throws IOException {
        if (layout != LAYOUT && layout != LAYOUT_STRINGS) {
            throw new IllegalArgumentException("no such layout: " + layout);
        }
        boolean strings = layout == LAYOUT_STRINGS;
        out.writeInt(docs);
        writeTable(out, termIds, strings);
        int terms = termIds.size();
        out.writeInts(df, 0, terms);
        out.writeInts(termDay, 0, terms);
        out.writeInts(dayMask, 0, terms);
        out.writeInts(tellingFigure.stream().toArray());
        writeTable(out, evidenceIds, strings);
        out.writeInts(entityDocs, 0, evidenceIds.size());
        out.writeInts(places.stream().toArray());
        int lists = 0;
        for (IntList l : postings) {
            lists += l == null ? 0 : 1;
        }
        out.writeInt(lists);
        for (int t = 0; t < postings.length; t++) {
            if (postings[t] != null) {
                out.writeInt(t);
                // Only the newest maxPostings stories of a term are ever looked at (candidates): the rest is not kept.
                int from = Math.max(0, postings[t].size - rules.maxPostings());
                out.writeInt(postings[t].size - from);
                out.writeInts(postings[t].items, from, postings[t].size - from);
            }
        }
        if (!strings) {
            storyIds.writeTo(out);
            stories.writeTo(out);
            return;
        }
        out.writeInt(stories.size());
        for (int s = 0; s < stories.size(); s++) {
            Cluster c = stories.get(s);
            out.writeString(storyIds.get(s));
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

    /** The layout {@link #writeTo} writes: dictionaries and story ids as {@link StringTable}s. */
    public static final int LAYOUT = 5;
    /** The layout before it (dictionaries and story ids a string each), still read so that old files migrate. */
    public static final int LAYOUT_STRINGS = 4;

    /**
     * Reads a clusterer written by {@link #writeTo}; the rules are the caller's (they are not part of the file).
     *
     * @throws CorruptStateException when the file contradicts itself
     */
    public static StoryClusterer readFrom(StateInput in, StoryRules rules) throws IOException {
        return readFrom(in, rules, LAYOUT);
    }

    /**
     * {@link #readFrom(StateInput, StoryRules)} of a file of layout {@link #LAYOUT} or of the one before it
     * ({@link #LAYOUT_STRINGS}, written by the previous version), which the caller then rewrites.
     *
     * @throws CorruptStateException when the file contradicts itself
     */
    public static StoryClusterer readFrom(StateInput in, StoryRules rules, int layout) throws IOException {
        return readFrom(in, rules, layout, null);
    }

    /**
     * {@link #readFrom(StateInput, StoryRules, int)} of a clusterer that joins through {@code gate} (the gate is not
     * part of the file either: the caller's stamp names it).
     *
     * @param gate the join gate, or null for the rules alone
     * @throws CorruptStateException when the file contradicts itself
     */
    public static StoryClusterer readFrom(StateInput in, StoryRules rules, int layout, JoinGate gate)
            throws IOException {
        if (layout != LAYOUT && layout != LAYOUT_STRINGS) {
            throw new IllegalArgumentException("no such layout: " + layout);
        }
        boolean strings = layout == LAYOUT_STRINGS;
        StoryClusterer x = new StoryClusterer(rules, gate);
        x.docs = in.readInt();
        x.termIds = strings ? readDictionary(in) : StringTable.readFrom(in);
        int terms = x.termIds.size();
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
        x.evidenceIds = strings ? readDictionary(in) : StringTable.readFrom(in);
        int evidence = x.evidenceIds.size();
        x.entityDocs = new int[Math.max(256, evidence)];
        in.readInts(x.entityDocs, 0, evidence);
        for (int p : in.readInts()) {
            x.places.set(p);
        }
        int postings = in.readCount();
        x.postings = new IntList[cap];
        for (int i = 0; i < postings; i++) {
            int term = in.readInt();
            if (term < 0 || term >= terms || x.postings[term] != null) {
                throw new CorruptStateException("postings of a bad term " + term);
            }
            IntList l = new IntList();
            l.size = in.readLength();
            l.items = new int[Math.max(4, l.size)];
            in.readInts(l.items, 0, l.size);
            x.postings[term] = l;
        }
        if (!strings) {
            x.storyIds = StringTable.readFrom(in);
            x.stories.readFrom(in, x.storyIds.size(), x.outletNames);
            x.seen = new int[Math.max(64, x.stories.size())];
            return x;
        }
        int stories = in.readCount();
        for (int i = 0; i < stories; i++) {
            String id = in.readString();
            if (id == null || x.storyIds.find(id) >= 0) {
                throw new CorruptStateException("story " + i + " has no id of its own");
            }
            x.storyIds.add(id);
            Cluster c = new Cluster(0);
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
                throw new CorruptStateException("story " + i + " has " + c.previewCount + " previews of " + c.count);
            }
            c.statementCount = in.readInt();
            c.interceptionCount = in.readInt();
            if (c.interceptionCount < 0 || c.interceptionCount > c.count) {
                throw new CorruptStateException("story " + i + " has " + c.interceptionCount + " interceptions of "
                        + c.count);
            }
            c.deedCount = in.readInt();
            if (c.statementCount < 0 || c.statementCount > c.count || c.deedCount < 0 || c.deedCount > c.count) {
                throw new CorruptStateException("story " + i + " has " + c.statementCount + " statements and "
                        + c.deedCount + " deeds of " + c.count);
            }
            c.first = in.readLong();
            c.last = in.readLong();
            c.outlets = new String[in.readCount()];
            for (int o = 0; o < c.outlets.length; o++) {
                String name = in.readString();
                if (name == null) {
                    throw new CorruptStateException("story " + i + " has a null outlet");
                }
                c.outlets[o] = x.outletNames.computeIfAbsent(name, n -> n);
            }
            c.title = in.readString();
            c.leadId = in.readString();
            c.titleFit = in.readDouble();
            if (c.weights.length != c.terms.length || c.entityCounts.length != c.entities.length) {
                throw new CorruptStateException("story " + i + " does not add up");
            }
            x.stories.add(c);
        }
        x.seen = new int[Math.max(64, stories)];
        return x;
    }

    // A table as it is laid out, or in the older layout: its count, then its strings one by one.
    private static void writeTable(StateOutput out, StringTable t, boolean strings) throws IOException {
        if (!strings) {
            t.writeTo(out);
            return;
        }
        out.writeInt(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.writeString(t.get(i));
        }
    }

    // A dictionary of the older layout: its keys one string each, by id.
    private static StringTable readDictionary(StateInput in) throws IOException {
        StringTable t = new StringTable();
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            String k = in.readString();
            if (k == null || t.find(k) >= 0) {
                throw new CorruptStateException("bad dictionary entry " + i);
            }
            t.add(k);
        }
        return t;
    }

    private String create(String id, ArticleFeatures f, Vec v) {
        int taken = storyIds.find(id);
        if (taken >= 0) {
            // A story named after an article that left the index (deleted, then stored again): the article goes
            // back to it rather than making a second story of the same id.
            join(taken, f, v);
            return id;
        }
        Cluster c = new Cluster(f.time());
        int s = stories.size();
        stories.add(c);
        storyIds.add(id);
        join(s, f, v);
        return id;
    }

    /** The ordinal of a story, or null when there is no such story. */
    private Integer ordinal(String storyId) {
        int s = storyIds.find(storyId);
        return s < 0 ? null : s;
    }

    // The postings of a term id, made on first use.
    private IntList postingsOf(int term) {
        if (term >= postings.length) {
            postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
        }
        IntList l = postings[term];
        if (l == null) {
            l = new IntList();
            postings[term] = l;
        }
        return l;
    }

    private void join(int s, ArticleFeatures f, Vec v) {
        Cluster c = stories.get(s);
        int[] before = c.terms;
        c.add(v, rules.storyTerms());
        for (int t : c.terms) {
            if (Arrays.binarySearch(before, t) < 0) {
                postingsOf(t).add(s, rules.maxPostings());
            }
        }
        c.count++;
        if (previews(f.title())) {
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
                // Kept only when the rules read it: the story's own first sentence, for its frame.
                c.titleLead = rules.storyLeadActs() && rules.frames() != StoryRules.Frames.OFF ? f.lead() : null;
            }
        }
        if (c.leadId == null) {
            c.leadId = f.id();
        }
        c.acts |= actBit(f);
        if (remember) {
            remember(c, f, v);
        }
    }

    /** Ids of the article's headline words, sorted (words never counted are left out). */
    private int[] headlineIds(ArticleFeatures f) {
        return headlineOf(f).stream().mapToInt(termIds::find).filter(id -> id >= 0).sorted().distinct().toArray();
    }

    /** The article's headline stems, a name's spellings as one key when the rules fold names. */
    private List<String> headlineOf(ArticleFeatures f) {
        if (!rules.foldNames() || f.names().isEmpty()) {
            return f.headline();
        }
        return f.headline().stream().map(s -> f.names().getOrDefault(s, s)).distinct().toList();
    }

    /**
     * The article's term weights, a name's spellings as one key when the rules fold names (two stems folding to one
     * key add their weights, as one word written twice would).
     */
    private Map<String, Float> termsOf(ArticleFeatures f) {
        if (!rules.foldNames() || f.names().isEmpty()) {
            return f.terms();
        }
        Map<String, Float> out = new java.util.TreeMap<>();
        f.terms().forEach((s, w) -> out.merge(f.names().getOrDefault(s, s), w, Float::sum));
        return out;
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
            IntList l = v.terms[i] < postings.length ? postings[v.terms[i]] : null;
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
        Map<String, Float> terms = termsOf(f);
        int[] ids = new int[terms.size()];
        int k = 0;
        for (String t : terms.keySet()) {
            int id = termIds.intern(t);
            ids[k++] = id;
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
        return weigh(f, terms, ids);
    }

    /**
     * What {@code look} reads of the archive with the article counted into it, as {@link #vector} counts it before
     * assign decides, and the counting then taken back: one more document, its terms' and entities' counts, its
     * terms' days, and its new terms and evidence keys, forgotten again (the next ones counted get the same ids).
     * Weighing the article uncounted instead drops its never-seen terms, which mostly inflates its similarity to a
     * story (a little, for most articles; by up to 0.17 on the bench's labelled pairs): the bench once trained the gate
     * on such features while assign decided on the counted ones.
     */
    private <T> T asCounted(ArticleFeatures f, java.util.function.Function<Vec, T> look) {
        int docsBefore = docs;
        int termsBefore = termIds.size();
        int evidenceBefore = evidenceIds.size();
        Map<String, Float> terms = termsOf(f);
        int[] known = new int[terms.size()];
        int[] lastDay = new int[known.length];
        int[] days = new int[known.length];
        int k = 0;
        for (String t : terms.keySet()) {
            int id = termIds.find(t);
            known[k] = id;
            if (id >= 0) {
                lastDay[k] = termDay[id];
                days[k] = dayMask[id];
            }
            k++;
        }
        Vec v = vector(f);
        try {
            return look.apply(v);
        } finally {
            docs = docsBefore;
            for (String e : f.entities()) {
                entityDocs[evidenceIds.find(e)]--;
            }
            places.clear(evidenceBefore, Math.max(evidenceBefore, evidenceIds.size()));
            evidenceIds.truncate(evidenceBefore);
            k = 0;
            for (String t : terms.keySet()) {
                int id = known[k] >= 0 ? known[k] : termIds.find(t);
                df[id]--;
                termDay[id] = known[k] >= 0 ? lastDay[k] : 0;
                dayMask[id] = known[k] >= 0 ? days[k] : 0;
                k++;
            }
            tellingFigure.clear(termsBefore, Math.max(termsBefore, termIds.size()));
            termIds.truncate(termsBefore);
        }
    }

    /** The article weighed against the archive as it is, its never-seen terms left out: for an article counted. */
    private Vec vectorWithoutCounting(ArticleFeatures f) {
        Map<String, Float> terms = termsOf(f);
        int[] ids = new int[terms.size()];
        int k = 0;
        for (String t : terms.keySet()) {
            ids[k++] = termIds.find(t);
        }
        return weigh(f, terms, ids);
    }

    /**
     * Weights: raw × idf; very common terms dropped; the strongest kept, unit length, strongest first. {@code ids}
     * holds the id of each of {@code terms} in its order (-1 for a term never counted), looked up once by the caller.
     */
    private Vec weigh(ArticleFeatures f, Map<String, Float> raw, int[] ids) {
        // Each kept term as one long that sorts as STRONGEST_FIRST orders (weight, id) pairs: no boxed entry per term.
        long[] ws = new long[raw.size()];
        int n = 0;
        int k = 0;
        for (Float value : raw.values()) {
            int id = ids[k++];
            if (id < 0) {
                continue;
            }
            int d = Math.max(1, df[id]);
            if (docs >= YOUNG && d > 0.2 * docs) {
                continue;
            }
            ws[n++] = strongestFirst((float) (value * idf(id)), id);
        }
        Arrays.sort(ws, 0, n);
        int m = Math.min(rules.articleTerms(), n);
        int[] terms = new int[m];
        float[] weights = new float[m];
        double norm = 0;
        for (int i = 0; i < m; i++) {
            terms[i] = (int) ws[i];
            weights[i] = weightOf(ws[i]);
            norm += weights[i] * weights[i];
        }
        int[] figures = new int[Math.min(MAX_FIGURES, n)];
        int kept = 0;
        for (int i = 0; i < n && kept < figures.length; i++) {
            if (tellingFigure.get((int) ws[i])) {
                figures[kept++] = (int) ws[i];
            }
        }
        figures = Arrays.copyOf(figures, kept);
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
     * A term's weight and id as one long whose ascending order is {@link #STRONGEST_FIRST}'s: the weight's bits made
     * to sort as {@link Float#compare} orders floats, inverted for strongest first, above; the id (never negative)
     * below.
     */
    static long strongestFirst(float weight, int id) {
        int bits = Float.floatToIntBits(weight);
        int ordered = bits ^ ((bits >> 31) & 0x7fffffff);
        return (long) ~ordered << 32 | (id & 0xFFFF_FFFFL);
    }

    /** The weight of a {@link #strongestFirst} key, bit for bit. */
    static float weightOf(long key) {
        int ordered = ~(int) (key >>> 32);
        return Float.intBitsToFloat(ordered ^ ((ordered >> 31) & 0x7fffffff));
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
        /**
         * The done acts (a statement aside) its members' headlines lead with, bit {@code Act.ordinal()} each; kept only
         * under {@link StoryRules#memberActs} (0 otherwise, and in a file of the older layout, which no rules with it
         * on ever wrote).
         */
        int acts;
        long first;
        long last;
        String[] outlets = new String[0];
        String title;
        String leadId;
        double titleFit;
        /**
         * The first sentence of the member that gave the story its headline, kept only under
         * {@link StoryRules#storyLeadActs} (null otherwise).
         */
        String titleLead;
        /** Statement speakers kept per story, at most. */
        static final int MAX_SPEAKERS = 8;
        /** Act stages kept per story, at most. */
        static final int MAX_STAGES = 16;
        /** The speakers of its members' statement headlines ({@link Speakers#of}), distinct; memory only. */
        final List<List<String>> speakers = new ArrayList<>(2);
        /** Its members' acts (a statement aside) as {@link #stage} codes, each with the object stated or null. */
        int[] stages = new int[0];
        String[] stageObjects = new String[0];
        /** The latest members' strongest terms (id-sorted) and weights, a ring of {@link #RECENT}; null until one. */
        int[][] recentIds;
        float[][] recentWeights;
        int recentCount;
        /** The event frame of {@link #title}, read when first asked for (not stored: it follows from the title). */
        private EventFrame frame;
        private String framed;
        /** The frame {@link #inflectedFrame} read, and the title it read it for (not stored either). */
        private EventFrame inflectedFrame;
        private String inflectedFramed;
        /** The kind of {@link #title}, read when first asked for (not stored: it follows from the title). */
        private ArticleKinds.Kind kind;
        private String kinded;
        private boolean widely;
        private String widelyRead;
        /** Whether {@link #title} reports no single happening ({@link NoHappening}), and the title it read. */
        private boolean piece;
        private String pieceRead;

        Cluster(long time) {
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

        /**
         * The kind of the story's headline ({@link ArticleKinds#of}, with the first sentence kept beside it, if any),
         * read again only when the headline changes.
         */
        ArticleKinds.Kind kind() {
            if (kind == null || kinded != title) {
                kinded = title;
                kind = ArticleKinds.of(title, titleLead);
            }
            return kind;
        }

        /**
         * True when the story's headline is a piece that reports no single happening ({@link NoHappening#of}): under
         * {@link JoinGate.Switch#PIECES_AS_COPIES} such a story gathers only copies. Read again only when the
         * headline changes.
         */
        boolean piece() {
            if (pieceRead != title) {
                pieceRead = title;
                piece = NoHappening.of(title).isPresent();
            }
            return piece;
        }

        /**
         * Whether the story's headline reads as a preview widely ({@link Previews#announcesAheadWidely}), read again
         * only when the headline changes; a story read from a state file keeps its headline, so reads the same.
         */
        boolean previewsWidely() {
            if (widelyRead != title) {
                widelyRead = title;
                widely = Previews.announcesAheadWidely(title);
            }
            return widely;
        }

        /** The event frame of the story's headline, or of its first sentence ({@link #titleLead}), as the rules say. */
        EventFrame frame(StoryRules rules) {
            if (frame == null || framed != title) {
                framed = title;
                frame = EventFrame.of(title, rules.storyLeadActs() ? titleLead : null, rules.sportActs(),
                        rules.leadQuotes(), rules.otherSenses());
            }
            return frame;
        }

        /** The story's headline frame, act words read in inflected forms ({@link JoinGate.Switch#UNFRAMED_TO_DEED}). */
        EventFrame inflectedFrame(StoryRules rules) {
            if (inflectedFrame == null || inflectedFramed != title) {
                inflectedFramed = title;
                inflectedFrame = EventFrame.of(title, rules.sportActs(), true);
            }
            return inflectedFrame;
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

        Story snapshot(String id) {
            return new Story(id, title, leadId, count, List.of(outlets), Instant.ofEpochSecond(first),
                    Instant.ofEpochSecond(last));
        }
    }

    /**
     * The stories by ordinal. Those read from a state file stay in it, each an encoded record (the records mapped
     * from the file, with an int offset each), until one is needed: a story is decoded when an article may join it
     * (it is within the time window, which is read from the record) and then kept; read-only uses ({@link #top},
     * {@link #related}, ...) decode without keeping. So opening costs an offset per story, not a dozen objects, and
     * the heap holds the stories the news of the days since open touched. Writing copies the records of stories
     * never decoded as they are.
     */
    private static final class Shelf {
        /** first, last (longs), count and four kind counts (ints), norm and titleFit (doubles). */
        private static final int FIXED = 8 + 8 + 5 * 4 + 8 + 8;
        private final List<Cluster> held = new ArrayList<>();
        private ByteBuffer records = ByteBuffer.allocate(0);
        private int[] offsets = {0};
        private Map<String, String> outletNames = new HashMap<>();

        int size() {
            return held.size();
        }

        void add(Cluster c) {
            held.add(c);
        }

        /** The story, decoded and kept when it was still only a record: the caller may change it. */
        Cluster get(int s) {
            Cluster c = held.get(s);
            if (c == null) {
                c = decode(s);
                held.set(s, c);
            }
            return c;
        }

        /** The story, decoded without keeping it when it was still only a record: the caller must not change it. */
        Cluster peek(int s) {
            Cluster c = held.get(s);
            return c != null ? c : decode(s);
        }

        long first(int s) {
            Cluster c = held.get(s);
            return c != null ? c.first : records.getLong(offsets[s]);
        }

        long last(int s) {
            Cluster c = held.get(s);
            return c != null ? c.last : records.getLong(offsets[s] + 8);
        }

        long memoryBytes() {
            long b = 4L * held.size() + 4L * offsets.length;
            for (Cluster c : held) {
                if (c != null) {
                    b += 120 + c.terms.length * 8L + c.figures.length * 4L + 8L * c.outlets.length
                            + 4L * (2 * c.entities.length + c.tolls.length);
                }
            }
            return b;
        }

        long mappedBytes() {
            return records.capacity();
        }

        /** The offsets of the records, then the records: a kept story encoded now, any other copied as read. */
        void writeTo(StateOutput out) throws IOException {
            int n = held.size();
            int[] at = new int[n + 1];
            for (int s = 0; s < n; s++) {
                long end = (long) at[s] + (held.get(s) != null ? encode(held.get(s)).length : offsets[s + 1] - offsets[s]);
                if (end > Integer.MAX_VALUE) {
                    throw new IOException("story records over 2 GB");
                }
                at[s + 1] = (int) end;
            }
            out.writeInts(at, 0, n + 1);
            byte[] copy = new byte[0];
            for (int s = 0; s < n; s++) {
                if (held.get(s) != null) {
                    byte[] b = encode(held.get(s));
                    out.writeBytes(b, 0, b.length);
                } else {
                    int len = offsets[s + 1] - offsets[s];
                    if (copy.length < len) {
                        copy = new byte[Math.max(len, 2 * copy.length)];
                    }
                    records.get(offsets[s], copy, 0, len);
                    out.writeBytes(copy, 0, len);
                }
            }
        }

        /** Reads what {@link #writeTo} wrote for {@code n} stories: the offsets, and the records mapped. */
        void readFrom(StateInput in, int n, Map<String, String> outlets) throws IOException {
            int[] at = new int[n + 1];
            in.readInts(at, 0, n + 1);
            if (at[0] != 0) {
                throw new CorruptStateException("story records do not start at 0");
            }
            for (int s = 0; s < n; s++) {
                if (at[s + 1] - at[s] < FIXED || at[s + 1] < at[s]) {
                    throw new CorruptStateException("story record " + s + " is too short");
                }
            }
            records = in.mapBytes(at[n]);
            offsets = at;
            outletNames = outlets;
            held.clear();
            held.addAll(java.util.Collections.nCopies(n, null));
        }

        private static byte[] encode(Cluster c) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(FIXED + 64 + 8 * c.terms.length);
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                out.writeLong(c.first);
                out.writeLong(c.last);
                out.writeInt(c.count);
                out.writeInt(c.previewCount);
                out.writeInt(c.statementCount);
                out.writeInt(c.interceptionCount);
                out.writeInt(c.deedCount);
                out.writeDouble(c.norm);
                out.writeDouble(c.titleFit);
                for (int[] a : new int[][] {c.headline, c.entities, c.entityCounts, c.tolls, c.terms}) {
                    out.writeInt(a.length);
                    for (int v : a) {
                        out.writeInt(v);
                    }
                }
                out.writeInt(c.weights.length);
                for (float w : c.weights) {
                    out.writeFloat(w);
                }
                out.writeInt(c.figures.length);
                for (int v : c.figures) {
                    out.writeInt(v);
                }
                out.writeInt(c.outlets.length);
                for (String o : c.outlets) {
                    string(out, o);
                }
                string(out, c.title);
                string(out, c.leadId);
                out.writeInt(c.acts);
                string(out, c.titleLead);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static void string(java.io.DataOutputStream out, String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        // A record back into a story. The file's checksum was checked at open; a record that still does not add up
        // (a bug, not damage) fails loudly.
        private Cluster decode(int s) {
            ByteBuffer b = records.duplicate().position(offsets[s]).limit(offsets[s + 1]);
            Cluster c = new Cluster(0);
            c.first = b.getLong();
            c.last = b.getLong();
            c.count = b.getInt();
            c.previewCount = b.getInt();
            c.statementCount = b.getInt();
            c.interceptionCount = b.getInt();
            c.deedCount = b.getInt();
            c.norm = b.getDouble();
            c.titleFit = b.getDouble();
            c.headline = ints(b);
            c.entities = ints(b);
            c.entityCounts = ints(b);
            c.tolls = ints(b);
            c.terms = ints(b);
            c.weights = new float[b.getInt()];
            for (int i = 0; i < c.weights.length; i++) {
                c.weights[i] = b.getFloat();
            }
            c.figures = ints(b);
            c.outlets = new String[b.getInt()];
            for (int o = 0; o < c.outlets.length; o++) {
                c.outlets[o] = outletNames.computeIfAbsent(string(b), x -> x);
            }
            c.title = string(b);
            c.leadId = string(b);
            c.acts = b.getInt();
            c.titleLead = string(b);
            if (b.hasRemaining() || c.acts >>> EventActs.Act.values().length != 0 || c.weights.length != c.terms.length || c.entityCounts.length != c.entities.length
                    || c.previewCount > c.count || c.statementCount > c.count || c.deedCount > c.count
                    || c.interceptionCount > c.count) {
                throw new IllegalStateException("story record " + s + " does not add up");
            }
            return c;
        }

        private static int[] ints(ByteBuffer b) {
            int[] a = new int[b.getInt()];
            for (int i = 0; i < a.length; i++) {
                a[i] = b.getInt();
            }
            return a;
        }

        private static String string(ByteBuffer b) {
            int n = b.getInt();
            if (n < 0) {
                return null;
            }
            byte[] a = new byte[n];
            b.get(a);
            return new String(a, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] items = new int[4];
        int size;

        /** Appends, keeping at least the newest {@code keep} (older ones go once twice that many are held). */
        void add(int v, int keep) {
            if (size >= 2 * keep && keep > 0) {
                System.arraycopy(items, size - keep, items, 0, keep);
                size = keep;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }
    }
}
