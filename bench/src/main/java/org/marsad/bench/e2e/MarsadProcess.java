package org.marsad.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code marsad} command (the runnable jar bench/run builds) as a separate process, the way a user
 * runs it, with its output going to a log file under the work directory.
 */
public final class MarsadProcess {
    private final Path jar;
    private final Path logDir;

    public MarsadProcess(Path jar, Path logDir) {
        this.jar = jar;
        this.logDir = logDir;
    }

    public boolean available() {
        return Files.isRegularFile(jar);
    }

    public Path jar() {
        return jar;
    }

    /** Result of a finished command. */
    public record Outcome(int exitCode, double seconds, Path log, Path errLog) {
        /** The first line the command printed on standard error (its error message), else its last output line. */
        public String lastLine() {
            String err = first(errLog);
            return err != null ? err : java.util.Objects.requireNonNullElse(last(log), "(no output)");
        }

        private static String first(Path file) {
            try {
                for (String l : Files.readAllLines(file)) {
                    if (!l.isBlank()) {
                        return l.strip();
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }

        /** What the command printed on standard output. */
        public String stdout() throws IOException {
            return Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        }

        private static String last(Path file) {
            try {
                List<String> lines = Files.readAllLines(file);
                for (int i = lines.size() - 1; i >= 0; i--) {
                    if (!lines.get(i).isBlank()) {
                        return lines.get(i).strip();
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }
    }

    /** Runs marsad with the arguments and waits up to timeoutSeconds. */
    public Outcome run(String logName, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path log = logDir.resolve(logName + ".log");
        Files.createDirectories(logDir);
        Process p = builder(log, args).start();
        long t0 = System.nanoTime();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            Files.writeString(errLog(log), "\n(bench: killed after " + timeoutSeconds + " s)\n",
                    java.nio.file.StandardOpenOption.APPEND);
            return new Outcome(-1, (System.nanoTime() - t0) / 1e9, log, errLog(log));
        }
        return new Outcome(p.exitValue(), (System.nanoTime() - t0) / 1e9, log, errLog(log));
    }

    /** Starts a long-running marsad command (serve); the caller stops it. */
    public Process start(String logName, String... args) throws IOException {
        Path log = logDir.resolve(logName + ".log");
        Files.createDirectories(logDir);
        return builder(log, args).start();
    }

    private ProcessBuilder builder(Path log, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(log.toFile()).redirectError(errLog(log).toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    private static Path errLog(Path log) {
        return log.resolveSibling(log.getFileName().toString().replace(".log", ".err.log"));
    }

    /** Stops a started process and waits for it to end. */
    public static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }
}
