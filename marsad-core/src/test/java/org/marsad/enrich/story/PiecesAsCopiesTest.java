package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.model.Article;

/**
 * Pieces that report no single happening joined only as copies ({@link JoinGate.Switch#PIECES_AS_COPIES}, issue 20,
 * a candidate). A gate that weighs the centroid cosine alone (admitting from 0.3) stands in for the learned one, so
 * the test decides what the gate admits; the articles are made up: a flood told by a report, and a «هل …؟» piece on
 * the same valley in nearly the same words.
 */
class PiecesAsCopiesTest {
    private static final Instant START = Instant.parse("2024-11-03T00:00:00Z");
    private static final String WORDS = "أمطار غزيرة وسيول جارفة في وادي المدينة رفعت منسوب المياه إلى ارتفاع قياسي"
            + " وأغلقت الطرق المؤدية إلى القرى المجاورة وسط تحذيرات الأرصاد من استمرار الهطول حتى نهاية الأسبوع";
    /** The piece's own body: the valley's floods of past years, not a copy of the report. */
    private static final String ASKED = "يتساءل سكان وادي المدينة عن السيول الجارفة التي تعود كل شتاء منذ عقود وعن"
            + " السدود التي وعدت بها البلدية ولم تبن بعد رغم الدراسات التي أعدها المهندسون قبل سنوات";
    private static final String REPORT = "سيول جارفة تغمر وادي المدينة وترفع منسوب المياه";
    private static final String PIECE = "هل تتكرر سيول وادي المدينة الجارفة؟";

    private static JoinGate cosineGate(JoinGate.Switch... switches) {
        double[] w = new double[JoinGate.FEATURES.size()];
        w[JoinGate.FEATURES.indexOf("cosine")] = 10;
        return new JoinGate(w, -3, 0.5).withSwitches(Set.of(switches));
    }

    private static ArticleFeatures article(String id, String title, String body, int hours) {
        Article a = Article.builder().id(id).title(title).source("outlet " + id).body(List.of(body))
                .published(START.plusSeconds(hours * 3600L).toString()).build();
        return ArticleFeatures.of(a, START);
    }

    @Test
    void aPieceIsNotJoinedToAReportsStoryByTheGate() {
        StoryClusterer plain = new StoryClusterer(StoryRules.DEFAULT, cosineGate(JoinGate.Switch.TOLL_UPDATES));
        String report = plain.assign(article("r", REPORT, WORDS, 0), null);
        assertThat(plain.assign(article("p", PIECE, WORDS, 2), null)).as("without the switch the gate joins it")
                .isEqualTo(report);

        StoryClusterer on = new StoryClusterer(StoryRules.DEFAULT,
                cosineGate(JoinGate.Switch.TOLL_UPDATES, JoinGate.Switch.PIECES_AS_COPIES));
        String report2 = on.assign(article("r", REPORT, WORDS, 0), null);
        assertThat(on.assign(article("p", PIECE, WORDS, 2), null)).as("under the switch a story of its own")
                .isNotEqualTo(report2);
    }

    @Test
    void aPieceDoesNotStartAChainForTheReportsAfterIt() {
        StoryClusterer plain = new StoryClusterer(StoryRules.DEFAULT, cosineGate());
        String piece = plain.assign(article("p", PIECE, WORDS, 0), null);
        assertThat(plain.assign(article("r", REPORT, WORDS, 2), null)).isEqualTo(piece);

        StoryClusterer on = new StoryClusterer(StoryRules.DEFAULT, cosineGate(JoinGate.Switch.PIECES_AS_COPIES));
        String piece2 = on.assign(article("p", PIECE, WORDS, 0), null);
        String report = on.assign(article("r", REPORT, WORDS, 2), null);
        assertThat(report).as("the report is not weighed against the piece's story").isNotEqualTo(piece2);
        assertThat(on.assign(article("s", "ارتفاع منسوب المياه في وادي المدينة بعد السيول", WORDS, 3), null))
                .as("the next report joins the report's story as before").isEqualTo(report);
    }

    @Test
    void anotherOutletsCopyOfAPieceStillJoinsIt() {
        Enricher e = new Enricher(DedupRules.DEFAULT, StoryRules.DEFAULT, cosineGate(JoinGate.Switch.PIECES_AS_COPIES));
        String report = e.enrich(article("r", REPORT, WORDS, 0)).story();
        String piece = e.enrich(article("p", PIECE, ASKED, 2)).story();
        assertThat(piece).isNotEqualTo(report);
        assertThat(e.enrich(article("q", PIECE, ASKED, 3)).story()).as("a near-duplicate joins its original's story")
                .isEqualTo(piece);
        // Another outlet's copy of the report under a question headline of its own joins the report's story.
        assertThat(e.enrich(article("c", "كيف غمرت السيول وادي المدينة؟", WORDS, 4)).story()).isEqualTo(report);
    }
}
