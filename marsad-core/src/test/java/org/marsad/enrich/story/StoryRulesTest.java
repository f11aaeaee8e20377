package org.marsad.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules are varied through a builder that starts from a set of rules and changes only what it is told. */
class StoryRulesTest {
    @Test
    void aBuilderLeftAloneGivesBackTheSameRules() {
        assertThat(StoryRules.DEFAULT.toBuilder().build()).isEqualTo(StoryRules.DEFAULT);
        assertThat(StoryRules.TOPICAL.toBuilder().build()).isEqualTo(StoryRules.TOPICAL);
    }

    @Test
    void eachSetterChangesItsOwnComponentAndNoOther() throws Exception {
        StoryRules base = StoryRules.DEFAULT;
        for (RecordComponent c : StoryRules.class.getRecordComponents()) {
            Object old = c.getAccessor().invoke(base);
            Object changed = other(old);
            StoryRules.Builder b = base.toBuilder();
            StoryRules.Builder.class.getMethod(c.getName(), c.getType()).invoke(b, changed);
            StoryRules r = b.build();
            for (RecordComponent d : StoryRules.class.getRecordComponents()) {
                Object value = d.getAccessor().invoke(r);
                if (d.getName().equals(c.getName())) {
                    assertThat(value).as(d.getName()).isEqualTo(changed);
                } else {
                    assertThat(value).as(d.getName() + " after setting " + c.getName())
                            .isEqualTo(d.getAccessor().invoke(base));
                }
            }
        }
    }

    @Test
    void theBuilderDoesNotChangeTheRulesItStartedFrom() {
        StoryRules.Builder b = StoryRules.DEFAULT.toBuilder();
        StoryRules first = b.threshold(0.9).build();
        StoryRules second = b.cohesion(0.8).build();
        assertThat(StoryRules.DEFAULT.threshold()).isEqualTo(0.28);
        assertThat(first.cohesion()).isEqualTo(StoryRules.DEFAULT.cohesion());
        assertThat(second.threshold()).isEqualTo(0.9);
        assertThat(second.cohesion()).isEqualTo(0.8);
    }

    private static Object other(Object v) {
        if (v instanceof Double d) {
            return d + 0.123;
        }
        if (v instanceof Integer i) {
            return i + 7;
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        if (v instanceof Duration d) {
            return d.plusMinutes(17);
        }
        if (v instanceof Enum<?> e) {
            Object[] all = e.getDeclaringClass().getEnumConstants();
            return all[(e.ordinal() + 1) % all.length];
        }
        throw new AssertionError("a component of an unforeseen type: " + v);
    }
}
