package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;

/**
 * A gate file's switch lines ({@link JoinGate.Switch}, issue 20): written, read back and fingerprinted only when on,
 * so the shipped gate reads and decides as before; and the wide preview reading in the preview rule under its switch.
 */
class JoinGateSwitchesTest {
    private static final Instant START = Instant.parse("2024-05-02T00:00:00Z");

    @Test
    void switchLinesReadBackAndAGateWithoutThemIsTheGateItWas() {
        // Shipped since held-out 22 with the toll-update continuation on (bench README "Held-out 22").
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        assertThat(shipped.switches()).containsExactly(JoinGate.Switch.TOLL_UPDATES);
        assertThat(shipped.write("")).endsWith("switch\ttoll_updates\n").doesNotContain("wide_previews");
        assertThat(shipped.fingerprint()).isEqualTo("4b93faee72548173");
        JoinGate both = shipped.withSwitches(EnumSet.allOf(JoinGate.Switch.class));
        String text = both.write("");
        assertThat(text).endsWith("switch\twide_previews\nswitch\ttoll_updates\nswitch\tunframed_bar\n"
                + "switch\ttoll_parts\nswitch\tlead_frames\nswitch\tearlier_start\nswitch\tpieces_as_copies\n"
                + "switch\tunframed_to_deed\n");
        assertThat(JoinGate.read(text)).isEqualTo(both).isNotEqualTo(shipped);
        assertThat(both.fingerprint()).isNotEqualTo(shipped.fingerprint());
        assertThat(both.withSwitches(Set.of(JoinGate.Switch.TOLL_UPDATES))).isEqualTo(shipped);
        // Without switches it is the gate shipped from stories24 to held-out 22.
        assertThat(both.withSwitches(Set.of()).fingerprint()).isEqualTo("02678c4b79660e32");
        assertThat(both.withThreshold(0.6).switches()).isEqualTo(both.switches());
        assertThatThrownBy(() -> JoinGate.read(text + "switch\tsoon\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed: switch\tsoon");
        assertThatThrownBy(() -> JoinGate.read(text + "switch\ttoll_updates\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
    }

    @Test
    void underTheSwitchAGatheringAnnouncedWithItsAgendaIsKeptApartFromItsSitting() {
        ArticleFeatures preview = article("p", "اجتماع ثلاثي لبحث أزمة سد النهر في العاصمة", 8);
        ArticleFeatures sitting = article("s", "بدء الاجتماع الثلاثي حول أزمة سد النهر في العاصمة", 12);
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        StoryClusterer plain = new StoryClusterer(StoryRules.DEFAULT, shipped);
        String a = plain.assign(preview, null);
        assertThat(plain.mayJoin(sitting, a)).as("the narrow reading sees two reports").isTrue();
        StoryClusterer wide = new StoryClusterer(StoryRules.DEFAULT,
                shipped.withSwitches(Set.of(JoinGate.Switch.WIDE_PREVIEWS)));
        String b = wide.assign(preview, null);
        assertThat(wide.mayJoin(sitting, b)).as("the wide reading sees a preview and its happening").isFalse();
        assertThat(wide.assign(sitting, null)).isNotEqualTo(b);
    }

    private static ArticleFeatures article(String id, String title, int hours) {
        Article a = Article.builder().id(id).title(title).source("outlet " + id).body(List.of(title
                        + " بمشاركة وزراء الري في الدول الثلاث وسط خلافات حول قواعد ملء الخزان وتشغيله"))
                .published(START.plusSeconds(hours * 3600L).toString()).build();
        return ArticleFeatures.of(a, START);
    }
}
