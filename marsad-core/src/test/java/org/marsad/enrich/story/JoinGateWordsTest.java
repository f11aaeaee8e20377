package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;

/**
 * The join gate's headline words (issue 20): word lines in the gate file, the block read from two headlines, and the
 * clusterer weighing it. Headlines are made up for the test.
 */
class JoinGateWordsTest {
    private static final long HOUR = 3_600L;
    private static final long NOON = 1_700_049_600L;

    private static double[] weights(double cosine) {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[JoinGate.FEATURES.indexOf("cosine")] = cosine;
        return w;
    }

    private static JoinGate withWords(JoinGate g, Map<String, Map<String, Double>> words) {
        return new JoinGate(g.weights(), g.intercept(), g.threshold(), g.mode(), g.floorCosine(), g.floorLink(),
                g.trees(), new HeadlineWords(words));
    }

    @Test
    void theShippedGateWithoutWordLinesReadsWritesAndFingerprintsAsBefore() throws IOException {
        String text;
        try (InputStream in = JoinGate.class.getResourceAsStream(JoinGate.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JoinGate shipped = JoinGate.read(text);
        assertThat(shipped.words().isEmpty()).isTrue();
        // The fingerprint named in the story state's stamp: the twenty shipped by stories24 (02678c4b79660e32) with the
        // toll-update switch on since held-out 22 (bench README "Held-out 22").
        assertThat(shipped.fingerprint()).isEqualTo("4b93faee72548173");
        String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
        assertThat(shipped.write("")).isEqualTo(body).doesNotContain("word\t");
        double[] x = new double[JoinGate.FEATURES.size()];
        Random r = new Random(26);
        for (int i = 0; i < 200; i++) {
            for (int k = 0; k < x.length; k++) {
                x[k] = r.nextDouble();
            }
            List<String> a = List.of("قمه", "صور");
            assertThat(shipped.probability(x, a, List.of("اعلان"))).isEqualTo(shipped.probability(x));
        }
    }

    @Test
    void wordLinesReadBackToTheSameGateBytesAndAnotherFingerprint() {
        JoinGate plain = new JoinGate(weights(2), -1, 0.54);
        JoinGate g = withWords(plain, Map.of("article", Map.of("صور", -1.25, "حراس", -0.5),
                "story", Map.of("اعلان", -0.75), "both", Map.of("قمه", 0.125)));
        String text = g.write("made up");
        assertThat(text).contains("word\tarticle\tحراس\t-0.500000000\n", "word\tstory\tاعلان\t-0.750000000\n",
                "word\tboth\tقمه\t0.125000000\n");
        // Sides in order article, story, both, after every feature line.
        assertThat(text.indexOf("word\tarticle")).isLessThan(text.indexOf("word\tstory"));
        assertThat(text.indexOf("word\tstory")).isLessThan(text.indexOf("word\tboth"));
        assertThat(text.lastIndexOf("feature\t")).isLessThan(text.indexOf("word\t"));
        JoinGate back = JoinGate.read(text);
        assertThat(back).isEqualTo(g).isNotEqualTo(plain);
        assertThat(back.write("made up")).isEqualTo(text);
        assertThat(back.fingerprint()).isEqualTo(g.fingerprint()).isNotEqualTo(plain.fingerprint());
        assertThat(back.withThreshold(0.6).words()).isEqualTo(g.words());
    }

    @Test
    void aMalformedWordLineIsRefusedWithItsLine() {
        String good = new JoinGate(weights(1), 0, 0.5).write("");
        int line = (int) good.lines().count() + 1;
        for (String bad : List.of("word\tmiddle\tصور\t1.0", "word\tarticle\tصور", "word\tarticle\tصور\tone",
                "word\tarticle\t\t1.0", "word\tarticle\tصور\t1.0\textra")) {
            assertThatThrownBy(() -> JoinGate.read(good + bad + "\n")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line " + line);
        }
        assertThatThrownBy(() -> JoinGate.read(good + "word\tarticle\tصور\t1.0\nword\tarticle\tصور\t2.0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line " + (line + 1));
        assertThatThrownBy(() -> JoinGate.read(good + "word\tarticle\tصور\tNaN\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    @Test
    void aHeadlineIsReadAsItsDistinctStemsWithoutStopwordsOrNumbers() {
        List<String> t = HeadlineWords.terms("الرئيسان يتبادلان التحية في القمة و 3 صور من القمة");
        assertThat(t).isSorted().doesNotHaveDuplicates().doesNotContain("في", "3", "و");
        assertThat(t).hasSize(5);
        // The stems are those of the search folding: the same word written with another hamza or ta marbuta agrees.
        assertThat(HeadlineWords.terms("إعلان القمة")).isEqualTo(HeadlineWords.terms("اعلان القمه"));
        assertThat(HeadlineWords.terms(null)).isEmpty();
        assertThat(HeadlineWords.terms("  ")).isEmpty();
    }

    @Test
    void eachStemIsWeighedOnItsSideOnce() {
        List<String> article = HeadlineWords.terms("صور مصافحة الزعيمين في القمة");
        List<String> story = HeadlineWords.terms("الزعيمان يوقعان إعلان القمة");
        List<String> seen = new ArrayList<>();
        HeadlineWords.forEach(article, story, (side, term) -> seen.add(side + ":" + term));
        String summit = HeadlineWords.terms("القمة").get(0);
        String photos = HeadlineWords.terms("صور").get(0);
        String declaration = HeadlineWords.terms("إعلان").get(0);
        assertThat(seen).contains("both:" + summit, "article:" + photos, "story:" + declaration)
                .doesNotContain("article:" + summit, "story:" + summit, "story:" + photos, "article:" + declaration)
                .doesNotHaveDuplicates();
        HeadlineWords w = new HeadlineWords(Map.of("article", Map.of(photos, -2.0, declaration, 5.0),
                "story", Map.of(declaration, -1.0), "both", Map.of(summit, 0.5)));
        // photos on the article's side, the declaration on the story's, the summit in both; the declaration's
        // article-side weight is not read.
        assertThat(w.logOdds(article, story)).isEqualTo(-2.0 - 1.0 + 0.5);
        assertThat(w.logOdds(story, article)).isEqualTo(5.0 + 0.5);
        assertThat(HeadlineWords.NONE.logOdds(article, story)).isZero();
    }

    @Test
    void theClustererKeepsApartAStepWhoseHeadlineWordTheGateWeighsDown() {
        double[] w = weights(20);
        JoinGate plain = new JoinGate(w, -2, 0.5);
        String photos = HeadlineWords.terms("صور").get(0);
        JoinGate words = withWords(plain, Map.of("article", Map.of(photos, -30.0)));
        for (JoinGate g : List.of(plain, words)) {
            StoryClusterer c = new StoryClusterer(StoryRules.DEFAULT, g);
            String story = c.assign(article("a", NOON, "الزعيمان يوقعان إعلان السلام في القمة"), null);
            String report = c.assign(article("b", NOON + HOUR, "توقيع إعلان السلام بين الزعيمين في القمة"), null);
            String gallery = c.assign(article("c", NOON + 2 * HOUR, "صور توقيع إعلان السلام بين الزعيمين في القمة"),
                    null);
            assertThat(report).isEqualTo(story);
            assertThat(gallery.equals(story)).as("joined by " + g).isEqualTo(g == plain);
            assertThat(c.headline(story)).isPresent();
        }
    }

    private static ArticleFeatures article(String id, long time, String title) {
        return JoinGateMemoryFeaturesTest.article(id, time, title);
    }
}
