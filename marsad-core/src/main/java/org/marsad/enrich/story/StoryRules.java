package org.marsad.enrich.story;

import java.time.Duration;

/**
 * How articles are grouped into stories: one happening each, so that a story does not chain related events into a
 * topic.
 *
 * @param threshold      cosine similarity to a story's summed terms (its centroid) at or above which an article may
 *                       join it
 * @param cohesion       ... and average similarity to the story's members (average link, computed from the summed
 *                       vector) at or above which it may: a story whose members disagree asks more of a newcomer
 *                       than one article at its edge would (single-link chaining is what makes topics)
 * @param window         an article joins only stories that had news within this time of it
 * @param span           ... and that started no longer than this before it
 * @param keyTermIdf     a shared headline word counts as a key term when its inverse document frequency reaches
 *                       this (rare names and places, not "Syria" or "president"); 0 turns the test off
 * @param withoutKeyTerm the centroid similarity needed when the article's headline shares no key term with the
 *                       headlines of the story
 * @param genericDays    a term is generic vocabulary on a day when it appeared on at least this many of the seven
 *                       days before (a running subject: "tariffs", "Douma"), not only in a burst; 0 turns it off
 * @param genericShare   when generic terms make at least this share of an article's similarity to a story ...
 * @param genericSpan    ... the story must have started within this time of the article: a tighter window for
 *                       stories that only share a running subject's vocabulary
 * @param articleTerms   the strongest terms kept for an article
 * @param storyTerms     the strongest terms kept for a story
 * @param probeTerms     the strongest article terms used to look stories up
 * @param maxPostings    at most this many most recent stories are looked at per term
 * @param evidenceShare  event evidence: a person or organisation counts as telling when the archive names it in at
 *                       most this share of its articles; an article that shares such an actor and a place with a
 *                       story (or a killed/injured count), within {@code evidenceWindow} of its latest article,
 *                       needs only {@code evidenceThreshold} and {@code evidenceCohesion}, and is spared the
 *                       key-term and running-subject tests; 0 turns evidence off
 * @param evidenceWindow ... the time from the story's latest article within which evidence counts
 * @param evidenceThreshold the centroid similarity needed with evidence
 * @param evidenceCohesion  the average link needed with evidence
 * @param waiverWindow   the running-subject test is waived for an article that names one of the story's own
 *                       entities (named by half its members) within this time of the story's start, or ...
 * @param waiverCosine   ... that is this similar to the story and shares a telling entity with it (named in at most
 *                       {@code evidenceShare} of the articles): a running subject's vocabulary ("tariffs", "Douma")
 *                       says nothing against such an article being the same happening; zero window turns it off
 * @param evidenceSameDay an actor and a place (and headline evidence) count as evidence only on a day the story
 *                       already reports
 * @param previewsApart  a headline announcing a happening to come (a preview: "the awaited summit") and one
 *                       reporting a happening do not share a story: an article joins only a story whose members are
 *                       mostly of its own kind (the preview of a match and its result are two events)
 * @param statementGap   a statement (a headline of what someone said, {@link org.marsad.arabic.Statements}) joins a
 *                       story of statements only within this time of the story's start, unless both name a deed
 *                       (a killing, a strike): statements made on different occasions in a running dispute ("Iran
 *                       threatens", "Macron urges" the next day) are different events; zero turns it off
 * @param recurringGap   a report of a missile interception ({@link org.marsad.arabic.Statements#reportsInterception})
 *                       joins a story of interceptions only within this time of the story's start: the Houthis' missiles
 *                       at Saudi Arabia recur every few days and each interception is its own event; zero turns it off
 * @param subjectCosine  an article at least this close to a story's centroid is spared the running-subject test: a
 *                       rewrite or explainer of the happening itself ("why did Erdoğan call early elections?" two
 *                       days after the call) shares the running subject's words because it is about the same thing;
 *                       1 or more turns it off
 * @param headlineKeys   headline evidence: an article whose headline shares at least this many key terms (rare
 *                       words, {@code keyTermIdf}) with the headlines of a story whose latest article is within
 *                       {@code headlineWindow} of it needs only {@code headlineThreshold} as centroid similarity and
 *                       as average link: two outlets naming the same rare pair ("Wenger", "Arsenal") on the same day
 *                       report one happening however differently their bodies run; 0 turns it off
 * @param headlineWindow ... the time from the story's start, and from its latest article, within which headline
 *                       evidence counts: a story that has run for days names its people in every headline, and the
 *                       next step of its process is another event
 * @param headlineThreshold the centroid similarity and average link needed with headline evidence
 * @param closeCosine    an article at least this close to a story's centroid needs only {@code closeCohesion} as
 *                       average link: a rewrite that matches the story's whole wording well is the same happening
 *                       even when the story's members have drifted apart from each other (the outlets' own angles),
 *                       while an article at the threshold's edge still needs the members to agree with it; 0 turns
 *                       it off
 * @param closeCohesion  ... the average link needed then
 * @param foldNames      the words of a named person count as their spelling-variant key in the story
 *                       vectors and headline key terms ({@link org.marsad.enrich.ArticleFeatures#names}): outlets
 *                       spell one foreign name differently (فينجر / فينغر), and the two reports of one happening
 *                       then share no word for its main actor
 * @param copiesOnStoryDays a near-duplicate (a copy) follows its original's story only when it is published on a
 *                       day (UTC) the story already reports, from its first day to its latest; a copy published
 *                       later is the outlet's piece run again (a weekly protest's template, an updated wrap-up) and
 *                       the rules decide its story like any article's
 * @param frames         event frames apart: an article whose headline's {@link EventFrame} and the story's headline's
 *                       are both known and conflict (a reaction and the act it reacts to, a resignation and an
 *                       appointment, a preview and its result; with {@link Frames#ACTS_AND_ACTORS} also the same act
 *                       by different subjects) does not join it; copies still follow their original's story
 * @param unframedOnSimilarity with frames read, an article whose headline names no listed act joins a story whose
 *                       headline reports a done act only when it passes the similarity threshold itself: the
 *                       evidence and headline waivers below it (a shared toll, a telling actor with a place, headline
 *                       key terms) do not let it in
 * @param sportActs      with frames read, a sport report (a headline naming the match, the cup, the team) reads its
 *                       match as a result ({@link org.marsad.arabic.EventActs#read(String, boolean)}), and two sport
 *                       reports whose sides (teams, players, competition) share no word are two matches: sport
 *                       headlines are told apart by their teams, not by words the other act classes misread («يحقق
 *                       فوزا» as an inquiry, «ضربة جزاء» as a strike)
 * @param unknownThreshold with frames read, an article whose headline names no listed act joins a story whose
 *                       headline names none either only at this centroid similarity or more, whatever evidence or
 *                       headline waiver it has (a draw guide, the oil price, a deadline: nothing in the headlines
 *                       says which happening); 0 turns it off
 * @param memberActs     with frames read, a story keeps the done acts its members' headlines led with, and an article
 *                       whose headline reports a done act of which none is one happening with a member's act does
 *                       not join it
 * @param leadActs       with frames read, an article whose headline names no listed act or only quotes someone
 *                       («X: ...») is framed by its first sentence's main clause ({@link EventFrame#of(String, String,
 *                       boolean)}) wherever its frame is weighed (against the story's headline, the members' acts,
 *                       the unknown-frame bars) and, under {@code memberActs}, adds that act to its story's
 * @param leadQuotes     under {@code leadActs}, a headline that only quotes someone is framed by its first sentence too
 *                       (false: only a headline that names no listed act is)
 * @param storyLeadActs  with frames read, a story whose headline names no listed act (or, under {@code leadQuotes},
 *                       only quotes someone) is framed by the first sentence of the member that gave it its headline,
 *                       kept in the story's state: an article framed by its first sentence is then weighed against
 *                       the story's first sentence, not against a headline that says nothing of the happening
 * @param otherSenses    with frames read, a headline whose first act word is there in another sense ({@link
 *                       org.marsad.arabic.EventActs#otherSense}: «ضربة جزاء», a penalty kick; «يحقق رقماً», achieves
 *                       a record) names no act, for the article and for the story alike, as the story page reads it
 * @param happeningFirst a statement whose headline names a deed («تركيا تدين الهجوم الكيماوي في دوما»), when it passes
 *                       the tests of several stories, joins one that reports a happening it names (most members not
 *                       statements, a member's headline naming a deed, a rare headline word shared) before a closer
 *                       story of other statements: a reaction belongs with the happening it reacts to, not with the
 *                       other reactions
 */
