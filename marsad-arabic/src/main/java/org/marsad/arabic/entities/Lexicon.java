package org.marsad.arabic.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Proclitics;

/**
 * Public facts the tagger may not have seen in its training text: countries, capitals and cities, well-known
 * organisations and common given names ({@code entities-lexicon.txt}, written for Marsad). Membership is a feature,
 * never the answer: the tagger learns how far to trust it (بن، برشلونة and ليون are more than one thing).
 *
 * <p>A name of several words matches a run of tokens word by word; a word matches when its stem (clitics and
 * article removed) or its whole folded form equals the listed word's.
 */
final class Lexicon {
    /** The kinds of entry; a token's match is a bit mask of {@code 1 << (kind * 2 + (inside ? 1 : 0))}. */
    enum Kind { LOC, ORG, GIVEN }

    private static final String RESOURCE = "entities-lexicon.txt";

    private record Entry(String[] stems, String[] folded, boolean[] article, int kind) {
        boolean matches(Word[] words, int at) {
            if (at + stems.length > words.length) {
                return false;
            }
            for (int k = 0; k < stems.length; k++) {
                Word w = words[at + k];
                if (!w.stem().equals(stems[k]) && !w.folded().equals(folded[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Shipped {
        static final Lexicon INSTANCE = load();

        private static Lexicon load() {
            try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the entity lexicon " + RESOURCE + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity lexicon " + RESOURCE, e);
            }
        }
    }

    private final Map<String, List<Entry>> byFirst;
    private final java.util.Set<String> protectedWords;

    private Lexicon(Map<String, List<Entry>> byFirst, java.util.Set<String> protectedWords) {
        this.byFirst = byFirst;
        this.protectedWords = protectedWords;
    }

    /**
     * Whether a search-folded word is a listed name's word, to be kept whole by clitic splitting (بلندن is ب +
     * لندن; وزارة is not و + زارة). Words of listed names are kept without their article (الرياض → رياض).
     */
    boolean protects(String folded) {
        return protectedWords.contains(folded);
    }

    /** The lexicon that ships with Marsad. */
    static Lexicon shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads lines {@code KIND<TAB>name}; {@code #} starts a comment line. */
    static Lexicon read(InputStream in) throws IOException {
        Map<String, List<Entry>> byFirst = new HashMap<>();
        java.util.Set<String> protect = new java.util.HashSet<>();
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IOException("entity lexicon line without a tab: " + line);
            }
            lines.add(line);
            for (String token : line.substring(tab + 1).strip().split("\\s+")) {
                String bare = Proclitics.bare(token);
                String word = bare.startsWith("ال") ? Proclitics.strip(bare, x -> false) : bare;
                protect.add(ArabicNormalizer.search(word));
            }
        }
        for (String line : lines) {
            int tab = line.indexOf('\t');
            Kind kind = Kind.valueOf(line.substring(0, tab));
            String[] tokens = line.substring(tab + 1).strip().split("\\s+");
            String[] stems = new String[tokens.length];
            String[] folded = new String[tokens.length];
            boolean[] article = new boolean[tokens.length];
            for (int k = 0; k < tokens.length; k++) {
                Word w = Word.of(tokens[k], protect::contains);
                stems[k] = w.stem();
                folded[k] = w.folded();
                article[k] = hasArticle(w);
            }
            Entry e = new Entry(stems, folded, article, kind.ordinal());
            byFirst.computeIfAbsent(stems[0], x -> new ArrayList<>()).add(e);
            if (!folded[0].equals(stems[0])) {
                byFirst.computeIfAbsent(folded[0], x -> new ArrayList<>()).add(e);
            }
        }
        return new Lexicon(byFirst, java.util.Set.copyOf(protect));
    }

    /**
     * The kind of the listed name that is exactly {@code words[from..to)} (every word, no more), or null. A name
     * listed with several kinds gives the first of ORG, LOC, GIVEN.
     */
    Kind exactly(Word[] words, int from, int to) {
        Kind best = null;
        for (String first : new String[] {words[from].stem(), words[from].folded()}) {
            for (Entry e : byFirst.getOrDefault(first, List.of())) {
                if (e.stems.length == to - from && e.matches(words, from)
                        && (best == null || e.kind < best.ordinal())) {
                    best = Kind.values()[e.kind];
                }
            }
        }
        return best;
    }

    /**
     * Whether {@code words[from..to)} are exactly a listed name of this kind written with the same article or
     * without it: الدوما (Russia's parliament, listed with its article) is not دوما (a town, listed without).
     */
    boolean writtenAs(Kind kind, Word[] words, int from, int to) {
        for (Entry e : byFirst.getOrDefault(words[from].stem(), List.of())) {
            if (e.kind != kind.ordinal() || e.stems.length != to - from || !e.matches(words, from)) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < e.stems.length && same; k++) {
                same = e.article[k] == hasArticle(words[from + k]);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArticle(Word w) {
        return w.clitics().endsWith("ال");
    }

    /** For each token, the bit mask of the listed names covering it (0: none). */
    int[] match(Word[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            List<Entry> a = byFirst.get(words[i].stem());
            List<Entry> b = words[i].folded().equals(words[i].stem()) ? null : byFirst.get(words[i].folded());
            mark(a, words, i, out);
            mark(b, words, i, out);
        }
        return out;
    }

    private static void mark(List<Entry> entries, Word[] words, int i, int[] out) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            if (e.matches(words, i)) {
                for (int k = 0; k < e.stems.length; k++) {
                    out[i + k] |= 1 << (e.kind * 2 + (k == 0 ? 0 : 1));
                }
            }
        }
    }
}
