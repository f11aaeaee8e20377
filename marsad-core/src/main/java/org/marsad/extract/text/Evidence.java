package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.Affixes;

/**
 * The words of an article (headline and body), for deciding how a tag line splits: a tag is likely a phrase the
 * article itself uses. Words are compared after the Arabic module's search folding, and a word written with an
 * attached conjunction, preposition or article in the text ("والحرب", "المينورسو") still counts as the word.
 *
 * <p>Cost: building it is one pass over the article; {@link #knows} is a hash lookup; {@link #phrasesAmong} answers
 * any number of candidate phrases in one more pass, so no question costs a pass of its own.
 */
final class Evidence {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    /** Attached particles a word may carry in running text, longest first: the Arabic module's affix table. */
    private static final List<String> PROCLITICS = java.util.stream.Stream.concat(
            Affixes.ARTICLE_CLITICS.stream(), Affixes.SINGLE_CLITICS.stream()).toList();

    /** Folded words kept by {@link #fold}: at most this many, so that a page of distinct words costs no more memory. */
    private static final int FOLDS_KEPT = 1 << 14;

    private final List<String> tokens = new ArrayList<>();
    private final Set<String> forms = new HashSet<>();
    /** Tag lines repeat their words: each is folded once per article (a page of 5,000 tag lines folded 250,000). */
    private final Map<String, String> folds = new HashMap<>();
    private int passes;

    Evidence(String text) {
        passes++;
        Matcher m = WORD.matcher(Folding.fold(text == null ? "" : text));
        while (m.find()) {
            String t = m.group();
            tokens.add(t);
            forms.addAll(bareForms(t));
        }
    }

    /** The token itself and the token without each particle it may start with. */
    private static List<String> bareForms(String token) {
        List<String> out = new ArrayList<>(3);
        out.add(token);
        for (String p : PROCLITICS) {
            if (token.startsWith(p) && token.length() - p.length() >= 2) {
                out.add(token.substring(p.length()));
            }
        }
        return out;
    }

    /** Whether the article uses the word, possibly with an attached particle (or without the article ال). */
    boolean knows(String word) {
        String w = fold(word);
        if (w.length() < 2) {
            return false;
        }
        if (forms.contains(w)) {
            return true;
        }
        return w.startsWith("ال") && w.length() >= 4 && forms.contains(w.substring(2));
    }

    /** The word's search folding ({@link Folding#fold}), remembered for the article's next questions. */
    String fold(String word) {
        String folded = folds.get(word);
        if (folded == null) {
            folded = Folding.fold(word);
            if (folds.size() < FOLDS_KEPT) {
                folds.put(word, folded);
            }
        }
        return folded;
    }

    /** How many times the article's words were read (for tests that prove the cost of a page is bounded). */
    int passes() {
        return passes;
    }

    /** The key under which {@link #phrasesAmong} reports a phrase: its folded words, space-separated. */
    static String key(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Folding.fold(w));
        }
        return sb.toString();
    }

    /**
     * Which of these phrases (of two words or more) the article contains, its words in this order and the first
     * possibly with a particle; answered by their {@link #key}. One pass over the article for all of them.
     */
    Set<String> phrasesAmong(Collection<List<String>> phrases) {
        List<String> keys = new ArrayList<>();
        for (List<String> p : phrases) {
            if (p.size() >= 2) {
                keys.add(key(p));
            }
        }
        Set<String> lookup = phrasesAmongKeys(keys);
        Set<String> found = new HashSet<>();
        for (String k : keys) {
            if (lookup.contains(k)) {
                found.add(k);
            }
        }
        return found;
    }

    /**
     * Which of these phrases, given by their keys (folded words joined by one space), the article contains: for each
     * key of two words or more, the set answered contains it if and only if the article uses the phrase (the set
     * may also hold other phrases of the article, never another of the keys). One pass over the article.
     */
    Set<String> phrasesAmongKeys(Collection<String> keys) {
        int longest = 0;
        int phrases = 0;
        for (String k : keys) {
            int words = 1;
            for (int i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
                words++;
            }
            if (words >= 2) {
                phrases++;
                longest = Math.max(longest, words);
            }
        }
        if (phrases == 0) {
            return new HashSet<>();
        }
        passes++;
        // Either the article's phrases are collected and each key looked up, or the keys collected and the
        // article's phrases looked up: whichever set is smaller (a page of thousands of tag lines asks about far
        // more phrases than its article has), the memory and work bounded by it.
        return phrases > tokens.size() * (longest - 1) * 2 ? foundInArticlePhrases(keys, longest)
                : foundAmongKeys(keys, longest);
    }

    /** The article's phrases of two to {@code longest} words, where the keys are looked up. */
    Set<String> foundInArticlePhrases(Collection<String> keys, int longest) {
        Set<String> article = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p + 1 < tokens.size(); p++) {
            for (String first : bareForms(tokens.get(p))) {
                sb.setLength(0);
                sb.append(first);
                for (int len = 2; len <= longest && p + len <= tokens.size(); len++) {
                    sb.append(' ').append(tokens.get(p + len - 1));
                    article.add(sb.toString());
                }
            }
        }
        return article;
    }

    /** The keys of two words or more, collected first, found among the article's phrases. */
    Set<String> foundAmongKeys(Collection<String> keys, int longest) {
        Set<String> wanted = new HashSet<>();
        Set<String> firstWords = new HashSet<>();
        for (String k : keys) {
            int space = k.indexOf(' ');
            if (space >= 0 && wanted.add(k)) {
                firstWords.add(k.substring(0, space));
            }
        }
        Set<String> found = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p + 1 < tokens.size() && found.size() < wanted.size(); p++) {
            for (String first : bareForms(tokens.get(p))) {
                if (!firstWords.contains(first)) {
                    continue;
                }
                sb.setLength(0);
                sb.append(first);
                for (int len = 2; len <= longest && p + len <= tokens.size(); len++) {
                    sb.append(' ').append(tokens.get(p + len - 1));
                    String k = sb.toString();
                    if (wanted.contains(k)) {
                        found.add(k);
                    }
                }
            }
        }
        return found;
    }
}
