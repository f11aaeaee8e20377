package org.marsad.arabic.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the persons, places, organisations and other names in Arabic text: a statistical sequence tagger (averaged
 * perceptron, Viterbi over BIO labels) with Arabic features — clitic and article splitting, stem affixes, the
 * name-variant key, gazetteer evidence, title words before names, a window of words around each token.
 *
 * <p>{@link #defaults()} is the model that ships with Marsad, trained on ANERcorp (see the module README). A tagger
 * is immutable and safe to share between threads.
 */
public final class EntityTagger {
    private static final String MODEL = "entities-model.gz";

    private final TaggerModel model;

    EntityTagger(TaggerModel model) {
        this.model = model;
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
     * attached clitics out (وبريطانيا → بريطانيا, لإيران → إيران) but keeps the article (والعراق → العراق).
     */
    public List<EntityMention> find(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<EntityMention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).sentenceEnd()) {
                sentence(text, tokens.subList(from, i + 1), out);
                from = i + 1;
            }
        }
        return out;
    }

    private void sentence(String text, List<Token> tokens, List<EntityMention> out) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(t.text());
        }
        int[] labels = labels(words);
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
            int trim = Word.cliticsToTrim(first.text(), model.gazetteer()::isWhole);
            int start = first.start() + skip(first.text(), trim);
            int end = tokens.get(j - 1).end();
            if (start < end) {
                out.add(new EntityMention(text.substring(start, end), start, end, Labels.type(labels[i])));
            }
            i = j;
        }
    }

    /**
     * The BIO tags ({@code O}, {@code B-PER}, {@code I-LOC}, …) of one sentence given as tokens, as the corpus writes
     * them; for evaluation against annotated text.
     */
    public List<String> tag(List<String> tokens) {
        int[] labels = labels(tokens);
        List<String> out = new ArrayList<>(labels.length);
        for (int l : labels) {
            out.add(Labels.name(l));
        }
        return out;
    }

    private int[] labels(List<String> tokens) {
        Word[] words = Features.words(tokens, model.gazetteer());
        return model.decode(Features.extract(words, model.gazetteer()));
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
