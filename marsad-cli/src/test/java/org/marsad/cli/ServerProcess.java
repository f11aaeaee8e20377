package org.marsad.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A long-running command of the real jar ({@code serve}, {@code demo}): started, waited on until it prints its URL. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern OPEN = Pattern.compile("^Open (http://127\\.0\\.0\\.1:(\\d+)/)$");

    final Process process;
    final String url;
    final int port;
    private final Path err;

    private ServerProcess(Process process, String url, int port, Path err) {
        this.process = process;
        this.url = url;
        this.port = port;
        this.err = err;
    }

    static ServerProcess start(Path dir, String... args) throws Exception {
        return start(dir, java.util.Map.of(), args);
    }

    /** As {@link #start(Path, String...)}, with these environment variables added (e.g. MARSAD_DB_URL). */
    static ServerProcess start(Path dir, java.util.Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", MarsadJar.jar().toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "server-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        // A bound so that a command that never serves fails the test instead of hanging it.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                Matcher m = OPEN.matcher(line);
                if (m.matches()) {
                    return new ServerProcess(p, m.group(1), Integer.parseInt(m.group(2)), err);
                }
            }
            if (!p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("marsad " + String.join(" ", args) + " printed no URL to open: "
                + Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What the server printed on standard error so far. */
    String err() throws java.io.IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** SIGKILL: no shutdown hook, no last commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops it; waits (bounded) for the exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
