package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harnesses' command line: values checked while parsing, each mistake named in one line. */
class HarnessArgsTest {
    private static final Map<String, HarnessArgs.Kind> OPTIONS = Map.of("--data", HarnessArgs.Kind.PATH,
            "--rounds", HarnessArgs.Kind.COUNT, "--index-only", HarnessArgs.Kind.FLAG);

    @Test
    void takesDeclaredOptionsFlagsAndWordsWithDefaultsForTheRest() throws Exception {
        HarnessArgs a = HarnessArgs.parse(new String[] {"main=/tmp/a.jar", "--rounds", "7", "--index-only",
                "--data", "/tmp/marsad-data", "branch=classes/"}, OPTIONS, true);
        assertThat(a.count("--rounds", 3)).isEqualTo(7);
        assertThat(a.path("--data", null)).isEqualTo(Path.of("/tmp/marsad-data"));
        assertThat(a.flag("--index-only")).isTrue();
        assertThat(a.words()).containsExactly("main=/tmp/a.jar", "branch=classes/");

        HarnessArgs none = HarnessArgs.parse(new String[0], OPTIONS, false);
        assertThat(none.count("--rounds", 3)).isEqualTo(3);
        assertThat(none.path("--data", Path.of("x"))).isEqualTo(Path.of("x"));
        assertThat(none.flag("--index-only")).isFalse();
    }

    @Test
    void eachMistakeIsOneLineNamingIt() {
        for (var c : List.of(
                List.of("--rounds three", "--rounds takes a whole number of at least 1, not 'three'"),
                List.of("--rounds 0", "--rounds takes a whole number of at least 1, not '0'"),
                List.of("--rounds 2.5", "--rounds takes a whole number of at least 1, not '2.5'"),
                List.of("--rounds 99999999999", "--rounds takes a whole number of at least 1, not '99999999999'"),
                List.of("--data", "--data needs a value"),
                List.of("--round 3", "unknown option --round (known: --data --index-only --rounds)"),
                List.of("extra", "unexpected argument 'extra'"))) {
            assertThatThrownBy(() -> HarnessArgs.parse(c.get(0).split(" "), OPTIONS, false))
                    .as(c.get(0)).isInstanceOf(HarnessArgs.Usage.class).hasMessage(c.get(1));
        }
    }
}
