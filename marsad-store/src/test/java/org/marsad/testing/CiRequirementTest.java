package org.marsad.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class CiRequirementTest {

    @Test
    void aMissingDependencySkipsOnADevelopersMachine() {
        assertThatThrownBy(() -> CiRequirement.require(false, "no chromium", Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("no chromium");
        assertThatThrownBy(() -> CiRequirement.require(false, "no chromium", Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aMissingDependencyFailsUnderCi() {
        assertThatThrownBy(() -> CiRequirement.require(false, "no chromium", Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no chromium").hasMessageContaining("CI=true");
        assertThatThrownBy(() -> CiRequirement.require(false, "no server", Map.of("CI", "TRUE")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aPresentDependencyRunsEverywhere() {
        assertThatCode(() -> CiRequirement.require(true, "x", Map.of("CI", "true"))).doesNotThrowAnyException();
        assertThatCode(() -> CiRequirement.require(true, "x", Map.of())).doesNotThrowAnyException();
    }
}
