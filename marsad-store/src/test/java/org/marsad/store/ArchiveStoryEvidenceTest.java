package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * The story stage decides with the entities the entity stage found in the same save: two outlets that name the same
 * rarely named person at the same place join one story by that evidence alone, and the stored story survives a
 * reopen (the replay reads the stored entities).
 */
class ArchiveStoryEvidenceTest {
    @TempDir
    Path dir;

    /**
     * Similarity alone joins nothing (0.95); a rare actor and a place, early in a story, join. The rules decide alone
     * (no join gate): this is a test of the rules' evidence through the archive.
     */
    private static final StoryRules EVIDENCE_ONLY = StoryRules.TOPICAL.toBuilder().threshold(0.95).cohesion(0.95)
            .span(Duration.ofDays(3)).withoutKeyTerm(0.95).genericSpan(Duration.ofDays(1)).evidenceShare(0.02)
            .evidenceThreshold(0.0).build();

    private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /** Three hundred short items of made-up words, naming nobody: the archive a rarity is judged in. */
    private static List<ArticleStore.Incoming> background() {
        Random r = new Random(20261204);
        List<ArticleStore.Incoming> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                for (int k = 0; k < 5; k++) {
                    body.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
                }
                body.append(' ');
            }
            out.add(new ArticleStore.Incoming(article("bg" + i, "وكالة" + (i % 4), "خبر " + i, body.toString().strip(),
                    "2024-03-01T00:00:00Z"), null));
        }
        return out;
    }

    private static Article article(String id, String source, String title, String body, String published) {
        return Article.builder().url("https://example.org/" + id).title(title).body(List.of(body)).source(source)
                .published(published).language("ar").build();
    }

    private static String storyOf(Archive a, Upserted saved) {
        return a.store().get(saved.id()).orElseThrow().story();
    }

    @Test
    void aRareActorAndAPlaceNamedByTwoOutletsJoinTheirArticlesAndTheDecisionIsKept() {
        String first;
        String idB;
        try (Archive a = Archive.open(dir, null)) {
            a.storyRules(EVIDENCE_ONLY);
            a.storyGate(null);
            a.save(background());
            Upserted ua = a.save(article("a", "الجزيرة", "تصريحات في لبنان",
                    "قال وزير الدفاع الإسرائيلي يوآف غالانت خلال زيارته إلى لبنان إن المحادثات مستمرة.",
                    "2024-03-02T08:00:00Z"), null);
            Upserted ub = a.save(article("b", "العربية", "زيارة مفاجئة",
                    "وصل يوآف غالانت صباح اليوم إلى لبنان في زيارة لم يعلن عنها من قبل.",
                    "2024-03-02T10:00:00Z"), null);
            // The place alone is not enough.
            Upserted uc = a.save(article("c", "سكاي", "طقس لبنان", "يشهد لبنان أمطارا غزيرة منذ الصباح.",
                    "2024-03-02T11:00:00Z"), null);
            first = storyOf(a, ua);
            idB = ub.id();
            assertThat(storyOf(a, ub)).isEqualTo(first);
            assertThat(storyOf(a, uc)).isNotEqualTo(first);
        }
        try (Archive a = Archive.open(dir, null)) {
            a.storyRules(EVIDENCE_ONLY);
            a.storyGate(null);
            // Reopened, the replay restores the decision; a third outlet naming both joins the same story.
            Upserted ud = a.save(article("d", "بي بي سي", "غالانت في المغرب",
                    "التقى يوآف غالانت مسؤولين محليين في لبنان.", "2024-03-02T12:00:00Z"), null);
            assertThat(a.store().get(idB).orElseThrow().story()).isEqualTo(first);
            assertThat(storyOf(a, ud)).isEqualTo(first);
        }
    }
}
