package org.marsad.arabic.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Corrections applied to the statistical tagger's labels, from facts it cannot learn from its training years
 * ({@code entities-guards.txt}, written for Marsad): a common word alone is no name (الكيماوي), and a span tagged as
 * a person that is exactly a known organisation or place (أتلانتا the club, المينورسو the UN mission, a listed city)
 * takes that type. The guards run after decoding, so they change no feature and need no retraining; they only ever
 * remove a span or retype a person, never add a name.
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

    private TypeGuard(Set<String> common, Map<String, EntityType> notPersons) {
        this.common = common;
        this.notPersons = notPersons;
    }

    static TypeGuard shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads lines {@code COMMON|ORG|LOC<TAB>words}; {@code #} starts a comment line. */
    static TypeGuard read(InputStream in) throws IOException {
        Set<String> common = new HashSet<>();
        Map<String, EntityType> notPersons = new HashMap<>();
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
                }
                case "ORG" -> notPersons.put(key(words, 0, words.length), EntityType.ORG);
                case "LOC" -> notPersons.put(key(words, 0, words.length), EntityType.LOC);
                default -> throw new IOException("unknown entity guard kind: " + line);
            }
        }
        return new TypeGuard(Set.copyOf(common), Map.copyOf(notPersons));
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

    /** Corrects one sentence's labels in place. */
    void apply(Word[] words, int[] labels, Lexicon lexicon) {
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
            if (j == i + 1 && common.contains(words[i].stem())) {
                labels[i] = Labels.O;
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
