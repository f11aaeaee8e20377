package org.marsad.arabic.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Proclitics;

/**
 * Finds the persons, places, organisations and other names in Arabic text: a statistical sequence tagger (averaged
 * perceptron, Viterbi over BIO labels) with Arabic features — clitic and article splitting, stem affixes, the
 * name-variant key, gazetteer evidence, title words before names, a window of words around each token — in two
 * stages: the first tags each sentence, the second re-tags it knowing what the first found in the whole document.
 *
 * <p>{@link #defaults()} is the model that ships with Marsad, trained on ANERcorp (see the module README). A tagger
 * is immutable and safe to share between threads.
 */
public final class EntityTagger {
    private static final String MODEL = "entities-model.gz";

    private final TaggerModel model;
    private final TypeGuard guard;
    /** Both stages' weights in one table (null for a one-stage model): see {@link PairedWeights}. */
    private final PairedWeights paired;

    EntityTagger(TaggerModel model) {
        this.model = model;
        this.guard = TypeGuard.shipped();
        this.paired = model.second() == null ? null : new PairedWeights(model.first(), model.second());
    }

    private static final class Shipped {
        static final EntityTagger INSTANCE = loadShipped();

        private static EntityTagger loadShipped() {
            try (InputStream in = EntityTagger.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the entity model " + MODEL + " is missing from the classpath");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity model " + MODEL, e);
            }
        }
    }

    /** The shipped tagger (loaded on first use, then shared). */
    public static EntityTagger defaults() {
        return Shipped.INSTANCE;
    }

    /** A tagger from a model file written by {@link TaggerTraining}. */
    public static EntityTagger load(InputStream model) throws IOException {
        return new EntityTagger(TaggerModel.read(model));
    }

    /**
     * The entity mentions of a text, in order. Offsets index the text as given; a mention's first word leaves its
     * attached clitics out (وبريطانيا → بريطانيا, لإيران → إيران) but keeps the article (والعراق → العراق). The text
     * is read as one document (see {@link #tagDocument}): give one article per call.
     */
    public List<EntityMention> find(String text) {
        return findInParts(List.of(text)).get(0);
    }

    /**
     * The entity mentions of each part of one article (its title, its paragraphs), read as one document: a name the
     * first stage finds in one paragraph is evidence in the others. Offsets index each part as given; otherwise as
     * {@link #find}; a null part has no mentions.
     *
     * @return one list of mentions per part, in the parts' order
     */
    public List<List<EntityMention>> findInParts(List<String> parts) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Integer> partOf = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Token> tokens = parts.get(p) == null ? List.of() : Tokenizer.tokenize(parts.get(p));
            int from = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).sentenceEnd()) {
                    List<Token> sentence = tokens.subList(from, i + 1);
                    List<String> w = new ArrayList<>(sentence.size());
                    for (Token t : sentence) {
                        w.add(t.text());
                    }
                    sentences.add(sentence);
                    partOf.add(p);
                    words.add(w);
                    from = i + 1;
                }
            }
        }
        int[][] labels = labels(words);
        // a word written whole inside a name elsewhere in the article (يوهان كرايف) is not split where it starts one
        // (وكان كرايف: not ك + رايف)
        Set<String> inside = new HashSet<>();
        for (int s = 0; s < labels.length; s++) {
            for (int i = 0; i < labels[s].length; i++) {
                if (Labels.isInside(labels[s][i])) {
                    inside.add(ArabicNormalizer.search(Proclitics.bare(Word.core(words.get(s).get(i)))));
                }
            }
        }
        Predicate<String> whole = w -> model.gazetteer().isWhole(w) || inside.contains(w);
        List<List<EntityMention>> out = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            out.add(new ArrayList<>());
        }
        for (int s = 0; s < labels.length; s++) {
            int p = partOf.get(s);
            mentions(parts.get(p), sentences.get(s), labels[s], whole, out.get(p));
        }
        return out;
    }

    private void mentions(String text, List<Token> tokens, int[] labels, Predicate<String> whole,
            List<EntityMention> out) {
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == Labels.O) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && Labels.isInside(labels[j]) && Labels.type(labels[j]) == Labels.type(labels[i])) {
                j++;
            }
            Token first = tokens.get(i);
            int trim = Word.cliticsToTrim(first.text(), whole);
            int start = first.start() + skip(first.text(), trim);
            int end = tokens.get(j - 1).end();
            if (start < end) {
                out.add(new EntityMention(text.substring(start, end), start, end, Labels.type(labels[i])));
            }
            i = j;
        }
    }

    /**
     * The BIO tags ({@code O}, {@code B-PER}, {@code I-LOC}, …) of one document given as sentences of tokens, as the
     * corpus writes them; for evaluation against annotated text. The first stage tags each sentence alone; the
     * second sees what the first found in the whole document (a name tagged in one sentence is evidence in the
     * others), so the result for a sentence depends on the document around it.
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        int[][] labels = labels(sentences);
        List<List<String>> out = new ArrayList<>(labels.length);
        for (int[] sentence : labels) {
            List<String> tags = new ArrayList<>(sentence.length);
            for (int l : sentence) {
                tags.add(Labels.name(l));
            }
            out.add(tags);
        }
        return out;
    }

    /** The BIO tags of one sentence read as a document of its own ({@link #tagDocument}). */
    public List<String> tag(List<String> tokens) {
        return tagDocument(List.of(tokens)).get(0);
    }

    /**
     * This tagger's sentence-level first stage alone (what the tagger was before it read whole documents); for
     * comparisons of accuracy and speed.
     */
    public EntityTagger firstStage() {
        return new EntityTagger(model.firstStage());
    }

    int[][] labels(List<List<String>> sentences) {
        return labels(sentences, true);
    }

    /**
     * The labels of a document's sentences; {@code guarded}: with the {@link TypeGuard} corrections, {@link NameSpreading} and {@link PlaceAdjectives} (training reads
     * the model's own labels without them, so the shipped model stays what its training command makes).
     */
    int[][] labels(List<List<String>> sentences, boolean guarded) {
        int n = sentences.size();
        Gazetteer gazetteer = model.gazetteer();
        Word[][] words = new Word[n][];
        int[][] first = new int[n][];
        // With two stages, the second stage's scores of the first-stage features are summed in the same pass
        // (one table lookup per feature for both), then completed with the document features.
        float[][] secondScores = paired == null ? null : new float[n][];
        // one array for every sentence's features, made once at the longest sentence's size (grown sentence by
        // sentence, it was a tenth of the tagger's allocation)
        int longest = 0;
        for (List<String> sentence : sentences) {
            longest = Math.max(longest, sentence.size());
        }
        long[] features = new long[paired == null ? 0 : longest * Features.PER_TOKEN];
        for (int s = 0; s < n; s++) {
            WordFeatures[] analysed = Features.analyse(sentences.get(s), gazetteer);
            words[s] = new Word[analysed.length];
            for (int i = 0; i < analysed.length; i++) {
                words[s][i] = analysed[i].word;
            }
            if (paired == null) {
                first[s] = model.first().decode(Features.extract(analysed, gazetteer));
            } else {
                features = Features.extract(analysed, gazetteer, features);
                secondScores[s] = new float[analysed.length * Labels.COUNT];
                first[s] = paired.firstStage(features, analysed.length, analysed, secondScores[s]);
            }
        }
        int[][] out = first;
        if (model.second() != null) {
            long[][] document = DocumentEvidence.extract(words, first);
            out = new int[n][];
            for (int s = 0; s < n; s++) {
                out[s] = paired.secondStage(secondScores[s], document[s], words[s].length);
            }
        }
        for (int s = 0; guarded && s < n; s++) {
            guard.apply(words[s], sentences.get(s), out[s], Lexicon.shipped(), gazetteer);
        }
        if (guarded && model.second() != null) {
            // document-level, as the second stage: the sentence-level first stage alone stays what it was
            NameSpreading.apply(words, out, gazetteer);
        }
        for (int s = 0; guarded && s < n; s++) {
            // last, after a name spread from another sentence: an adjective or «ريف» is corrected wherever it stands
            PlaceAdjectives.apply(words[s], out[s], Lexicon.shipped());
        }
        return out;
    }

    /**
     * The offset in a token after its first {@code letters} letters as counted in its bare form (marks, tatweel
     * and invisible controls do not count, and those that follow stay out). A token with presentation forms, where
     * the bare form has other letters, is not trimmed.
     */
    private static int skip(String token, int letters) {
        if (letters == 0) {
            return 0;
        }
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c >= 0xFB50 && c <= 0xFEFC) {
                return 0;
            }
        }
        int i = 0;
        int count = 0;
        while (i < token.length() && count < letters) {
            if (!ignorable(token.charAt(i))) {
                count++;
            }
            i++;
        }
        while (i < token.length() && ignorable(token.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean ignorable(char c) {
        return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u200B' || c == '\u2060';
    }
}
