package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * {@code StoryJoinProbe}: a report is weighed against the story of the report before it as the clusterer sees it when
 * the report arrives, the weighing changes no decision, and what it prints is the gate's own view (the reports are
 * the made-up pair of two attacks in El Obeid on one day that a user saw joined, test resources README).
 */
class StoryJoinProbeTest {
    @TempDir
    Path dir;

    private static List<Article> reports() throws IOException, URISyntaxException {
        Path file = Path.of(StoryJoinProbeTest.class.getResource("abyad-two-attacks.jsonl").toURI());
        return StoryJoinProbe.tagged(StoryJoinProbe.read(file));
    }

    @Test
    void theSecondReportIsWeighedAgainstTheFirstsStoryAsTheGateSeesIt() throws Exception {
        JoinGate gate = JoinGate.shipped().orElseThrow();
        List<StoryJoinProbe.Report> out = StoryJoinProbe.probe(List.of(), reports(), gate);

        assertThat(out).extracting(StoryJoinProbe.Report::id).containsExactly("probe-abyad-1", "probe-abyad-2");
        assertThat(out.get(0).against()).isEmpty();
        StoryJoinProbe.Weighing w = out.get(1).against().get(0);
        assertThat(w.earlier()).isEqualTo("probe-abyad-1");
        assertThat(w.story()).isEqualTo(out.get(0).story());
        assertThat(w.asked()).isTrue();
        // The story as the report found it: the first report alone (log of one member), not with the report in it.
        assertThat(w.features()[JoinGate.ALL_FEATURES.indexOf("log_members")]).isEqualTo(0.0);
        // Seven and a half hours apart, in the same city: what the user's two attacks had in common.
        assertThat(w.features()[JoinGate.ALL_FEATURES.indexOf("same_day")]).isEqualTo(1.0);
        assertThat(w.features()[JoinGate.ALL_FEATURES.indexOf("shared_places")]).isGreaterThanOrEqualTo(1.0);
        assertThat(w.probability()).isEqualTo(gate.probability(w.features()));
        // The only story the second report could join: it joined exactly when the gate admitted it.
        assertThat(out.get(1).story().equals(out.get(0).story())).isEqualTo(w.probability() >= gate.threshold());
    }

    @Test
    void weighingChangesNoDecision() throws Exception {
        List<Article> reports = reports();
        JoinGate gate = JoinGate.shipped().orElseThrow();
        Enricher plain = new Enricher(StoriesBench.rules(), StoryRules.DEFAULT, gate);
        List<String> stories = new ArrayList<>();
        for (Article a : reports) {
            stories.add(plain.enrich(ArticleFeatures.of(a, Instant.EPOCH)).story());
        }
        assertThat(StoryJoinProbe.probe(List.of(), reports, gate)).extracting(StoryJoinProbe.Report::story)
                .isEqualTo(stories);
    }

    @Test
    void theReportsEntitiesNeverStandForACorpusEntity() throws Exception {
        assertThat(reports()).allSatisfy(a -> assertThat(a.entities()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.id()).startsWith("probe-")));
    }

    @Test
    void aLineThatIsNotAnArticleIsRefusedByNumber() throws IOException {
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, "\n{\"id\":\n");
        assertThatThrownBy(() -> StoryJoinProbe.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: not an article");
    }
}
