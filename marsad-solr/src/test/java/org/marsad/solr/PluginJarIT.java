package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.search.SearchIndex;

/**
 * The plugin jar ({@code target/marsad-solr-VERSION-plugin.jar}) is all a Solr node needs of Marsad: the whole index
 * contract runs on a 2-node SolrCloud started in a JVM of its own whose classpath is what a node has (solr-core,
 * SolrJ, Lucene and their dependencies, without Marsad's modules and without the libraries only Marsad's store and
 * extraction use — {@code target/node-classpath.txt}) plus that jar.
 */
class PluginJarIT extends SearchIndexContract {
    static Process node;
    static SolrCluster cluster;
    static Path log;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("marsad.solr.plugin", "missing"));
        assertThat(jar).as("the plugin jar; run through 'mvn verify'").exists();
        Path target = Path.of(System.getProperty("marsad.solr.target"));
        String nodeClasspath = Files.readString(target.resolve("node-classpath.txt")).strip();
        assertThat(nodeClasspath).doesNotContain("marsad-store").doesNotContain("marsad-arabic")
                .doesNotContain("sqlite-jdbc");
        // The launcher (test classes: LocalSolrCloud, which loads no Marsad class but the plugin's) and the node.
        String cp = target.resolve("test-classes") + File.pathSeparator + jar + File.pathSeparator + nodeClasspath;
        log = Files.createTempFile("plugin-cluster", ".log");
        node = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", cp, "org.marsad.solr.LocalSolrCloud", "--nodes", "2",
                "--port", "0")).redirectError(log.toFile()).start();
        String zk = awaitZk(node);
        cluster = SolrCluster.connect(SolrTarget.parse(zk));
        SolrCollections.init(cluster, "plugin", 2, 1);
    }

    private static String awaitZk(Process p) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        String zk = null;
        // A bound so that a cluster that never starts fails the test instead of hanging it.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("zk=")) {
                zk = line.substring(3);
            } else if (line != null && line.startsWith("ready:") && zk != null) {
                return zk;
            }
            if (!p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        p.destroyForcibly();
        List<String> l = Files.readAllLines(log, StandardCharsets.UTF_8);
        throw new AssertionError("the cluster on the plugin jar did not start: "
                + String.join("\n", l.subList(Math.max(0, l.size() - 30), l.size())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (node != null) {
            node.destroy();
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
        if (log != null) {
            Files.deleteIfExists(log);
        }
    }

    @Override
    SearchIndex emptyIndex() {
        SolrIndex i = SolrIndex.on(cluster, "plugin");
        i.clear();
        i.refresh();
        return i;
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void theJarHoldsMarsadOnlyWithItsAnalysisFactoriesRegistered() throws Exception {
        try (JarFile jar = new JarFile(System.getProperty("marsad.solr.plugin"))) {
            List<String> classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).isNotEmpty().allMatch(n -> n.startsWith("org/marsad/"));
            assertThat(classes).contains("org/marsad/solr/MarsadQParserPlugin.class");
            String services = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.apache.lucene.analysis.TokenFilterFactory")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(services.lines().filter(l -> l.startsWith("org.marsad")).count()).isGreaterThanOrEqualTo(3);
        }
    }
}
