package org.marsad.enrich.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A learned join gate: a logistic model over the features an article has against a story
 * ({@link #FEATURES}, computed by {@link StoryClusterer}) that says how likely the article reports the story's
 * happening. Where the gate is used, an article joins the candidate story it scores highest on, if that score
 * reaches the gate's threshold; the time window and the preview rule still apply first. The weights are trained
 * from the bench's labelled story pairs and written as a small text file ({@code JoinGateBench --write}).
 *
 * <p>One gate is shipped ({@link #shipped()}, the class-path resource {@value #RESOURCE} beside this class): weights
 * fitted to Marsad's own labelled ANT 2018-04 story pairs (the dev and held-out 1-15 samples), the file
 * {@code JoinGateBench --write} wrote on 2026-12-06, copied byte for byte. Trained on four samples a gate did not beat
 * the rules (bench README, "A learned join gate"); trained on fifteen, leave one sample out, it read pooled
 * 0.852 / 0.444 against the rules' 0.809 / 0.435 in-sample, and on the blind sixteenth sample 0.812 / 0.545 against
 * 0.729 / 0.561 (bench README, "The join gate turned on in the archive"). The archive's story stage uses it
 * ({@link #forArchive()}) unless {@code -D}{@value #SWITCH}{@code =off}. To re-train: run {@code JoinGateBench
 * --write FILE --threshold T} on the labelled samples and replace the resource with FILE; an archive opened by a
 * version with another gate replays its story state once (the gate is part of the state's stamp,
 * {@link #fingerprint()}).
 *
 * @param weights   one weight per feature of {@link #FEATURES}, for the raw (unscaled) feature values
 * @param intercept the model's constant
 * @param threshold the probability at or above which an article may join a story
 * @param mode      where the gate decides
 * @param floorCosine in {@link Mode#DECIDE}: the centroid similarity below which a story is not weighed at all (no
 *                  labelled pair there taught the gate anything)
 * @param floorLink ... and the average link below which it is not
 * @param trees     boosted trees whose values add to the logistic model's log-odds (none for a purely logistic gate):
 *                  what a sum of weights cannot say, such as "close AND on the story's day AND no frame conflict"
 * @param words     the headline words whose weights add to the log-odds ({@link HeadlineWords#NONE} for none): which
 *                  words of the article's headline and the story's tell two steps of one affair apart
 * @param switches  hand-set readings the clusterer applies around this gate's decision ({@link Switch}); the shipped
 *                  gate carries {@link Switch#TOLL_UPDATES} since held-out 22 (bench README "Held-out 22")
 */
public record JoinGate(double[] weights, double intercept, double threshold, Mode mode, double floorCosine,
                       double floorLink, List<Tree> trees, HeadlineWords words, Set<Switch> switches) {
    /**
     * A hand-set reading a gate file may switch on (a {@code switch<TAB>name} line); nothing about it is learned.
     * Issue 20, 2026-12-07 (bench README, "Previews widened and a toll-update continuation"). The shipped one and the
     * candidates that gained precision, kept to be combined under a rule written later; the candidates that gained
     * on neither measure are gone (bench README, "Four failed switches pruned", names the commits that still run them).
     */
    public enum Switch {
        /**
         * A rising-toll headline ({@link org.marsad.arabic.TollUpdates#announcesRise}) weighed against a story that
         * holds a killed toll for the same act in the same place, lower than the article's, within 48 h of the
         * story's latest member, is weighed as a continuation: its time from the story read as 0 and its toll as
         * shared.
         */
        TOLL_UPDATES,
        /**
         * An article whose headline names no listed act, weighed against a story whose headline names none either,
         * is weighed only when it reaches the rules' unknown-frame bar ({@link StoryRules#unknownThreshold}, centroid
         * cosine 0.31): with nothing in either headline to say which happening it is, only a close match of the
         * wording joins, as the rules alone ask. The gate weighed that bar only through {@code rules_pass}; pairs of
         * two act-less headlines were the largest kind of its wrong joins on 23 folds (bench README, stories30).
         */
        UNFRAMED_BAR,
        /**
         * A piece that reports no single happening ({@link org.marsad.arabic.NoHappening}: a question, an explainer,
         * an analysis or opinion, an interview, a profile, a feature under a heading label, a digest) joins a story
         * only as a near-duplicate copy of a member; the gate weighs it against no story, and weighs no article
         * against a story whose headline is such a piece. A story is one happening: another outlet's piece on the same
         * subject is another piece, and a piece is not the start of a chain of reports. A candidate of issue 20
         * (bench README, "Pieces with no single happening"); not in the shipped gate.
         */
        PIECES_AS_COPIES,
        /**
         * An article whose headline names no listed act, against a story whose headline reports a done act (both read
         * with listed act words in inflected forms too, {@link org.marsad.arabic.EventActs#read(String, boolean,
         * boolean)}: «غاراته», «اعتقالات», «ينددون»), is weighed only at the rules' similarity threshold ({@link
         * StoryRules#threshold}, centroid cosine 0.28) or above, unless it is a copy of one of the story's members: the
         * rules' second frame refusal ({@link StoryRules#unframedOnSimilarity}), which the gate weighed only through
         * {@code rules_pass}. A candidate of issue 20 (bench README, "A frame conflict as a refusal"); not in the
         * shipped gate.
         */
        UNFRAMED_TO_DEED;

        /** The name a gate file writes. */
        public String written() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A tree of depth two over the gate's features: the root splits on one feature, each side on another, and each
     * of the four leaves adds its value to the log-odds. A feature below its cut goes to the low side.
     *
     * @param split     the root's feature (index into {@link #ALL_FEATURES})
     * @param cut       the root's cut
     * @param lowSplit  the feature the low side splits on
     * @param lowCut    its cut
     * @param highSplit the feature the high side splits on
     * @param highCut   its cut
     * @param leaves    the four leaf values: low-low, low-high, high-low, high-high
     */
    public record Tree(int split, double cut, int lowSplit, double lowCut, int highSplit, double highCut,
                       double[] leaves) {
        public Tree {
            if (leaves.length != 4) {
                throw new IllegalArgumentException("a join gate tree needs 4 leaves, got " + leaves.length);
            }
            leaves = leaves.clone();
        }

        @Override
        public double[] leaves() {
            return leaves.clone();
        }

        /** The value this tree adds to the log-odds of an article with these features. */
        public double value(double[] x) {
            if (x[split] < cut) {
                return x[lowSplit] < lowCut ? leaves[0] : leaves[1];
            }
            return x[highSplit] < highCut ? leaves[2] : leaves[3];
        }

        int widest() {
            return Math.max(split, Math.max(lowSplit, highSplit));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tree t && split == t.split && cut == t.cut && lowSplit == t.lowSplit
                    && lowCut == t.lowCut && highSplit == t.highSplit && highCut == t.highCut
                    && Arrays.equals(leaves, t.leaves);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * split + lowSplit) + highSplit + Arrays.hashCode(leaves);
        }
    }

    /** Where the gate decides. */
    public enum Mode {
        /** Among the stories at or above the gate's similarity floor, the gate alone decides. */
        DECIDE,
        /** The rules decide, and the gate may only refuse a join they allow. */
        VETO
    }

    /**
     * The features, in order. Similarities are the clusterer's own: centroid cosine with the figure bonus, average
     * link, the share of the similarity carried by a running subject's words; evidence as the rules see it; shared
     * entities by type among those the story names; time from the story's start and latest article, in days; the
     * rules' whole decision ({@code rules_pass}, the statement rule included) and the statement rule alone
     * ({@code statement_apart}: a statement joining a story of statements begun more than the statement gap away).
     */
    public static final List<String> FEATURES = List.of(
            "cosine", "average_link", "shared_figures", "generic_share", "key_term", "key_terms",
            "shared_toll", "shared_persons", "shared_places", "shared_orgs", "core_entities", "telling_actor",
            "evidence", "days_from_first", "days_from_last", "log_members", "outlet_in_story", "same_day",
            "rules_pass", "statement_apart");

    /**
     * The event features after {@link #FEATURES} (issue 20, 2026-12-06): what tells one happening from another on the
     * same subject. {@code frame_conflict}: the article's headline frame and the story's cannot be one happening (acts,
     * tense, actors, object or place, as {@link EventFrame#conflicts} and {@link EventFrame#conflictsInSetting} read
     * them), whatever the rules' frame test; {@code frame_agree}: both are known and one happening;
     * {@code place_conflict}: both name places and share none; {@code figure_conflict}: both carry telling figures and
     * share none; {@code story_places}: the places the story names (at most 4), its spread; {@code story_days}: the
     * days from the story's start to its latest article (at most 3); {@code both_statements}: the article's headline is
     * a statement and so are most of the story's; {@code cosine_same_day}, {@code link_same_day} and
     * {@code cosine_days_last}: products a logistic model cannot form itself (close and on the story's days; close but
     * days after its latest article).
     */
    public static final List<String> EVENT_FEATURES = List.of(
            "frame_conflict", "frame_agree", "place_conflict", "figure_conflict", "story_places", "story_days",
            "both_statements", "cosine_same_day", "link_same_day", "cosine_days_last");

    /**
     * The features of the story's memory after {@link #EVENT_FEATURES} (issue 20, 2026-12-07): what the story keeps of
     * its members beyond its sums, to tell another speaker's statement and another step of a process from a report of
     * the story's own happening, and an article at the story's edge from one close to its body.
     * {@code speaker_differs}: the article's headline is a statement whose speaker ({@link org.marsad.arabic.Speakers})
     * is none of the speakers of the story's statement headlines (the story has one at least); {@code speaker_shared}:
     * it is one of them; {@code stage_step}: the article's headline reports an act (a statement aside) on an object a
     * member's act was on, but not that act in that tense (announce / begin / complete, arrest / charge / sentence);
     * {@code act_new}: the story's members report acts and the article's act, in its tense, is none of them;
     * {@code cohesion_share}: the share of the story's latest members (at most eight) the article is
     * close to (cosine of their strongest terms at least 0.3); {@code cohesion_best}: its cosine to the closest of
     * them (single link); {@code days_first_new_act}: the days from the story's start (at most 3) when the act is new or
     * a step, else 0.
     */
    public static final List<String> MEMORY_FEATURES = List.of(
            "speaker_differs", "speaker_shared", "stage_step", "act_new", "cohesion_share", "cohesion_best",
            "days_first_new_act");

    /**
     * The features of the article's kind after {@link #MEMORY_FEATURES} (issue 20, 2026-12-07): whether the article is a
     * report or a piece written beside one ({@link org.marsad.arabic.ArticleKinds}: speculation, analysis, explainer,
     * gallery, round-up), against the kind of the story's headline. {@code kind_differs}: the two kinds differ;
     * {@code kind_speculates}: the article speculates or analyses («هل …؟», «قراءة في …») and the story's headline
     * does not — in the labelled pairs of dev and held-out 1-19, a pair of which one headline asks «هل» is same-event
     * for 0.43 of the pairs within a day, against 0.69 for pairs of two reports. Both are read from the headlines (and
     * the article's opening), so a story read from a state file gives the same values.
     */
    public static final List<String> KIND_FEATURES = List.of("kind_differs", "kind_speculates");

    /**
     * The preview feature after {@link #KIND_FEATURES} (issue 20, 2026-12-07, branch stories29): the wide reading of
     * previews ({@link org.marsad.arabic.Previews#announcesAheadWidely}) learned as a weight instead of obeyed as a
     * refusal. {@code preview_wide_differs}: of the article's headline and the story's headline, one reads as a
     * preview under the wide reading and the other does not. As a hard refusal the wide reading kept previews out of
     * stories and so reshaped the stories later articles met (bench README, stories28); as a feature it only moves the
     * gate's p for the pair it reads, and the narrow preview rule refuses as before.
     */
    public static final List<String> PREVIEW_FEATURES = List.of("preview_wide_differs");

    /**
     * Every feature the clusterer computes, in order: {@link #FEATURES}, {@link #EVENT_FEATURES},
     * {@link #MEMORY_FEATURES}, {@link #KIND_FEATURES}, then {@link #PREVIEW_FEATURES}. A gate weighs the first {@code weights.length} of them
     * ({@link #WIDTHS}): a gate of the twenty (the gate shipped before the event features), of the thirty or of the
     * thirty-seven reads and decides exactly as it did.
     */
    public static final List<String> ALL_FEATURES = java.util.stream.Stream.of(FEATURES, EVENT_FEATURES,
            MEMORY_FEATURES, KIND_FEATURES, PREVIEW_FEATURES).flatMap(List::stream).toList();

    /**
     * The numbers of features a gate may weigh: the twenty, the thirty with the event features, the thirty-seven with
     * the memory features, the thirty-nine with the kind features, or all (the preview feature too).
     */
    public static final List<Integer> WIDTHS = List.of(FEATURES.size(), FEATURES.size() + EVENT_FEATURES.size(),
            FEATURES.size() + EVENT_FEATURES.size() + MEMORY_FEATURES.size(),
            ALL_FEATURES.size() - PREVIEW_FEATURES.size(), ALL_FEATURES.size());

    /** Where the shipped gate lives on the class path. */
    public static final String RESOURCE = "join-gate.tsv";

    /**
     * The system property that turns the archive's gate off ({@code off}: the story rules alone, for measurement)
     * or on ({@code on}, the default).
     */
    public static final String SWITCH = "story.gate";

    public JoinGate {
        if (!WIDTHS.contains(weights.length)) {
            throw new IllegalArgumentException("a join gate needs " + WIDTHS + " weights, got " + weights.length);
        }
        weights = weights.clone();
        if (mode == null) {
            throw new IllegalArgumentException("a join gate needs a mode");
        }
        trees = List.copyOf(trees);
        switches = switches == null || switches.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(
                java.util.EnumSet.copyOf(switches));
        if (words == null) {
            throw new IllegalArgumentException("a join gate needs its headline words (HeadlineWords.NONE for none)");
        }
        for (Tree t : trees) {
            if (t.widest() >= weights.length || Math.min(t.split(), Math.min(t.lowSplit(), t.highSplit())) < 0) {
                throw new IllegalArgumentException("a join gate tree splits on a feature the gate does not weigh");
            }
        }
    }

    /** A gate without switches. */
    public JoinGate(double[] weights, double intercept, double threshold, Mode mode, double floorCosine,
                    double floorLink, List<Tree> trees, HeadlineWords words) {
        this(weights, intercept, threshold, mode, floorCosine, floorLink, trees, words, Set.of());
    }

    /** A gate without headline words. */
    public JoinGate(double[] weights, double intercept, double threshold, Mode mode, double floorCosine,
                    double floorLink, List<Tree> trees) {
        this(weights, intercept, threshold, mode, floorCosine, floorLink, trees, HeadlineWords.NONE);
    }

    /** A purely logistic gate (no trees, no headline words). */
    public JoinGate(double[] weights, double intercept, double threshold, Mode mode, double floorCosine,
                    double floorLink) {
        this(weights, intercept, threshold, mode, floorCosine, floorLink, List.of());
    }

    /** A gate that decides joins above the rules' loosest bar (centroid 0.2, average link 0.15). */
    public JoinGate(double[] weights, double intercept, double threshold) {
        this(weights, intercept, threshold, Mode.DECIDE, 0.2, 0.15);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The same weights with another threshold. */
    public JoinGate withThreshold(double t) {
        return new JoinGate(weights, intercept, t, mode, floorCosine, floorLink, trees, words, switches);
    }

    /** The same gate with these switches (and no others) on. */
    public JoinGate withSwitches(Set<Switch> on) {
        return new JoinGate(weights, intercept, threshold, mode, floorCosine, floorLink, trees, words, on);
    }

    /** True when this switch is on. */
    public boolean has(Switch s) {
        return switches.contains(s);
    }

    /** The features this gate weighs: the first {@code weights.length} of {@link #ALL_FEATURES}. */
    public List<String> features() {
        return ALL_FEATURES.subList(0, weights.length);
    }

    /**
     * The probability that an article with these features reports the story's happening.
     *
     * @param features the article's features against the story in {@link #ALL_FEATURES} order (or at least the first
     *                 {@link #features()} of them)
     */
    public double probability(double[] features) {
        return 1 / (1 + Math.exp(-logOdds(features)));
    }

    /**
     * The probability that an article reports the story's happening, its headline words weighed too: the dense
     * features' log-odds ({@link #probability(double[])}) plus the {@link #words() headline words'}.
     *
     * @param features     as for {@link #probability(double[])}
     * @param articleTerms the article's headline stems ({@link HeadlineWords#terms})
     * @param storyTerms   the story's headline stems ({@link HeadlineWords#terms} of the headline the story keeps)
     */
    public double probability(double[] features, List<String> articleTerms, List<String> storyTerms) {
        return 1 / (1 + Math.exp(-(logOdds(features) + words.logOdds(articleTerms, storyTerms))));
    }

    private double logOdds(double[] features) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        for (Tree t : trees) {
            z += t.value(features);
        }
        return z;
    }

    /** True when the features reach the threshold. */
    public boolean admits(double[] features) {
        return probability(features) >= threshold;
    }

    /**
     * The gate as text: a comment header, then {@code threshold}, {@code intercept}, one {@code feature} line per
     * weight, in {@link #ALL_FEATURES} order, and one {@code tree} line per tree (its three splits as feature name and
     * cut, then its four leaves; a gate without trees writes exactly what it wrote before trees existed), then one
     * {@code word} line per headline word ({@code word<TAB>side<TAB>stem<TAB>weight}, by side in
     * {@link HeadlineWords#SIDES} order, then stem; a gate without words writes exactly what it wrote before), then one
     * {@code switch} line per switch on ({@link Switch}; none written for a gate without). Numbers are
     * written with 9 decimals so that the same training writes the same bytes.
     */
    public String write(String comment) {
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n", -1)) {
            if (!line.isEmpty()) {
                b.append("# ").append(line).append('\n');
            }
        }
        b.append("mode\t").append(mode.name().toLowerCase(Locale.ROOT)).append('\n');
        b.append("floor\t").append(num(floorCosine)).append('\t').append(num(floorLink)).append('\n');
        b.append("threshold\t").append(num(threshold)).append('\n');
        b.append("intercept\t").append(num(intercept)).append('\n');
        for (int i = 0; i < weights.length; i++) {
            b.append("feature\t").append(ALL_FEATURES.get(i)).append('\t').append(num(weights[i])).append('\n');
        }
        for (Tree t : trees) {
            b.append("tree\t").append(ALL_FEATURES.get(t.split())).append('\t').append(num(t.cut()))
                    .append('\t').append(ALL_FEATURES.get(t.lowSplit())).append('\t').append(num(t.lowCut()))
                    .append('\t').append(ALL_FEATURES.get(t.highSplit())).append('\t').append(num(t.highCut()));
            for (double v : t.leaves) {
                b.append('\t').append(num(v));
            }
            b.append('\n');
        }
        for (String side : HeadlineWords.SIDES) {
            words.weights().getOrDefault(side, java.util.Map.of()).forEach((term, w) -> b.append("word\t")
                    .append(side).append('\t').append(term).append('\t').append(num(w)).append('\n'));
        }
        for (Switch s : switches) {
            b.append("switch\t").append(s.written()).append('\n');
        }
        return b.toString();
    }

    /**
     * A number as {@link #write} writes it, read back: a trainer rounds cuts and leaves through this so that the gate
     * it replays decides exactly as the file it writes.
     */
    public static double written(double x) {
        return Double.parseDouble(num(x));
    }

    private static String num(double x) {
        String s = String.format(Locale.ROOT, "%.9f", x);
        return s.equals("-0.000000000") ? "0.000000000" : s;
    }

    /**
     * Reads a gate written by {@link #write}.
     *
     * @throws IllegalArgumentException when a line is malformed or the features are not exactly {@link #FEATURES} or
     *                                  {@link #ALL_FEATURES}
     */
    public static JoinGate read(String text) {
        Double threshold = null;
        Mode mode = null;
        double[] floor = null;
        Double intercept = null;
        List<String> names = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        List<String[]> treeLines = new ArrayList<>();
        java.util.Map<String, java.util.Map<String, Double>> words = new java.util.HashMap<>();
        Set<Switch> switches = java.util.EnumSet.noneOf(Switch.class);
        int n = 0;
        for (String line : text.split("\r?\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "mode" -> mode = Mode.valueOf(f[1].toUpperCase(Locale.ROOT));
                    case "floor" -> floor = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "intercept" -> intercept = Double.parseDouble(f[1]);
                    case "feature" -> {
                        names.add(f[1]);
                        ws.add(Double.parseDouble(f[2]));
                    }
                    case "tree" -> {
                        if (f.length != 11) {
                            throw new IllegalArgumentException("tree");
                        }
                        for (int i : new int[] {2, 4, 6, 7, 8, 9, 10}) {
                            Double.parseDouble(f[i]);
                        }
                        treeLines.add(f);
                    }
                    case "word" -> {
                        if (f.length != 4 || !HeadlineWords.SIDES.contains(f[1]) || f[2].isEmpty()) {
                            throw new IllegalArgumentException("word");
                        }
                        double w = Double.parseDouble(f[3]);
                        if (words.computeIfAbsent(f[1], k -> new java.util.HashMap<>()).put(f[2], w) != null) {
                            throw new IllegalArgumentException("word twice");
                        }
                    }
                    case "switch" -> {
                        if (f.length != 2 || !switches.add(Switch.valueOf(f[1].toUpperCase(Locale.ROOT)))) {
                            throw new IllegalArgumentException("switch");
                        }
                    }
                    default -> throw new IllegalArgumentException("join gate line " + n + ": unknown key " + f[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                throw new IllegalArgumentException("join gate line " + n + ": malformed: " + line);
            }
        }
        if (threshold == null || intercept == null || mode == null || floor == null) {
            throw new IllegalArgumentException("join gate: mode, floor, threshold or intercept missing");
        }
        if (!WIDTHS.contains(names.size()) || !names.equals(ALL_FEATURES.subList(0, names.size()))) {
            throw new IllegalArgumentException("join gate: features " + names + " are not the first " + WIDTHS
                    + " of " + ALL_FEATURES);
        }
        List<Tree> trees = new ArrayList<>();
        for (String[] f : treeLines) {
            int[] at = {names.indexOf(f[1]), names.indexOf(f[3]), names.indexOf(f[5])};
            if (Math.min(at[0], Math.min(at[1], at[2])) < 0) {
                throw new IllegalArgumentException("join gate: a tree splits on a feature the gate does not weigh: "
                        + String.join(" ", f[1], f[3], f[5]));
            }
            trees.add(new Tree(at[0], Double.parseDouble(f[2]), at[1], Double.parseDouble(f[4]), at[2],
                    Double.parseDouble(f[6]), new double[] {Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]), Double.parseDouble(f[10])}));
        }
        return new JoinGate(ws.stream().mapToDouble(Double::doubleValue).toArray(), intercept, threshold, mode,
                floor[0], floor[1], trees, new HeadlineWords(words), switches);
    }

    /**
     * The gate the archive's story stage joins through: the {@link #shipped() shipped} one, unless the system
     * property {@value #SWITCH} is {@code off}. The one place that reads the switch.
     *
     * @return the gate, or empty for the story rules alone
     * @throws IllegalArgumentException when the switch is neither {@code on} nor {@code off}
     */
    public static Optional<JoinGate> forArchive() {
        String s = System.getProperty(SWITCH, "on").trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "on", "" -> shipped();
            case "off" -> Optional.empty();
            default -> throw new IllegalArgumentException("-D" + SWITCH + " must be on or off, not " + s);
        };
    }

    /**
     * A short name of the gate's decisions: the first 16 hex digits of the SHA-256 of its {@link #write} text
     * without comment. Two gates with the same fingerprint decide alike; it names the gate in the story state's
     * stamp.
     */
    public String fingerprint() {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(write("").getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The gate shipped with Marsad, or empty when none is (read once). */
    public static Optional<JoinGate> shipped() {
        return ShippedGate.GATE;
    }

    // Read on first use: every archive open asks for it.
    private static final class ShippedGate {
        static final Optional<JoinGate> GATE = readShipped();
    }

    private static Optional<JoinGate> readShipped() {
        try (InputStream in = JoinGate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinGate g && Arrays.equals(weights, g.weights) && intercept == g.intercept
                && threshold == g.threshold && mode == g.mode && floorCosine == g.floorCosine
                && floorLink == g.floorLink && trees.equals(g.trees) && words.equals(g.words)
                && switches.equals(g.switches);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(intercept) + Double.hashCode(threshold);
    }

    @Override
    public String toString() {
        return "JoinGate[mode=" + mode + ", floor=" + floorCosine + "/" + floorLink + ", threshold=" + threshold + ", intercept=" + intercept + ", weights="
                + Arrays.toString(weights) + (trees.isEmpty() ? "" : ", trees=" + trees.size())
                + (words.isEmpty() ? "" : ", words=" + words.size())
                + (switches.isEmpty() ? "" : ", switches=" + switches) + "]";
    }
}
