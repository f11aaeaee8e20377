package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A gate file's switch lines ({@link JoinGate.Switch}, issue 20): written, read back and fingerprinted only when on,
 * so the shipped gate reads and decides as before.
 */
class JoinGateSwitchesTest {
    @Test
    void switchLinesReadBackAndAGateWithoutThemIsTheGateItWas() {
        // Shipped since held-out 22 with the toll-update continuation on (bench README "Held-out 22").
        JoinGate shipped = JoinGate.shipped().orElseThrow();
        assertThat(shipped.switches()).containsExactly(JoinGate.Switch.TOLL_UPDATES);
        assertThat(shipped.write("")).endsWith("switch\ttoll_updates\n").doesNotContain("unframed_bar");
        assertThat(shipped.fingerprint()).isEqualTo("4b93faee72548173");
        JoinGate both = shipped.withSwitches(EnumSet.allOf(JoinGate.Switch.class));
        String text = both.write("");
        assertThat(text).endsWith("switch\ttoll_updates\nswitch\tunframed_bar\nswitch\tpieces_as_copies\n"
                + "switch\tunframed_to_deed\n");
        assertThat(JoinGate.read(text)).isEqualTo(both).isNotEqualTo(shipped);
        assertThat(both.fingerprint()).isNotEqualTo(shipped.fingerprint());
        assertThat(both.withSwitches(Set.of(JoinGate.Switch.TOLL_UPDATES))).isEqualTo(shipped);
        // Without switches it is the gate shipped from stories24 to held-out 22.
        assertThat(both.withSwitches(Set.of()).fingerprint()).isEqualTo("02678c4b79660e32");
        assertThat(both.withThreshold(0.6).switches()).isEqualTo(both.switches());
        assertThatThrownBy(() -> JoinGate.read(text + "switch\tlead_frames\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed: switch\tlead_frames");
        assertThatThrownBy(() -> JoinGate.read(text + "switch\tsoon\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed: switch\tsoon");
        assertThatThrownBy(() -> JoinGate.read(text + "switch\ttoll_updates\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
    }
}
