package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tag splitter's shortcuts (issue 16: a page of thousands of tag lines ran at 0.4 MB/s) answer as the plain
 * computations they replace, on seeded lines made to repeat words, phrases, spaces and punctuation.
 */
class TagSplitterShortcutsTest {
    private static final String[] VOCAB = {"غزة", "الحرب", "النفط", "الذهب", "في", "لبنان", "السلام", "of", "Oil"};

    @Test
    void wordsSplitAsTheSpacesRegex() {
        Random random = new Random(1601);
        char[] chars = {'ا', 'ب', 'x', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C'};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                sb.append(chars[random.nextInt(chars.length)]);
            }
            String s = sb.toString();
            String stripped = s.strip();
            List<String> plain = stripped.isEmpty() ? List.of() : List.of(TagSplitter.SPACES.split(stripped));
            assertThat(TagSplitter.words(s)).as("«%s»", s).isEqualTo(plain);
        }
    }

    @Test
    void cleanAnswersAsTheRegexes() {
        Random random = new Random(1602);
        String[] pieces = {"غزة", "x", " ", "  ", "\t", "\"", "«", "»", "(", ")", ".", ":", "#", "-", "–", "—", "'",
            "\u00A0", "\u001C", "،"};
        int changed = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String tag = sb.toString();
            String plain = TagSplitter.SPACES.matcher(TagSplitter.STRAY.matcher(tag).replaceAll("")).replaceAll(" ");
            assertThat(TagSplitter.clean(tag)).as("«%s»", tag).isEqualTo(plain);
            changed += plain.equals(tag) ? 0 : 1;
        }
        assertThat(changed).as("tags the regexes change").isGreaterThan(5_000);
    }

    @Test
    void repeatedPhrasesAsCountingEveryKey() {
        Random random = new Random(1603);
        String[] folded = {"غزة", "الحرب", "النفط", "", "a b", "الذهب", "x"};
        int tracked = 0;
        for (int t = 0; t < 20_000; t++) {
            List<String> words = new ArrayList<>();
            int vocab = 1 + random.nextInt(folded.length - 1);
            for (int k = random.nextInt(16); k > 0; k--) {
                // "a b" (a word folding to two) only now and then: it sends the line to the counting path
                words.add(random.nextInt(50) == 0 ? "a b" : folded[random.nextInt(vocab + 1) % folded.length]);
            }
            String[][] keys = keys(words);
            List<String> repeated = TagSplitter.repeatedPhrases(words, keys);
            assertThat(repeated).as("%s", words).isEqualTo(TagSplitter.repeatedPhrasesCounted(keys));
            tracked += repeated.size() == 4 ? 1 : 0;
        }
        assertThat(tracked).as("lines with the most repeated phrases tracked").isGreaterThan(2_000);
    }

    @Test
    void theSearchOverItsStatesSplitsAsTheSearchOverEveryState() {
        Random random = new Random(1604);
        Evidence evidence = new Evidence("");
        List<TagSplitter.Weights> weights = List.of(TagSplitter.Weights.DEFAULT, new TagSplitter.Weights(1, 2, 1, 0,
                100), new TagSplitter.Weights(1, -1, 1, 5, 100), new TagSplitter.Weights(0, 2, 0, 5, 0));
        int differentFromSingles = 0;
        for (int t = 0; t < 5_000; t++) {
            List<String> words = new ArrayList<>();
            int vocab = 2 + random.nextInt(VOCAB.length - 1);
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                words.add(VOCAB[random.nextInt(vocab)]);
            }
            TagSplitter.Words line = TagSplitter.Words.of(words, evidence);
            Set<String> articlePhrases = new HashSet<>();
            List<String> windows = new ArrayList<>();
            line.addWindowKeys(windows);
            for (String w : windows) {
                if (random.nextInt(3) == 0) {
                    articlePhrases.add(w);
                }
            }
            TagSplitter.Weights w = weights.get(random.nextInt(weights.size()));
            List<String> tags = TagSplitter.group(line, articlePhrases, w, false);
            assertThat(tags).as("%s with %s", words, articlePhrases).isEqualTo(TagSplitter.group(line,
                    articlePhrases, w, true));
            differentFromSingles += tags.size() < words.size() ? 1 : 0;
        }
        assertThat(differentFromSingles).as("lines grouped into phrases").isGreaterThan(1_000);
    }

    private static String[][] keys(List<String> folded) {
        String[][] keys = new String[folded.size()][6];
        for (int i = 0; i < folded.size(); i++) {
            for (int len = 1; len <= 5 && i + len <= folded.size(); len++) {
                keys[i][len] = String.join(" ", folded.subList(i, i + len));
            }
        }
        return keys;
    }
}