public record StoryRules(double threshold, double cohesion, Duration window, Duration span,
                         double keyTermIdf, double withoutKeyTerm, int genericDays, double genericShare,
                         Duration genericSpan, int articleTerms, int storyTerms,
                         int probeTerms, int maxPostings, double evidenceShare, Duration evidenceWindow,
                         double evidenceThreshold, double evidenceCohesion, Duration waiverWindow,
                         double waiverCosine, boolean evidenceSameDay, boolean previewsApart,
                         Duration statementGap, Duration recurringGap, double subjectCosine, int headlineKeys,
                         Duration headlineWindow, double headlineThreshold, double closeCosine,
                         double closeCohesion, boolean foldNames, boolean copiesOnStoryDays, Frames frames,
                         boolean unframedOnSimilarity, boolean sportActs, double unknownThreshold,
                         boolean memberActs, boolean leadActs, boolean leadQuotes, boolean storyLeadActs,
                         boolean otherSenses, boolean happeningFirst) {
    /** Which parts of the event frames keep an article from a story (see {@link EventFrame#conflicts}). */
    public enum Frames {
        /** Frames are not read. */
        OFF,
        /** Act classes and tense. */
        ACTS,
        /** Act classes, tense, and the subject of the same act. */
        ACTS_AND_ACTORS,
        /** Act classes, tense, and the stated object of the same act. */
        ACTS_AND_OBJECTS,
        /** Act classes, tense, and the stated place of the same act. */
        ACTS_AND_PLACES,
        /** Act classes, tense, and the stated object and place of the same act. */
        ACTS_AND_SETTING;

        /** Whether the same act's stated objects are compared. */
        boolean objects() {
            return this == ACTS_AND_OBJECTS || this == ACTS_AND_SETTING;
        }

        /** Whether the same act's stated places are compared. */
        boolean places() {
            return this == ACTS_AND_PLACES || this == ACTS_AND_SETTING;
        }
    }

    /**
     * True when these rules' frame test ({@link #frames}) keeps two frames apart: both known and conflicting
     * ({@link EventFrame#conflicts}, with actors under {@link Frames#ACTS_AND_ACTORS}), or the same act stated of
     * another object or place where the test compares them ({@link EventFrame#conflictsInSetting}); false with frames
     * off.
     */
    public boolean framesConflict(EventFrame a, EventFrame b) {
        return frames != Frames.OFF && (a.conflicts(b, frames == Frames.ACTS_AND_ACTORS)
                || a.conflictsInSetting(b, frames.objects(), frames.places()));
    }

    /**
     * A builder that starts from these rules: set only what differs ({@code DEFAULT.toBuilder().threshold(0.3)
     * .build()}), so that a new rule adds one component and one setter instead of another constructor.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Rules built component by component from a starting set (see {@link #toBuilder}); the names are the record's. */
    public static final class Builder {
        private double threshold;
        private double cohesion;
        private Duration window;
        private Duration span;
        private double keyTermIdf;
        private double withoutKeyTerm;
        private int genericDays;
        private double genericShare;
        private Duration genericSpan;
        private int articleTerms;
        private int storyTerms;
        private int probeTerms;
        private int maxPostings;
        private double evidenceShare;
        private Duration evidenceWindow;
        private double evidenceThreshold;
        private double evidenceCohesion;
        private Duration waiverWindow;
        private double waiverCosine;
        private boolean evidenceSameDay;
        private boolean previewsApart;
        private Duration statementGap;
        private Duration recurringGap;
        private double subjectCosine;
        private int headlineKeys;
        private Duration headlineWindow;
        private double headlineThreshold;
        private double closeCosine;
        private double closeCohesion;
        private boolean foldNames;
        private boolean copiesOnStoryDays;
        private Frames frames;
        private boolean unframedOnSimilarity;
        private boolean sportActs;
        private double unknownThreshold;
        private boolean memberActs;
        private boolean leadActs;
        private boolean leadQuotes;
        private boolean storyLeadActs;
        private boolean otherSenses;
        private boolean happeningFirst;

        private Builder(StoryRules r) {
            this.threshold = r.threshold;
            this.cohesion = r.cohesion;
            this.window = r.window;
            this.span = r.span;
            this.keyTermIdf = r.keyTermIdf;
            this.withoutKeyTerm = r.withoutKeyTerm;
            this.genericDays = r.genericDays;
            this.genericShare = r.genericShare;
            this.genericSpan = r.genericSpan;
            this.articleTerms = r.articleTerms;
            this.storyTerms = r.storyTerms;
            this.probeTerms = r.probeTerms;
            this.maxPostings = r.maxPostings;
            this.evidenceShare = r.evidenceShare;
            this.evidenceWindow = r.evidenceWindow;
            this.evidenceThreshold = r.evidenceThreshold;
            this.evidenceCohesion = r.evidenceCohesion;
            this.waiverWindow = r.waiverWindow;
            this.waiverCosine = r.waiverCosine;
            this.evidenceSameDay = r.evidenceSameDay;
            this.previewsApart = r.previewsApart;
            this.statementGap = r.statementGap;
            this.recurringGap = r.recurringGap;
            this.subjectCosine = r.subjectCosine;
            this.headlineKeys = r.headlineKeys;
            this.headlineWindow = r.headlineWindow;
            this.headlineThreshold = r.headlineThreshold;
            this.closeCosine = r.closeCosine;
            this.closeCohesion = r.closeCohesion;
            this.foldNames = r.foldNames;
            this.copiesOnStoryDays = r.copiesOnStoryDays;
            this.frames = r.frames;
            this.unframedOnSimilarity = r.unframedOnSimilarity;
            this.sportActs = r.sportActs;
            this.unknownThreshold = r.unknownThreshold;
            this.memberActs = r.memberActs;
            this.leadActs = r.leadActs;
            this.leadQuotes = r.leadQuotes;
            this.storyLeadActs = r.storyLeadActs;
            this.otherSenses = r.otherSenses;
            this.happeningFirst = r.happeningFirst;
        }

        public Builder threshold(double value) {
            this.threshold = value;
            return this;
        }

        public Builder cohesion(double value) {
            this.cohesion = value;
            return this;
        }

        public Builder window(Duration value) {
            this.window = value;
            return this;
        }

        public Builder span(Duration value) {
            this.span = value;
            return this;
        }

        public Builder keyTermIdf(double value) {
            this.keyTermIdf = value;
            return this;
        }

        public Builder withoutKeyTerm(double value) {
            this.withoutKeyTerm = value;
            return this;
        }

        public Builder genericDays(int value) {
            this.genericDays = value;
            return this;
        }

        public Builder genericShare(double value) {
            this.genericShare = value;
            return this;
        }

        public Builder genericSpan(Duration value) {
            this.genericSpan = value;
            return this;
        }

        public Builder articleTerms(int value) {
            this.articleTerms = value;
            return this;
        }

        public Builder storyTerms(int value) {
            this.storyTerms = value;
            return this;
        }

        public Builder probeTerms(int value) {
            this.probeTerms = value;
            return this;
        }

        public Builder maxPostings(int value) {
            this.maxPostings = value;
            return this;
        }

        public Builder evidenceShare(double value) {
            this.evidenceShare = value;
            return this;
        }

        public Builder evidenceWindow(Duration value) {
            this.evidenceWindow = value;
            return this;
        }

        public Builder evidenceThreshold(double value) {
            this.evidenceThreshold = value;
            return this;
        }

        public Builder evidenceCohesion(double value) {
            this.evidenceCohesion = value;
            return this;
        }

        public Builder waiverWindow(Duration value) {
            this.waiverWindow = value;
            return this;
        }

        public Builder waiverCosine(double value) {
            this.waiverCosine = value;
            return this;
        }

        public Builder evidenceSameDay(boolean value) {
            this.evidenceSameDay = value;
            return this;
        }

        public Builder previewsApart(boolean value) {
            this.previewsApart = value;
            return this;
        }

        public Builder statementGap(Duration value) {
            this.statementGap = value;
            return this;
        }

        public Builder recurringGap(Duration value) {
            this.recurringGap = value;
            return this;
        }

        public Builder subjectCosine(double value) {
            this.subjectCosine = value;
            return this;
        }

        public Builder headlineKeys(int value) {
            this.headlineKeys = value;
            return this;
        }

        public Builder headlineWindow(Duration value) {
            this.headlineWindow = value;
            return this;
        }

        public Builder headlineThreshold(double value) {
            this.headlineThreshold = value;
            return this;
        }

        public Builder closeCosine(double value) {
            this.closeCosine = value;
            return this;
        }

        public Builder closeCohesion(double value) {
            this.closeCohesion = value;
            return this;
        }

        public Builder foldNames(boolean value) {
            this.foldNames = value;
            return this;
        }

        public Builder copiesOnStoryDays(boolean value) {
            this.copiesOnStoryDays = value;
            return this;
        }

        public Builder frames(Frames value) {
            this.frames = value;
            return this;
        }

        public Builder unframedOnSimilarity(boolean value) {
            this.unframedOnSimilarity = value;
            return this;
        }

        public Builder sportActs(boolean value) {
            this.sportActs = value;
            return this;
        }

        public Builder unknownThreshold(double value) {
            this.unknownThreshold = value;
            return this;
        }

        public Builder memberActs(boolean value) {
            this.memberActs = value;
            return this;
        }

        public Builder leadActs(boolean value) {
            this.leadActs = value;
            return this;
        }

        public Builder leadQuotes(boolean value) {
            this.leadQuotes = value;
            return this;
        }

        public Builder storyLeadActs(boolean value) {
            this.storyLeadActs = value;
            return this;
        }

        public Builder otherSenses(boolean value) {
            this.otherSenses = value;
            return this;
        }

        public Builder happeningFirst(boolean value) {
            this.happeningFirst = value;
            return this;
        }

        public StoryRules build() {
            return new StoryRules(threshold, cohesion, window, span, keyTermIdf, withoutKeyTerm, genericDays,
                    genericShare, genericSpan, articleTerms, storyTerms, probeTerms, maxPostings, evidenceShare,
                    evidenceWindow, evidenceThreshold, evidenceCohesion, waiverWindow, waiverCosine, evidenceSameDay,
                    previewsApart, statementGap, recurringGap, subjectCosine, headlineKeys, headlineWindow,
                    headlineThreshold, closeCosine, closeCohesion, foldNames, copiesOnStoryDays, frames,
                    unframedOnSimilarity, sportActs, unknownThreshold, memberActs, leadActs, leadQuotes, storyLeadActs,
                    otherSenses, happeningFirst);
        }
    }

    /**
     * Tuned on the dev split of the bench's labelled ANT pairs (bench/.../stories/LABELLING.md). Without event
     * evidence: pair precision 0.88 there (same-event recall 0.16), against 0.43 (recall 0.30) for the rules before;
     * held out (16–30 April, first scoring) 0.68 against 0.50, recall 0.26 against 0.43. With event evidence (a
     * shared killed/injured count, or an actor named in at most 0.625% of the articles and a place the story's
     * members name, within 48 hours of its start, at centroid 0.2 and average link 0.15): dev precision 0.91,
     * recall 0.20. The running-subject waiver stays off: on dev it joined a running subject's topic pairs (the
     * US–China tariffs) and lowered precision to 0.87 (core entity) or 0.78 (close and rare entity).
     * The place+day cap (an actor and a place count only on the story's own days) is on: with the tagger of
     * 2026-12-04 night, dev precision 0.905 with it against 0.859 without, recall 0.187 against 0.196. Entity-overlap
     * evidence (two or three of the story's own telling entities) was tried and left out: 0.826 and 0.859, no recall
     * gained. 2026-12-05, tuned on dev, held-out 1 and held-out 2 together (all three seen, so in-sample; mean of
     * the three splits): previews apart (a preview and the happening it announces never share a story) took
     * precision 0.775 → 0.845, recall 0.348 → 0.329; then the centroid similarity without a shared key term
     * 0.45 → 0.35 and the running-subject span 24 h → 42 h took it to precision 0.838, recall 0.375. With the
     * tagger of 2026-12-05 the same rules give 0.851, recall 0.390; the centroid similarity 0.25 → 0.28 (rules
     * frozen here, 2026-12-05 01:30) gives 0.866, recall 0.406 (0.26: 0.858/0.406; 0.30: 0.864/0.401; 0.22 changes
     * nothing). An article that is not close enough to the story it would have joined first starts its own, which
     * the next rewrites of its happening then join. In-sample, and decided by a few heavily weighted pairs.
     * 2026-12-05 (all four samples seen, pooled: dev + held-out 1-3 at a third each): statements apart after 12 h
     * (a statement joins a story of statements only within 12 h of its start unless both name a deed) took pooled
     * precision 0.864 → 0.884, recall 0.300 → 0.300 (held-out 3 0.775 → 0.845, held-out 2 0.802 → 0.826, dev and
     * held-out 1 unchanged); 6 h split a reaction to Kim's pledge from it and let a split Douma story gather a topic
     * pair (pooled 0.867). Then recurring deeds apart after 12 h (a missile interception joins a story of
     * interceptions only within 12 h of its start): pooled precision 0.884 → 0.888, recall 0.300 → 0.300 (held-out 3
     * 0.845 → 0.865, held-out 2 0.826 → 0.830, dev and held-out 1 unchanged). Rules frozen here for the fourth
     * sample's final look (2026-12-05 04:30). 2026-12-05 08:20 (all six samples seen, held-out 5 scored once
     * before): the centroid similarity without a shared key term 0.35 → 0.31 took pooled-five precision 0.830 → 0.835,
     * recall 0.314 → 0.318 (dev 0.921/0.211 → 0.923/0.220, held-out 4 0.782/0.328 → 0.790/0.330, held-out 5
     * 0.829/0.469 → 0.829/0.470, held-out 1-3 unchanged); leave one sample out it gains both on the other samples in
     * every fold and never loses on the left-out one. In-sample and small. Headline evidence (two shared key terms)
     * stays off: pooled 0.833/0.415, but precision fell on four of the six samples (bench/README.md).
     * 2026-12-05 10:20 (rules frozen for the sixth sample; all figures in-sample): more previews (a weekday with
     * "next", a bout after "before", "on a date with") took pooled-five precision 0.835 → 0.843, recall 0.318 →
     * 0.321; then headline evidence on (two shared key terms, 0.15), counted within 24 h of the story's start as
     * well as of its latest article and only on the story's own days: 0.848 / 0.336 (held-out 5 0.838 / 0.480,
     * largest story 20). Leave one sample out, the other samples' precision holds or rises and their recall rises in
     * all six folds. 2026-12-05 13:10 (rules frozen for the seventh sample; held-out 6 scored once at 0.775 / 0.577,
     * in-sample since; pooled six = four whole-month estimates at a quarter each): the headline threshold 0.15 →
     * 0.18 took pooled-six precision 0.825 → 0.836, recall 0.412 → 0.414, and no sample loses either figure (held-out
     * 6 0.775 / 0.577 → 0.802 / 0.580, held-out 1 0.909 / 0.609 → 0.916 / 0.643); at 0.19 a held-out 1 same-event
     * pair (average link 0.187) drops out, at 0.17 precision gains alone (0.834 / 0.412). Then an actor counts as
     * telling when named in at most 0.4% of the articles (was 0.625%): 0.836 / 0.414 → 0.842 / 0.426, gaining both
     * on held-out 4, 5 and 6 (the whole-month samples) and losing a little on dev (0.923 / 0.232 → 0.919 / 0.222)
     * and held-out 2-3 (recall −0.003 and −0.007); leave one sample out the other samples gain both in six folds of
     * seven (without held-out 5: precision +0.002, recall −0.001). 0.5% changes little (0.835 / 0.412), 0.3% reads
     * 0.846 / 0.420 but held-out 3's recall falls 0.536 → 0.475. In-sample, decided by a few heavy pairs.
     * 2026-12-05 16:30 (rules frozen for the eighth sample; held-out 7 scored once at 0.849 / 0.304, in-sample since;
     * pooled seven = five whole-month estimates at a fifth each): an article at least 0.40 close to the story's
     * centroid needs average link 0.22 instead of 0.25 (close cosine): pooled-seven precision 0.843 → 0.846, recall
     * 0.394 → 0.400; leave one sample out the other samples gain both in all eight folds; held-out 2, 4, 5, 6 and 7
     * gain (held-out 7 0.849 / 0.304 → 0.860 / 0.315), held-out 1 and 3 are unchanged and dev loses precision
     * (0.919 → 0.911). 0.42 gains less (0.844 / 0.396, no sample loses), 0.38 with 0.22 lowers held-out 5's
     * precision, 0.40 with 0.21 reads 0.847 / 0.436 but that is held-out 4's and held-out 6 and 7 lose precision.
     * In-sample, a few heavy pairs (bench/README.md). 2026-12-05 19:10 (rules frozen for the ninth sample; held-out 8
     * scored once at 0.772 / 0.310, in-sample since; pooled eight = six whole-month estimates at a sixth each): the
     * words of a tagged person count as their spelling-variant key (fold names: فينجر / فينغر, a key of three letters
     * or more) in the story vectors and headline key terms: pooled-eight precision 0.833 → 0.853, recall 0.383 →
     * 0.428; leave one sample out the other samples gain both in all nine folds; held-out 4-8 gain both (held-out 8
     * 0.772 / 0.310 → 0.773 / 0.315), held-out 1 gains precision and loses recall (0.643 → 0.512), held-out 2 and 3
     * lose both (held-out 3 recall 0.529 → 0.435), dev loses one pair's precision. Places folded too lose precision
     * (0.837 / 0.414); any key length folds gain recall, but four letters or more lose held-out 5's precision.
     * In-sample, a few heavy pairs (bench/README.md). 2026-12-05 22:17 (rules frozen for the tenth sample; held-out 9
     * scored once at 0.730 / 0.353, in-sample since; pooled nine = seven whole-month estimates at a seventh each):
     * a copy follows its original's story only on a day the story already reports (copies on story days): pooled-nine
     * precision 0.837 → 0.839, recall 0.418 → 0.418; leave one sample out the other samples gain in all ten folds and
     * no sample loses either figure (held-out 3 0.847 → 0.853, dev 0.910 → 0.913; held-out 9 unchanged). Small: the
     * labelled wrong joins that came by a copy weigh 59 of 477 pooled, and most are on the story's own days. The
     * other levers measured (a learned veto on the rules' joins, a day-spread cap, a key-term test for burst
     * vocabulary, thresholds) each trade recall for precision (bench/README.md). 2026-12-06 01:30 (rules frozen for the
     * eleventh sample; held-out 10 scored once at 0.681 / 0.405, in-sample since; pooled ten = eight whole-month
     * estimates at an eighth each): event frames apart ({@link Frames#ACTS}: an article whose headline's act class and
     * tense, {@link EventFrame}, conflict with its story's headline's does not join it): pooled-ten precision 0.820 →
     * 0.841, recall 0.417 → 0.413 (scratch harness; the bench's own figures are in bench/README.md); leave one sample
     * out the other samples gain precision in all eleven folds and lose at most 0.005 of recall; held-out 1-10 gain
     * precision or hold it (held-out 9 0.730 → 0.766, held-out 10 0.681 → 0.699, recall 0.405 → 0.392), dev loses
     * one heavy pair by a chain of reassignments (0.913 → 0.869). Subjects compared too ({@link Frames#ACTS_AND_ACTORS})
     * read 0.826 / 0.356; a statement required to name the story's act read 0.845 / 0.401 (recall below the old rules'
     * less 0.03). In-sample, decided by a few heavy pairs. 2026-12-06 03:40 (rules frozen for the twelfth sample;
     * held-out 11 scored once at 0.768 / 0.569, in-sample since; pooled eleven = nine whole-month estimates at a ninth
     * each): an article whose headline names no listed act joins a story whose headline reports a done act only on the
     * similarity threshold itself, not through the evidence or headline waivers ({@code unframedOnSimilarity}):
     * pooled-eleven precision 0.833 → 0.838, recall 0.424 → 0.422 (scratch harness; the bench's own figures are in
     * bench/README.md); leave one sample out the other samples gain 0.003–0.005 of precision in all twelve folds and
     * lose 0.001–0.002 of recall; held-out 2, 4, 7 and 10 gain precision (held-out 10 0.699 → 0.707), held-out 8 and
     * 11 lose 0.001 (held-out 11 0.768 / 0.569 → 0.767 / 0.566). The same test both ways (an act-less story headline
     * too) reads 0.839 / 0.409, waivers refused to every article 0.830 / 0.405, an act-less article held to 0.34 or
     * 0.40 0.830 / 0.400 and 0.834 / 0.392. The act's stated object and place ({@link Frames#ACTS_AND_OBJECTS},
     * {@link Frames#ACTS_AND_PLACES}, {@link Frames#ACTS_AND_SETTING}) read 0.833 / 0.424, 0.832 / 0.422 and
     * 0.832 / 0.422: the labelled wrong joins hardly ever state two objects or places, and a city against its country
     * (Toronto, Canada) split one event; not kept. In-sample, a few heavy pairs. 2026-12-06 06:20 (rules frozen for
     * the thirteenth sample; held-out 12 scored once at 0.763 / 0.409, in-sample since; pooled twelve = ten
     * whole-month estimates at a tenth each): two headlines that both name no listed act join only at centroid
     * similarity 0.31 ({@code unknownThreshold}; no evidence or headline waiver below it): pooled-twelve precision
     * 0.830 → 0.837, recall 0.421 → 0.436 (scratch harness; the bench's own figures are in bench/README.md); leave one
     * sample out the other samples gain both in all thirteen folds. Sample by sample it is a trade: precision rises
     * in seven samples and falls in four (held-out 6 −0.044), recall falls in nine (−0.002 to −0.030) and the pooled
     * recall rises on a few heavy same-event pairs that come together once the refused articles no longer pull
     * stories apart (held-out 4 +0.088, held-out 5 +0.142; held-out 12 0.763 / 0.409 → 0.796 / 0.407). 0.30 reads
     * 0.834 / 0.436, 0.32 0.840 / 0.435, 0.325 0.838 / 0.434, 0.33 0.838 / 0.413 (held-out 4's heavy pair parts),
     * 0.34 0.841 / 0.406, 0.40 0.847 / 0.375; 0.31 is the middle of the plateau. Sport read apart
     * ({@code sportActs}) reads 0.829 / 0.417 (its team test alone changes no labelled pair; the fixed senses lose
     * more right joins than wrong ones); places compared by containment ({@link Frames#ACTS_AND_PLACES} with the
     * city-to-country list) change no labelled pair; not kept. In-sample, a few heavy pairs. 2026-12-06 08:50 (rules
     * frozen for the fourteenth sample, unchanged from the thirteenth's; held-out 13 scored once at 0.731 / 0.503,
     * in-sample since; pooled thirteen = eleven whole-month estimates at an eleventh each): the acts the members'
     * headlines led with kept per story ({@code memberActs}) read pooled-thirteen 0.837 / 0.424 against 0.829 / 0.440
     * (scratch harness; bench/README.md): precision rises in all fourteen leave-one-out folds, but recall falls in all
     * of them, to 0.044 below the old rules' (the goal allows 0.03), mostly on two heavy same-event pairs of held-out 5
     * (Turkey's condemnation and Moscow's denial over Douma, the OPCW's dispatch and Damascus's invitation) that part
     * once a story of the Douma statements can no longer gather a deed of another kind; no recall lever measured beside
     * it brings recall back within the goal (headline threshold 0.16: 0.837 / 0.429; cohesion 0.23: 0.830 / 0.432).
     * Off. A shared toll counted for deeds only
     * read 0.827 / 0.424, a statement held to name the story's done act (or reach centroid 0.4-0.6) 0.830 / 0.437,
     * the close path only for the story's own act 0.820 / 0.421; single knobs (threshold, cohesion, close cosine and
     * cohesion, key-term, headline, evidence and unknown-frame thresholds, statement gap, evidence window) moved both
     * figures by at most 0.010. Not kept. 2026-12-06 12:00 (rules frozen for the fifteenth sample, unchanged from the
     * thirteenth's; held-out 14 scored once at 0.726 / 0.321, in-sample since; pooled fourteen = twelve whole-month
     * estimates at a twelfth each): the act read from the first sentence's main clause when the headline names none
     * or only quotes someone ({@code leadActs}) read pooled-fourteen 0.820 / 0.434 against 0.821 / 0.429 (scratch
     * harness; bench/README.md), with member acts 0.830 / 0.402 against member acts alone 0.830 / 0.413; read only
     * where frames conflict 0.823 / 0.424, only for quotes 0.818 / 0.437, only for act-less headlines 0.823 / 0.426.
     * A statement let into a story of statements begun within 48 h on one shared headline key term at centroid and
     * average link 0.15 (a statement chain, scratch) read 0.821 / 0.432, with member acts 0.831 / 0.416: the Douma
     * statements of held-out 5 part under member acts because they choose different stories, not because one is
     * refused. None passes the recall bar with a precision gain. Off. 2026-12-06 15:20 (rules frozen for the
     * fifteenth sample, the first that change story decisions since the thirteenth's; all fourteen samples in-sample;
     * pooled fourteen = twelve whole-month estimates at a twelfth each): member acts on ({@code memberActs}), with three
     * thresholds loosened to win back the recall it costs: headline evidence at 0.16 (was 0.18), average link 0.24 (was
     * 0.25) and the unknown-frame bar 0.27 (was 0.31). Pooled-fourteen precision 0.821 → 0.827, recall 0.429 → 0.429
     * (the old rules' 0.457 less 0.03 is 0.427); leave one sample out, the other samples' precision rises in all fifteen
     * folds (+0.002 to +0.013) and their recall moves −0.006 to +0.012 (scratch harness; bench/README.md). Step by
     * step: member acts alone 0.830 / 0.413, with headline evidence at 0.16 0.831 / 0.418, with average link 0.24 too
     * 0.830 / 0.422, with the unknown bar 0.27 too 0.827 / 0.429. The unknown bar: 0.30 0.828 / 0.425, 0.28 0.827 /
     * 0.428, 0.26 0.827 / 0.430, 0.25 0.826 / 0.431, 0.24 0.824 / 0.415 (a cliff); 0.27 is the middle of the plateau.
     * Average link 0.23 reads 0.824 / 0.427 (precision up in twelve folds), 0.22 0.799 / 0.430. Sample by sample
     * precision rises on nine (held-out 9 0.746 → 0.793, 13 0.731 → 0.780, 14 0.726 → 0.756) and falls on six
     * (held-out 5 0.938 → 0.897, its Douma statements parting). Measured and not kept: the story framed by its
     * opening member's first sentence ({@code storyLeadActs}) 0.825 / 0.418, act words in another sense
     * ({@code otherSenses}) 0.818 / 0.429, the first-sentence act for act-less headlines only ({@code leadActs}
     * without {@code leadQuotes}) 0.820 / 0.434.
     * In-sample, a few heavy pairs. Scored once on the fifteenth sample (15:22 UTC, the first look at them): 0.646 /
     * 0.581 against main's 0.661 / 0.568 on the same pairs (3 fewer joins; bench/README.md "Held-out 15"), so the
     * in-sample gain did not carry and these rules stay off: the defaults below are the rules before this freeze
     * (member acts off, headline evidence 0.18, average link 0.25, unknown-frame bar 0.31); the frozen set is
     * {@code -Dstory.memberActs=true -Dstory.headlineThreshold=0.16 -Dstory.cohesion=0.24 -Dstory.unknownThreshold=0.27}.
     * 2026-12-06 18:00 (all fifteen samples in-sample; pooled fifteen = thirteen estimates at a thirteenth each): a
     * statement naming a deed joins the happening's story before a closer story of statements ({@code
     * happeningFirst}) read 0.808 / 0.434 against main's 0.809 / 0.435, with member acts 0.821 / 0.426 against 0.820 /
     * 0.419 (held-out 5's Douma reactions back together, both figures up in 15 of 16 leave-one-out folds, recall still
     * below the bar), with the fifteenth's frozen set 0.814 / 0.434 against 0.814 / 0.436. Off.
     */
    public static final StoryRules DEFAULT = new StoryRules(0.28, 0.25, Duration.ofDays(2), Duration.ofDays(3), 3.0, 0.31,
            3, 0.5, Duration.ofHours(42), 50, 60, 8, 100, 0.004, Duration.ofDays(2), 0.2, 0.15, Duration.ZERO, 1.0,
            true, true, Duration.ofHours(12), Duration.ofHours(12), 1.0, 2, Duration.ofHours(24), 0.18, 0.40, 0.22, true, true,
            Frames.ACTS, true, false, 0.31, false, false, true, false, false, false);

    /** The rules before events were told from topics: single centroid test, 2-day window, 5-day span. */
    public static final StoryRules TOPICAL = new StoryRules(0.3, 0.0, Duration.ofDays(2), Duration.ofDays(5), 0, 0.3,
            0, 1.0, Duration.ofDays(5), 50, 60, 8, 100, 0, Duration.ofDays(1), 0.3, 0, Duration.ZERO, 1.0, false, false,
            Duration.ZERO, Duration.ZERO, 1.0, 0, Duration.ZERO, 1.0, 0.0, 0.0, false, false, Frames.OFF, false, false, 0,
            false, false, true, false, false, false);
}
