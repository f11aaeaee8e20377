package org.marsad.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local SolrCloud (ZooKeeper and Solr nodes, Marsad's analysis loaded) in a JVM of its own, started from
 * marsad-solr's test classpath as {@code bench/solr-cluster} starts it: its Jetty 10 cannot share a JVM with the web
 * server's Jetty 12. Stopped (SIGTERM, which shuts the nodes down) on close.
 */
final class SolrClusterProcess implements AutoCloseable {
    private final Process process;
    final String zk;
    /** The nodes' base URLs (http://127.0.0.1:PORT/solr), in the order stop-node numbers them. */
    final List<String> nodes;
    private final Path log;
    private final BlockingQueue<String> lines;

    private SolrClusterProcess(Process process, String zk, List<String> nodes, Path log, BlockingQueue<String> lines) {
        this.process = process;
        this.zk = zk;
        this.nodes = List.copyOf(nodes);
        this.log = log;
        this.lines = lines;
    }

    /** Stops node {@code n} (from 0) as a crash would take it out of the cluster; returns its URL once stopped. */
    String stopNode(int n) throws Exception {
        var in = process.getOutputStream();
        in.write(("stop-node " + n + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("stopped node=")) {
                return line.substring("stopped node=".length());
            }
        }
        throw new AssertionError("node " + n + " did not stop: " + tail(log));
    }

    static SolrClusterProcess start(Path workDir, int nodes) throws Exception {
        return start(workDir, nodes, false);
    }

    /**
     * As {@link #start(Path, int)}; with {@code metrics} the nodes keep their metrics (off by default in a test
     * cluster), e.g. {@code UPDATE.updateHandler.cumulativeAdds} at {@code /admin/metrics}.
     */
    static SolrClusterProcess start(Path workDir, int nodes, boolean metrics) throws Exception {
        String target = System.getProperty("marsad.solr.target");
        if (target == null) {
            throw new AssertionError("system property marsad.solr.target (set by the failsafe configuration)");
        }
        Path t = Path.of(target);
        Path cpFile = t.resolve("test-classpath.txt");
        if (!Files.exists(cpFile)) {
            throw new AssertionError(cpFile + " is missing: build marsad-solr with it (mvn -pl marsad-cli -am verify)");
        }
        String cp = t.resolve("test-classes") + java.io.File.pathSeparator + t.resolve("classes")
                + java.io.File.pathSeparator + Files.readString(cpFile).strip();
        Path log = Files.createTempFile(workDir, "solr-cluster", ".log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dfile.encoding=UTF-8", "-DmetricsEnabled=" + metrics, "-cp", cp,
                "org.marsad.solr.LocalSolrCloud",
                "--nodes", Integer.toString(nodes), "--port", "0"))
                .directory(workDir.toFile()).redirectError(log.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        String zk = null;
        List<String> nodeUrls = new java.util.ArrayList<>();
        // A bound so that a cluster that never starts fails the test instead of hanging it.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("zk=")) {
                zk = line.substring(3);
            } else if (line != null && line.startsWith("node=")) {
                nodeUrls.add(line.substring("node=".length()));
            } else if (line != null && line.startsWith("ready:") && zk != null) {
                return new SolrClusterProcess(p, zk, nodeUrls, log, lines);
            }
            if (!p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the local SolrCloud did not start: " + tail(log));
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> l = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", l.subList(Math.max(0, l.size() - 30), l.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
