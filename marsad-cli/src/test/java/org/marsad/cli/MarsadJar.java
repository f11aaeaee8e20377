package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code marsad.jar} as a user would, in a separate JVM. */
final class MarsadJar {
    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private MarsadJar() {
    }

    static Path jar() {
        String path = System.getProperty("marsad.jar");
        assertThat(path).as("system property marsad.jar (set by the failsafe configuration)").isNotNull();
        Path jar = Path.of(path);
        assertThat(jar).as("the shaded jar; run through 'mvn verify'").exists();
        return jar;
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        return runWithInput(workDir, new byte[0], args);
    }

    static Run runWithInput(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        return runWithEnv(workDir, stdin, java.util.Map.of(), args);
    }

    /** As {@link #runWithInput}, with these environment variables added to the test's. */
    static Run runWithEnv(Path workDir, byte[] stdin, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        // A bound so that a hung command fails the build instead of stalling it; not a performance check.
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("marsad " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
