package org.marsad.arabic.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.Proclitics;

/**
 * Corrections applied to the statistical tagger's labels, from facts it cannot learn from its training years
 * ({@code entities-guards.txt}, written for Marsad): a common word alone is no name (الكيماوي), and a span tagged as
 * a person that is exactly a known organisation or place (أتلانتا the club, المينورسو the UN mission, a listed city)
 * takes that type; in a match report (a sentence with a listed match word: تغلب، تعادل، مباراة) a listed club is an
 * organisation however the tagger read it (تغلب أتلانتا على روما: أتلانتا is the club, not the city, and the model
 * had tagged nothing there). The words before a span decide too: a name right after a word of measurement is a
 * scale's or a unit's (مقياس ريختر: no place), a person right after a place head is that place (والي هاتاي: Hatay's
 * governor). A person's name stops before a count (مالكوم هدفين: Malcom scored two goals). The guards run after decoding, so they change no feature and need no retraining; apart from clubs in
 * match reports they only ever remove a span or retype it.
 */
final class TypeGuard {
    private static final String RESOURCE = "entities-guards.txt";

    private static final class Shipped {
        static final TypeGuard INSTANCE = load();

        private static TypeGuard load() {
            try (InputStream in = TypeGuard.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the entity guards " + RESOURCE + " are missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity guards " + RESOURCE, e);
            }
        }
    }

    private final Set<String> common;
    private final Map<String, EntityType> notPersons;
    /** Clubs as stem keys (one or more stems joined by a space). */
    private final Set<String> clubs;
    private final int longestClub;
    /** Words (as stems and as whole folded words) that mark a sentence as a match report. */
    private final Set<String> matchWords;
    /** Words of measurement, as {@link #asWritten}: a name right after one is a scale's or a unit's. */
    private final Set<String> scales;
    /** Words that head a place's name or name its governor, as {@link #asWritten}. */
    private final Set<String> placeHeads;
    /** Places named as a common word is written (سيول: Seoul, and "torrents"), as {@link #asWritten}. */
    private final Set<String> lookalikes;
    /** Words of a lookalike's common sense (أمطار, فيضانات, جارفة), as {@link #asWritten}. */
    private final Set<String> commonCues;
    /** Words of a lookalike's place sense (العاصمة, الكورية), as {@link #asWritten}. */
    private final Set<String> placeCues;
    /**
     * Words that give a lookalike its common sense when written right before it (بسبب سيول, ضحايا سيول) or right
     * after it (سيول قوية, سيول محتملة), as {@link #asWritten}: next to it they describe the torrents, while
     * elsewhere in a sentence they could describe anything (علاقات قوية مع سيول is Seoul).
     */
    private final Set<String> commonBefore;
    private final Set<String> commonAfter;
    /** Counted nouns that never continue a person's name (هدفين), search-folded as written and as stems. */
    private final Set<String> counts;

    private TypeGuard(Set<String> common, Map<String, EntityType> notPersons, Set<String> clubs,
            Set<String> matchWords, Set<String> scales, Set<String> placeHeads, Set<String> lookalikes,
            Set<String> commonCues, Set<String> placeCues, Set<String> commonBefore, Set<String> commonAfter,
            Set<String> counts) {
        this.common = common;
        this.notPersons = notPersons;
        this.clubs = clubs;
        this.longestClub = clubs.stream().mapToInt(c -> c.split(" ").length).max().orElse(0);
        this.matchWords = matchWords;
        this.scales = scales;
        this.placeHeads = placeHeads;
        this.lookalikes = lookalikes;
        this.commonCues = commonCues;
        this.placeCues = placeCues;
        this.commonBefore = commonBefore;
        this.commonAfter = commonAfter;
        this.counts = counts;
    }

