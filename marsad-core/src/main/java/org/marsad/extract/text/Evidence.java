package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an article (headline and body), for deciding how a tag line splits: a tag is likely a phrase the
 * article itself uses. Words are compared after the Arabic module's search folding, and a word written with an
 * attached conjunction, preposition or article in the text ("والحرب", "المينورسو") still counts as the word.
 */
final class Evidence {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    /** Attached particles a word may carry in running text, longest first. */
    private static final List<String> PROCLITICS = List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب",
            "ل", "ف", "ك");

    private final List<String> tokens = new ArrayList<>();
    private final Set<String> forms = new HashSet<>();

    Evidence(String text) {
        Matcher m = WORD.matcher(Folding.fold(text == null ? "" : text));
        while (m.find()) {
            String t = m.group();
            tokens.add(t);
            forms.addAll(bareForms(t));
        }
    }

    /** The token itself and the token without each particle it may start with. */
    private static List<String> bareForms(String token) {
        List<String> out = new ArrayList<>();
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
        String w = Folding.fold(word);
        if (w.length() < 2) {
            return false;
        }
        if (forms.contains(w)) {
            return true;
        }
        return w.startsWith("ال") && w.length() >= 4 && forms.contains(w.substring(2));
    }

    /** Whether the article contains the words in this order, the first one possibly with a particle. */
    boolean containsPhrase(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        List<String> folded = words.stream().map(Folding::fold).toList();
        for (int p = 0; p + folded.size() <= tokens.size(); p++) {
            if (!bareForms(tokens.get(p)).contains(folded.get(0))) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < folded.size() && all; k++) {
                all = tokens.get(p + k).equals(folded.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
