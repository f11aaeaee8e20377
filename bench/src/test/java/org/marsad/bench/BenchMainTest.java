package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMainTest {

    private static int git(Path dir, String... args) throws Exception {
        String[] cmd = new String[args.length + 7];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        cmd[3] = "-c";
        cmd[4] = "user.name=bench";
        cmd[5] = "-c";
        cmd[6] = "user.email=bench@example.org";
        System.arraycopy(args, 0, cmd, 7, args.length);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    @Test
    void theRunRecordsTheCommitItMeasuredAndWhetherItWasChanged(@TempDir Path dir) throws Exception {
        assertThat(BenchMain.version(dir)).as("not a git checkout").isNull();
        assumeTrue(git(dir, "init", "-q") == 0, "git is not installed");
        Files.writeString(dir.resolve("a.txt"), "one\n");
        assertThat(git(dir, "add", "a.txt")).isZero();
        assertThat(git(dir, "commit", "-q", "-m", "first")).isZero();
        String clean = BenchMain.version(dir);
        assertThat(clean).matches("[0-9a-f]{40}");
        Files.writeString(dir.resolve("a.txt"), "two\n");
        assertThat(BenchMain.version(dir)).isEqualTo(clean + "-dirty");
        Files.writeString(dir.resolve("untracked.txt"), "scratch\n");
        git(dir, "checkout", "-q", "a.txt");
        assertThat(BenchMain.version(dir)).as("untracked scratch files do not count").isEqualTo(clean);
    }
}