    static TypeGuard shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * Reads lines
     * {@code COMMON|ORG|CLUB|LOC|MATCH|SCALE|PLACE_HEAD|LOOKALIKE|COMMON_CUE|PLACE_CUE|COMMON_BEFORE|COMMON_AFTER|COUNT<TAB>words};
     * {@code #} starts a comment line.
     */
    static TypeGuard read(InputStream in) throws IOException {
        Set<String> common = new HashSet<>();
        Map<String, EntityType> notPersons = new HashMap<>();
        Set<String> clubs = new HashSet<>();
        Set<String> matchWords = new HashSet<>();
        Set<String> scales = new HashSet<>();
        Set<String> placeHeads = new HashSet<>();
        Set<String> counts = new HashSet<>();
        Map<String, Set<String>> oneWordKinds = Map.of("SCALE", scales, "PLACE_HEAD", placeHeads,
                "LOOKALIKE", new HashSet<>(), "COMMON_CUE", new HashSet<>(), "PLACE_CUE", new HashSet<>(),
                "COMMON_BEFORE", new HashSet<>(), "COMMON_AFTER", new HashSet<>());
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IOException("entity guard line without a tab: " + line);
            }
            String kind = line.substring(0, tab);
            String[] tokens = line.substring(tab + 1).strip().split("\\s+");
            Word[] words = new Word[tokens.length];
            for (int k = 0; k < tokens.length; k++) {
                words[k] = Word.of(tokens[k], w -> false);
            }
            switch (kind) {
                case "COMMON" -> {
                    if (words.length != 1) {
                        throw new IOException("a COMMON entity guard is one word: " + line);
                    }
                    common.add(words[0].stem());
                    common.add(loose(words[0].stem()));
                    // and the word with only its article off: the tagger keeps a word it saw in names whole, so
                    // الوزارة reaches the guard as وزاره (وزارة الخارجية), where splitting every clitic reads و + زاره
                    String folded = words[0].folded();
                    if (folded.startsWith("ال") && folded.length() > 4) {
                        common.add(folded.substring(2));
                    }
                }
                case "ORG" -> notPersons.put(key(words, 0, words.length), EntityType.ORG);
                case "CLUB" -> {
                    notPersons.put(key(words, 0, words.length), EntityType.ORG);
                    clubs.add(key(words, 0, words.length));
                }
                case "MATCH" -> {
                    if (words.length != 1) {
                        throw new IOException("a MATCH entity guard is one word: " + line);
                    }
                    // the stem only when nothing but the article came off: فاز is not ف + از
                    matchWords.add(words[0].folded());
                    if (words[0].clitics().isEmpty() || words[0].clitics().equals("ال")) {
                        matchWords.add(words[0].stem());
                    }
                }
                case "LOC" -> notPersons.put(key(words, 0, words.length), EntityType.LOC);
                case "COUNT" -> {
                    if (words.length != 1) {
                        throw new IOException("a COUNT entity guard is one word: " + line);
                    }
                    counts.add(words[0].folded());
                    counts.add(words[0].stem());
                }
                case "SCALE", "PLACE_HEAD", "LOOKALIKE", "COMMON_CUE", "PLACE_CUE", "COMMON_BEFORE", "COMMON_AFTER" -> {
                    if (tokens.length != 1) {
                        throw new IOException("a " + kind + " entity guard is one word: " + line);
                    }
                    oneWordKinds.get(kind).add(asWritten(tokens[0]));
                }
                default -> throw new IOException("unknown entity guard kind: " + line);
            }
        }
        return new TypeGuard(Set.copyOf(common), Map.copyOf(notPersons), Set.copyOf(clubs), Set.copyOf(matchWords),
                Set.copyOf(scales), Set.copyOf(placeHeads), Set.copyOf(oneWordKinds.get("LOOKALIKE")),
                Set.copyOf(oneWordKinds.get("COMMON_CUE")), Set.copyOf(oneWordKinds.get("PLACE_CUE")),
                Set.copyOf(oneWordKinds.get("COMMON_BEFORE")), Set.copyOf(oneWordKinds.get("COMMON_AFTER")),
                Set.copyOf(counts));
    }

    private static String key(Word[] words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words[k].stem());
        }
        return sb.toString();
    }

    /**
     * A long stem without its ي and ئ letters, so that one adjective written with or without a long vowel or hamza
     * seat (الكيماوي, الكيمياوي, الكيميائي) compares as one COMMON word. Short stems stay as they are.
     */
    static String loose(String stem) {
        if (stem.length() < 6) {
            return stem;
        }
        return stem.replace("ي", "").replace("ئ", "");
    }

    /**
     * Words that never end a person's name (a tagged span that runs on into them stops before them). Not على: it
     * folds to علي, the name Ali (محمد علي).
     */
    private static final Set<String> NOT_NAME_ENDS = foldedSet("عن", "في", "من", "إلى", "الى", "مع", "لن",
            "لم", "قد", "بعد", "قبل", "حول", "ضد", "خلال", "عبر", "منذ", "لدى", "أمام", "حتى", "الذي", "التي", "أو",
            "ثم", "إن", "أن", "بين", "عند", "هو", "هي", "حاليا", "أيضا");

    /** The proclitics a scale word or a place head may carry (بمقياس, وبمدينة, لمحافظة). */
    private static final List<String> HEAD_CLITICS = List.of("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل");

    /**
     * A token as written, compared with the listed scale words and place heads: marks and tatweel off, hamza seats
     * on alef and ta marbuta folded, but alef maqsura kept apart from ya. The tagger's own folding and clitic
     * splitting read والي (a governor) as و + إلى and leave بمقياس whole, which is why these compare as written.
     */
    static String asWritten(String token) {
        return Proclitics.bare(Word.core(token)).replace("\u0640", "")
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه');
    }

    /** Whether a token as written is one of {@code heads}, alone or after a conjunction or preposition. */
    private static boolean headed(Set<String> heads, String token) {
        String w = asWritten(token);
        for (String c : HEAD_CLITICS) {
            if (w.startsWith(c) && heads.contains(w.substring(c.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The particle على as written (folded, it is علي: the name Ali). */
    private static final String ON = "على";

    private static Set<String> foldedSet(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(org.marsad.arabic.ArabicNormalizer.search(w));
        }
        return Set.copyOf(out);
    }

    /** Corrects one sentence's labels in place (without the training data's evidence: see the other overload). */
    void apply(Word[] words, int[] labels, Lexicon lexicon) {
        apply(words, labels, lexicon, Gazetteer.empty());
    }

    /**
     * Corrects one sentence's labels in place. {@code gazetteer} says which words training saw in names: those are
     * never cut off the end of a person's span.
     */
    void apply(Word[] words, int[] labels, Lexicon lexicon, Gazetteer gazetteer) {
        apply(words, null, labels, lexicon, gazetteer);
    }

    /**
     * Corrects one sentence's labels in place; {@code written}: the tokens as written (null if unknown), for what
     * folding hides (the particle على folds to علي, the name Ali).
     */
    void apply(Word[] words, List<String> written, int[] labels, Lexicon lexicon, Gazetteer gazetteer) {
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == Labels.O) {
                i++;
                continue;
            }
            EntityType type = Labels.type(labels[i]);
            int j = i + 1;
            while (j < labels.length && Labels.isInside(labels[j]) && Labels.type(labels[j]) == type) {
                j++;
            }
            if (type == EntityType.LOC && written != null && j > i + 1 && headed(placeHeads, written.get(i))
                    && lexicon.exactly(words, i, j) != Lexicon.Kind.LOC
                    && lexicon.exactly(words, i + 1, i + 2) != Lexicon.Kind.GIVEN) {
                // "بمدينة الزاوية" is the place الزاوية, as "في مدينة الزاوية" is read: the head word (with or
                // without its preposition) stays out of the name, as ANERcorp annotates it, unless the whole is a
                // listed place or the head is followed by a given name (مدينة زايد, مدينة حمد: a city named after
                // a person is named with its head); the rest is read again
                labels[i] = Labels.O;
                labels[i + 1] = Labels.begin(EntityType.LOC);
                i++;
                continue;
            }
            if (type == EntityType.LOC) {
                j = wholeListedPlace(words, labels, i, j, lexicon);
            }
            if (type == EntityType.PER) {
                j = endOfName(words, written, labels, i, j, lexicon, gazetteer);
            }
            EntityType context = written == null ? null : byContext(words, written, i, j, type, lexicon);
            if (type == EntityType.LOC && written != null && inCommonSense(written, labels, i, j)) {
                // the common word leaves the span; a place it ran on into stays one (سيول درنة: درنة)
                labels[i] = Labels.O;
                if (j > i + 1) {
                    labels[i + 1] = Labels.begin(EntityType.LOC);
                }
            } else if (context != null) {
                for (int k = i; k < j; k++) {
                    labels[k] = Labels.begin(context) + (k == i ? 0 : 1);
                }
            } else if (j == i + 1 && (common.contains(words[i].stem()) || common.contains(loose(words[i].stem())))) {
                labels[i] = Labels.O;
            } else if (type == EntityType.LOC && lexicon.writtenAs(Lexicon.Kind.ORG, words, i, j)
                    && !lexicon.writtenAs(Lexicon.Kind.LOC, words, i, j)) {
                // a listed organisation as written, article and all (الدوما), whose stem is also a place (دوما)
                for (int k = i; k < j; k++) {
                    labels[k] = Labels.begin(EntityType.ORG) + (k == i ? 0 : 1);
                }
            } else if (type == EntityType.PER) {
                EntityType other = notPerson(words, i, j, lexicon);
                if (other != null) {
                    for (int k = i; k < j; k++) {
                        labels[k] = Labels.begin(other) + (k == i ? 0 : 1);
                    }
                }
            }
            i = j;
        }
        if (isMatchReport(words)) {
            clubsAsOrganisations(words, labels);
        }
    }

    /** Most words a place span is carried on by to end a listed place's name. */
    private static final int LISTED_PLACE_RUN_ON = 2;

    /**
     * Where a place span [from, to) really ends: a listed place of several words (غازي عنتاب، شرم الشيخ، رأس العين)
     * that the span starts and stops short of ("بمحافظة غازي" with عنتاب tagged apart, or left out) is the place
     * whole, so the span runs on to its end; the rest of a name the run-on cut into is no name alone (عنتاب
     * التركية tagged an organisation leaves التركية). A span that is a listed place already keeps its end: "مكة"
     * before المكرمة is the place as ANERcorp tags it. Otherwise {@code to}.
     */
    private static int wholeListedPlace(Word[] words, int[] labels, int from, int to, Lexicon lexicon) {
        if (lexicon.exactly(words, from, to) == Lexicon.Kind.LOC) {
            return to; // a place already ("مكة" of "مكة المكرمة": ANERcorp leaves the epithet out)
        }
        for (int end = Math.min(labels.length, to + LISTED_PLACE_RUN_ON); end > to; end--) {
            if (lexicon.exactly(words, from, end) != Lexicon.Kind.LOC) {
                continue;
            }
            for (int k = from + 1; k < end; k++) {
                labels[k] = Labels.begin(EntityType.LOC) + 1;
            }
            for (int k = end; k < labels.length && Labels.isInside(labels[k]); k++) {
                labels[k] = Labels.O;
            }
            return end;
        }
        return to;
    }

    /**
     * Where a person's span [from, to) really ends: headlines run a name on into the words after it
     * ("صلاح يفوز بجائزة", "محمد بن سلمان يلتقي", "صلاح على", "صلاح الهدف", "صلاح والبرازيلي"), and body text runs
     * one on into a count after it ("وسجل البرازيلي مالكوم هدفين، …"), which the model,
     * trained on body text that puts the verb first, did not learn to stop at. The first word after the first that
     * evidently is no name ({@link #runsOn}) ends the span there (it and the rest are labelled O); the first word
     * always stays.
     */
    private int endOfName(Word[] words, List<String> written, int[] labels, int from, int to, Lexicon lexicon,
            Gazetteer gazetteer) {
        int end = to;
        for (int k = from + 1; k < to; k++) {
            if (runsOn(words[k], lexicon, gazetteer)
                    || written != null && ON.equals(Proclitics.bare(Word.core(written.get(k))))) {
                end = k;
                break;
            }
        }
        for (int k = end; k < to; k++) {
            labels[k] = Labels.O;
        }
        return end;
    }

    /**
     * Whether a word inside a person's span evidently is no name, by what the training text says of it (a word it
     * never saw may be an unseen surname — قوش, جاهين, يودويونو — and stays): a particle; a present-tense verb (ي +
     * stem, with or without ف) almost never in a name in the training text (prior below 10 %) and frequent there or
     * {@link #verbShaped};
     * or a known word joined to و (names do not take the conjunction inside them: صلاح والبرازيلي, كيم وترامب are
     * two words about two people); a listed count ({@code COUNT}: هدفين, two goals; ثلاثة, عشرات). Words the training
     * text saw in names and listed names' words never run on otherwise.
     */
    private boolean runsOn(Word w, Lexicon lexicon, Gazetteer gazetteer) {
        if (NOT_NAME_ENDS.contains(w.folded()) || counts.contains(w.folded()) || counts.contains(w.stem())) {
            return true;
        }
        String stem = w.stem();
        if (stem.length() < 3 || gazetteer.prior(w.folded()) >= 0 || lexicon.protects(w.folded())) {
            return false;
        }
        String clitics = w.clitics();
        if (clitics.startsWith("و")) {
            // و + a word the training text or the lexicon knows; و + an unknown rest may be a name (وليامز)
            return gazetteer.isWhole(stem) || gazetteer.prior(stem) >= 0 || lexicon.protects(stem);
        }
        boolean conjunctionOnly = clitics.isEmpty() || clitics.equals("ف");
        return conjunctionOnly && stem.charAt(0) == 'ي' && gazetteer.prior(stem) < 0 && !lexicon.protects(stem)
                && (gazetteer.isWhole(w.folded()) || gazetteer.isWhole(stem) || verbShaped(stem));
    }

    /**
     * Whether an unseen ي-word is shaped as a present-tense verb rather than a foreign name: short (a root and its
     * prefix: يفوز, يلتقي; with a dual or plural ending: يبحثان, يتباحثان) and with no long vowel after the ي, which
     * transliterated names have (يودويونو, ياماموتو, يوهانسون).
     */
    private static boolean verbShaped(String stem) {
        if ("واي".indexOf(stem.charAt(1)) >= 0) {
            return false;
        }
        if (stem.length() <= 5) {
            return true;
        }
        // a dual or plural present (يبحثان, يتباحثان, يلتقون): headlines about two people put it straight after
        // the second name («بن سلمان يبحثان»); the rest before the ending is a verb's stem of three to six letters
        return (stem.endsWith("ان") || stem.endsWith("ون")) && stem.length() <= 8;
    }

    private boolean isMatchReport(Word[] words) {
        for (Word w : words) {
            if (matchWords.contains(w.folded()) || matchWords.contains(w.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes each listed club an organisation, longest club first, where it stands untagged or is exactly one span
     * of another type; a club inside a longer name (a club's stadium, a player's name) is left alone.
     */
    private void clubsAsOrganisations(Word[] words, int[] labels) {
        int i = 0;
        while (i < words.length) {
            int found = 0;
            for (int len = Math.min(longestClub, words.length - i); len >= 1 && found == 0; len--) {
                if (clubs.contains(key(words, i, i + len)) && standsAlone(labels, i, i + len)
                        && !inPlace(words, i)) {
                    found = len;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            for (int k = i; k < i + found; k++) {
                labels[k] = Labels.begin(EntityType.ORG) + (k == i ? 0 : 1);
            }
            i += found;
        }
    }

    /** Whether the word at {@code i} reads as a place: في أتلانتا, إلى أتلانتا, بأتلانتا (the city hosts a match). */
    private static boolean inPlace(Word[] words, int i) {
        String before = i > 0 ? words[i - 1].folded() : "";
        return before.equals("في") || before.equals("الي") || before.equals("الى") || words[i].clitics().endsWith("ب");
    }

    /** Whether tokens [from, to) are all untagged, or are exactly one span (no longer name around them). */
    private static boolean standsAlone(int[] labels, int from, int to) {
        boolean untagged = true;
        for (int k = from; k < to; k++) {
            untagged &= labels[k] == Labels.O;
        }
        if (untagged) {
            return true;
        }
        if (labels[from] == Labels.O || Labels.isInside(labels[from])) {
            return false;
        }
        EntityType type = Labels.type(labels[from]);
        for (int k = from + 1; k < to; k++) {
            if (!Labels.isInside(labels[k]) || Labels.type(labels[k]) != type) {
                return false;
            }
        }
        return to == labels.length || !Labels.isInside(labels[to]) || Labels.type(labels[to]) != type;
    }

    /**
     * The type the words around a span [from, to) give it, or null: a name right after a word of measurement is a
     * scale's or a unit's (مقياس ريختر, 100 درجة فهرنهايت: MISC, as ANERcorp annotates ريختر), not a place or a
     * person, unless it is a listed place or organisation; a span that starts with the measurement word and runs on
     * is one too. A person right after a place head (بمدينة, محافظة, والي) is that place (والي هاتاي, Hatay's
     * governor), unless it starts with a listed given name.
     */
    private EntityType byContext(Word[] words, List<String> written, int from, int to, EntityType type,
            Lexicon lexicon) {
        String before = from > 0 ? written.get(from - 1) : null;
        boolean measured = before != null && headed(scales, before)
                || to > from + 1 && headed(scales, written.get(from));
        if (measured && type != EntityType.MISC) {
            Lexicon.Kind listed = lexicon.exactly(words, from, to);
            return listed == Lexicon.Kind.LOC || listed == Lexicon.Kind.ORG ? null : EntityType.MISC;
        }
        if (type == EntityType.PER && before != null && headed(placeHeads, before)
                && lexicon.exactly(words, from, from + 1) != Lexicon.Kind.GIVEN) {
            return EntityType.LOC;
        }
        return null;
    }

    /**
     * Whether the place span [at, to) starts with a {@code LOOKALIKE} written in its common sense: with the article
     * (السيول, والسيول: Seoul never takes it); right before another place (سيول درنة, "the torrents of Derna"); next
     * to a word that describes the torrents (بسبب سيول, سيول قوية); or in a sentence with a word of the common sense
     * (سيول جارفة, أمطار وسيول, سيول تغرق الشوارع) and none of the place's (العاصمة الكورية سيول stays Seoul, rain or
     * not).
     */
    private boolean inCommonSense(List<String> written, int[] labels, int at, int to) {
        return inCommonSense(written, at,
                to > at + 1 || to < labels.length && labels[to] == Labels.begin(EntityType.LOC));
    }

    /**
     * Whether word {@code at} is a {@code LOOKALIKE} written in its common sense, by the rule of
     * {@link #inCommonSense(List, int[], int, int)}; {@code beforeAnotherPlace} says whether a place follows it.
     */
    boolean inCommonSense(List<String> written, int at, boolean beforeAnotherPlace) {
        String w = asWritten(written.get(at));
        boolean bare = false;
        boolean withArticle = false;
        for (String c : HEAD_CLITICS) {
            if (w.startsWith(c)) {
                String rest = w.substring(c.length());
                bare |= lookalikes.contains(rest);
                withArticle |= rest.startsWith("ال") && lookalikes.contains(rest.substring(2));
            }
        }
        if (withArticle) {
            return true;
        }
        if (!bare) {
            return false;
        }
        if (beforeAnotherPlace) {
            return true;
        }
        if (at > 0 && headed(commonBefore, written.get(at - 1))
                || at + 1 < written.size() && headed(commonAfter, written.get(at + 1))) {
            return true;
        }
        boolean commonCue = false;
        for (int k = 0; k < written.size(); k++) {
            if (k == at) {
                continue;
            }
            if (headed(placeCues, written.get(k))) {
                return false;
            }
            commonCue |= headed(commonCues, written.get(k));
        }
        return commonCue;
    }

    private EntityType notPerson(Word[] words, int from, int to, Lexicon lexicon) {
        EntityType listed = notPersons.get(key(words, from, to));
        if (listed != null) {
            return listed;
        }
        Lexicon.Kind kind = lexicon.exactly(words, from, to);
        if (kind == Lexicon.Kind.ORG) {
            return EntityType.ORG;
        }
        if (kind == Lexicon.Kind.LOC) {
            return EntityType.LOC;
        }
        return null;
    }
}
