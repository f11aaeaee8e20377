package org.marsad.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on this machine for tests and trials: an embedded ZooKeeper and N Solr nodes (Jetty) in this JVM,
 * bound to 127.0.0.1, with Marsad's analysis on the classpath (so the configset's filters load). Built on
 * solr-test-framework's {@link MiniSolrCloudCluster}; needs no JUnit 4 runner, no test-framework base class and no
 * system properties, so it works from JUnit 5 ({@code @BeforeAll}/{@code @AfterAll}) and from {@link #main}.
 *
 * <p>Cost: starting a 2-node cluster takes several seconds (ZooKeeper, two Jetty servers, the overseer); start one
 * per test class at most.
 */
public final class LocalSolrCloud implements AutoCloseable {
    private final Path dir;
    private final boolean deleteDir;
    private final ZkTestServer zk;
    private final MiniSolrCloudCluster cluster;
    /** The nodes as started, so a node keeps its number while others stop and start (the cluster's list shifts). */
    private final List<JettySolrRunner> nodes;

    private LocalSolrCloud(Path dir, boolean deleteDir, ZkTestServer zk, MiniSolrCloudCluster cluster) {
        this.dir = dir;
        this.deleteDir = deleteDir;
        this.zk = zk;
        this.cluster = cluster;
        this.nodes = List.copyOf(cluster.getJettySolrRunners());
    }

    /** Starts {@code nodes} Solr nodes and ZooKeeper on any free port, in a temporary directory removed on close. */
    public static LocalSolrCloud start(int nodes) {
        Path dir;
        try {
            dir = Files.createTempDirectory("marsad-solrcloud");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return start(nodes, 0, dir, true);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    /**
     * Starts {@code nodes} Solr nodes and ZooKeeper on {@code zkPort} (0: any free port), keeping their data in
     * {@code dir}.
     */
    public static LocalSolrCloud start(int nodes, int zkPort, Path dir, boolean deleteOnClose) {
        if (nodes < 1) {
            throw new IllegalArgumentException("at least one node");
        }
        // Solr's own defaults that suit a test cluster: no host name look-up, loopback only, fewer threads.
        System.setProperty("host", "127.0.0.1");
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        System.setProperty("solr.max.booleanClauses", "4096");
        ZkTestServer zk = null;
        try {
            Files.createDirectories(dir);
            zk = new ZkTestServer(dir.resolve("zookeeper/server1/data"), zkPort);
            zk.run(true);
            JettyConfig jetty = JettyConfig.builder().setPort(0).build();
            MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, dir.resolve("nodes"),
                    MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML, jetty, zk, true);
            return new LocalSolrCloud(dir, deleteOnClose, zk, cluster);
        } catch (Exception e) {
            if (zk != null) {
                try {
                    zk.shutdown();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new IllegalStateException("cannot start a local SolrCloud: " + e.getMessage(), e);
        }
    }

    /** The ZooKeeper address with Solr's chroot, as {@code MARSAD_SOLR} takes it: {@code 127.0.0.1:PORT/solr}. */
    public String zkAddress() {
        return zk.getZkAddress();
    }

    /** The cluster address, parsed. */
    public SolrTarget target() {
        return SolrTarget.parse(zkAddress());
    }

    /** The base URLs of the running nodes. */
    public List<String> nodeUrls() {
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            urls.add(j.getBaseUrl().toString());
        }
        return urls;
    }

    /**
     * Stops node {@code n} (numbered from 0 in the order {@link #main} prints them, whatever stopped since), as a
     * node that goes down leaves the cluster; returns its base URL. Nothing is done to a node already stopped.
     */
    public String stopNode(int n) throws Exception {
        JettySolrRunner node = node(n);
        if (node.isRunning()) {
            cluster.stopJettySolrRunner(node);
            cluster.waitForJettyToStop(node);
        }
        return node.getBaseUrl().toString();
    }

    /**
     * Starts stopped node {@code n} again on its own port (so its URL and its replicas stay), as a node restarted
     * after maintenance; returns its base URL once it is live in ZooKeeper.
     */
    public String startNode(int n) throws Exception {
        JettySolrRunner node = node(n);
        if (!node.isRunning()) {
            cluster.startJettySolrRunner(node, true);
            cluster.waitForNode(node, 60);
        }
        return node.getBaseUrl().toString();
    }

    private JettySolrRunner node(int n) {
        if (n < 0 || n >= nodes.size()) {
            throw new IllegalArgumentException("no node " + n + " (nodes 0.." + (nodes.size() - 1) + ")");
        }
        return nodes.get(n);
    }

    /** The underlying cluster (to stop and restart nodes). */
    public MiniSolrCloudCluster cluster() {
        return cluster;
    }

    @Override
    public void close() {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the local SolrCloud: " + e.getMessage(), e);
        } finally {
            try {
                zk.shutdown();
            } catch (Exception ignored) {
                // stopping anyway
            }
            if (deleteDir) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a temporary directory: best effort
        }
    }

    /**
     * {@code bench/solr-cluster [--nodes N] [--port P] [--dir DIR]}: starts a local SolrCloud, prints
     * {@code zk=ADDRESS} and one {@code node=URL} per node when ready, and runs until interrupted (Ctrl-C).
     */
    public static void main(String[] args) throws Exception {
        int nodes = 2;
        int port = 0;
        Path dir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--nodes" -> nodes = Integer.parseInt(value(args, ++i, "--nodes"));
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--dir" -> dir = Path.of(value(args, ++i, "--dir"));
                    case "-h", "--help" -> {
                        System.out.println("usage: bench/solr-cluster [--nodes N] [--port ZK_PORT, 0 = any] [--dir DIR]");
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            if (nodes < 1 || nodes > 8 || port < 0 || port > 65535) {
                throw new IllegalArgumentException("--nodes must be 1..8 and --port 0..65535");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("solr-cluster: " + e.getMessage()
                    + " (usage: bench/solr-cluster [--nodes N] [--port ZK_PORT] [--dir DIR])");
            System.exit(2);
        }
        boolean temporary = dir == null;
        LocalSolrCloud cloud;
        try {
            cloud = start(nodes, port, temporary ? Files.createTempDirectory("marsad-solrcloud") : dir, temporary);
        } catch (RuntimeException e) {
            System.err.println("solr-cluster: " + SolrCluster.oneLine(e));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cloud.close();
            stopped.countDown();
        }, "solr-cluster-stop"));
        System.out.println("zk=" + cloud.zkAddress());
        for (String url : cloud.nodeUrls()) {
            System.out.println("node=" + url);
        }
        System.out.println("ready: MARSAD_SOLR=" + cloud.zkAddress() + " (Ctrl-C stops the cluster)");
        System.out.flush();
        // "stop-node N" and "start-node N" on standard input stop node N (from 0, as printed above) as a crashed
        // node leaves the cluster, and start it again on its port: to see what workers and servers do meanwhile.
        Thread commands = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] words = line.strip().split("\\s+");
                    try {
                        if (words.length == 2 && words[0].equals("stop-node")) {
                            System.out.println("stopped node=" + cloud.stopNode(Integer.parseInt(words[1])));
                        } else if (words.length == 2 && words[0].equals("start-node")) {
                            System.out.println("started node=" + cloud.startNode(Integer.parseInt(words[1])));
                        } else if (!line.isBlank()) {
                            System.err.println("solr-cluster: unknown command '" + line.strip()
                                    + "' (stop-node N or start-node N)");
                        }
                    } catch (Exception e) {
                        System.err.println("solr-cluster: " + line.strip() + ": " + SolrCluster.oneLine(e));
                    }
                    System.out.flush();
                }
            } catch (Exception e) {
                System.err.println("solr-cluster: " + SolrCluster.oneLine(e));
            }
        }, "solr-cluster-commands");
        commands.setDaemon(true);
        commands.start();
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
