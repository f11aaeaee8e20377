package org.marsad.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.bench.report.Figures;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Report;
import org.marsad.bench.report.Section;

class StoriesSectionTest {
    /** The evaluator's printout, shortened (the lines the section reads). */
    private static final String OUT = """
            rules scored: DedupRules[jaccard=0.5]; StoryRules[threshold=0.3]
            near-duplicates on ANT 2018-04: 4798 articles, 590 silver pairs, 336 predicted pairs
              all silver pairs: precision 0.991 recall 0.564
              strong silver pairs (jaccard >= 0.5 or containment >= 0.9): 310; precision 0.881 recall 0.955
              weak silver pairs (the rest): 280; recall 0.132
              story pairs dev: 129 labelled, 76 joined; pair precision 0.431 [0.322, 0.547] same-event recall 0.298 \
            [0.144, 0.769] topic share of joined 0.562; joined pairs outside the sampled universe 0
              story pairs held-out: 127 labelled, 73 joined; pair precision 0.500 [0.400, 0.600] same-event recall \
            0.700 [0.500, 0.900] topic share of joined 0.400; joined pairs outside the sampled universe 3
              largest story: 14 articles, share 0.0029 of 4798 articles
              before (TOPICAL rules) story pairs dev: 129 labelled, 76 joined; pair precision 0.431 [0.322, 0.547] \
            same-event recall 0.298 [0.144, 0.769] topic share of joined 0.562; joined pairs outside the sampled \
            universe 0
              before (TOPICAL rules) story pairs held-out: 127 labelled, 73 joined; pair precision 0.480 [0.400, \
            0.600] same-event recall 0.427 [0.300, 0.900] topic share of joined 0.400; joined pairs outside the \
            sampled universe 1
              before (TOPICAL rules) largest story: 31 articles, share 0.0065 of 4798 articles
              cross-outlet silver pairs in the same story: 156 of 178 (0.876)
            throughput at 5,000 articles: 2261 articles per CPU-second (features 241 µs)
            lucene baseline at 5,000 articles: 2964 articles per CPU-second (the same articles)
            stage seconds: reading and enriching 88.0, quality 40.5, throughput 16.2
            """;

    @Test
    void everyFigureOfThePrintoutReachesTheReport() {
        Report r = new Report();
        Section s = r.section("stories", "Stories");
        StoriesSection.fill(r, s, OUT, 5000);
        Figures st = s.figures().group("stories");
        assertThat(st.group("dev").get("pair_precision")).isEqualTo(0.431);
        assertThat(st.group("held_out").get("same_event_recall")).isEqualTo(0.7);
        assertThat(st.group("held_out").get("joined_outside_universe")).isEqualTo(3L);
        assertThat(st.get("largest_story_share")).isEqualTo(0.0029);
        assertThat(st.group("before").get("largest_story_share")).isEqualTo(0.0065);
        assertThat(st.group("before").group("held_out").get("same_event_recall")).isEqualTo(0.427);
        // The baseline's lines do not overwrite the figures of the rules scored.
        assertThat(st.group("dev").get("pair_precision")).isEqualTo(0.431);
        assertThat(r.headlines()).filteredOn(h -> h.metric().startsWith("story pair precision")).singleElement()
                .satisfies(h -> {
                    assertThat(h.value()).isEqualTo(0.5);
                    assertThat(h.baseline()).isEqualTo(0.48);
                });
        assertThat(s.figures().group("near_dup").group("weak").get("recall")).isEqualTo(0.132);
        assertThat(s.figures().group("steps").group("read_and_enrich").get("wall_s")).isEqualTo(88.0);
        assertThat(s.figures().group("steps").group("throughput").get("wall_s")).isEqualTo(16.2);
        assertThat(s.figures().group("throughput").get("articles_per_cpu_s_ratio"))
                .isEqualTo(Figures.ratioOf(2261, 2964));
        assertThat(r.headlines()).extracting(Headline::metric).contains(
                "near-duplicate recall, strong silver pairs (ANT; in-sample)",
                "near-duplicate recall, weak silver pairs (ANT; in-sample)",
                "story pair precision (ANT held-out, hand labels)",
                "story same-event recall (ANT held-out, hand labels)",
                "largest story, share of the archive (ANT)");
        // Dev figures stay in the details: only held-out ones are headline figures.
        assertThat(r.headlines()).filteredOn(h -> h.metric().contains("dev")).isEmpty();
    }
}
