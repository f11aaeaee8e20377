package org.marsad.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;

/**
 * Words the stemmer must keep whole, compared after search folding: names whose ending looks like a suffix
 * (لبنان, إيران, فلسطين, البحرين) or whose first letter looks like a clitic (بيروت, بريطانيا), and a few words
 * that begin with a lexical ال (الله). A clitic before such a word is still removed: للبنان → لبنان.
 *
 * <p>The default list is {@code stem-exceptions.txt} beside this class: one word per line, {@code #} comments.
 */
public final class StemExceptions {
    private static final StemExceptions DEFAULT = load("stem-exceptions.txt");

    private final Set<String> words;

    private StemExceptions(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The built-in list. */
    public static StemExceptions defaults() {
        return DEFAULT;
    }

    /** A list of the given words (folded here). */
    public static StemExceptions of(Collection<String> words) {
        Set<String> folded = new HashSet<>();
        for (String w : words) {
            folded.add(ArabicNormalizer.search(w.strip()));
        }
        return new StemExceptions(folded);
    }

    /** Whether {@code word} (any spelling; it is folded here) must be kept whole. */
    public boolean contains(String word) {
        return words.contains(ArabicNormalizer.search(word));
    }

    /** Whether an already folded word must be kept whole. */
    boolean containsFolded(String folded) {
        return words.contains(folded);
    }

    private static StemExceptions load(String resource) {
        Set<String> raw = new HashSet<>();
        try (InputStream in = StemExceptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) {
                    raw.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(raw);
    }
}
