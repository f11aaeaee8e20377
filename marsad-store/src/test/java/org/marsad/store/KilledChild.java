package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A main class of these tests run in a child JVM and killed the way a crash kills (SIGKILL on Unix: no shutdown hook,
 * no commit), for the tests that check what a killed process leaves behind; and the copy of a data directory they
 * compare against.
 */
final class KilledChild {
    private KilledChild() {
    }

    /** Starts {@code main} with {@code args} on this test class path (256 MB of heap); its standard error is dropped. */
    static Process start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Runs {@code main} until it prints "held" (the point where the test wants it to die), then kills it and waits
     * for its end. Fails when the child ends, or says something else, before it is killed.
     */
    static void killWhenHeld(Class<?> main, String... args) throws IOException, InterruptedException {
        Process child = start(main, args);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the child died before it was killed").isEqualTo("held");
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
    }

    /** Copies a data directory, files and folders, over {@code to}. */
    static void copyDir(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
