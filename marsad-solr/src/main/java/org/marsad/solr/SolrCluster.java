package org.marsad.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.util.Utils;

/**
 * A connection to a SolrCloud cluster: its live nodes (read from ZooKeeper, or the URLs given) and a client per node.
 * Any node serves any request (SolrCloud forwards updates to shard leaders and spreads queries over the shards), so
 * a request goes to one node and moves on to the next when that node cannot be reached.
 *
 * <p>Requests use the JDK's HTTP client; SolrJ's Jetty-based cloud client is not used (its Jetty 10 would clash with
 * the web server's Jetty 12 in one process).
 *
 * <p>Thread safety: safe for concurrent requests.
 */
public final class SolrCluster implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SolrCluster.class);
    private static final int CONNECT_SECONDS = 10;
    /** How long a request keeps trying while Solr answers 503 (a node stopping, a shard electing its leader). */
    private static final int UNAVAILABLE_SECONDS = 30;
    private static final int UNAVAILABLE_PAUSE_MILLIS = 500;
    /** The pause before the one retry of a request a node could not pass on to a restarting peer. */
    static final int TRANSIENT_PAUSE_MILLIS = 1_000;
    /**
     * How long a write (a batch of articles, a delete, a commit) waits for a node's answer. Measured on the loopback
     * 2-node cluster under load (load average 12-15, a 20,000-article embedded indexing beside it): 40 batches of 500
     * took 7.3 s on average and 18.3 s at most, and a first batch into a fresh collection 14.7 s; so 60 s, more than
     * three times the slowest. It was 120 s: a worker's first write to a hung node held the workers' enrichment lock
     * for 120 s per node (the other workers now store meanwhile, see Archive.LOCK_PATIENCE).
     */
    private static final int REQUEST_SECONDS = 60;
    /**
     * How long a read (a search, a count) waits for a node's answer. A node whose process is stopped or hung takes
     * the connection and answers nothing: before, a reader's page waited the writes' 120 s per such node (240 s with
     * both nodes of the walk stopped). A search that takes this long on a live node is failing anyway.
     */
    private static final int READ_SECONDS = 10;
    /** How long a node that could not be reached is tried after the others (unless it answers first). */
    private static final int SUSPECT_SECONDS = 60;

    /** How long a request waits: to connect, for a read's answer, for a write's answer. */
    record Timeouts(java.time.Duration connect, java.time.Duration read, java.time.Duration write) {
        static final Timeouts DEFAULT = new Timeouts(java.time.Duration.ofSeconds(CONNECT_SECONDS),
                java.time.Duration.ofSeconds(READ_SECONDS), java.time.Duration.ofSeconds(REQUEST_SECONDS));
    }

    private final SolrTarget target;
    private final ZkClientClusterStateProvider zk;
    private final Timeouts timeouts;
    private final Map<String, SolrClient> clients = new LinkedHashMap<>();
    private final Map<String, SolrClient> readers = new LinkedHashMap<>();
    // Node URL -> System.nanoTime() when it last could not be reached; guarded by this.
    private final Map<String, Long> unreached = new java.util.HashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong retried = new java.util.concurrent.atomic.AtomicLong();

    private SolrCluster(SolrTarget target, ZkClientClusterStateProvider zk, Timeouts timeouts) {
        this.target = target;
        this.zk = zk;
        this.timeouts = timeouts;
    }

    /**
     * Connects to the cluster (for a ZooKeeper address, reads its live nodes).
     *
     * @throws SolrException when ZooKeeper cannot be reached or lists no live Solr node
     */
    public static SolrCluster connect(SolrTarget target) {
        return connect(target, Timeouts.DEFAULT);
    }

    /** {@link #connect(SolrTarget)} with other timeouts (tests: a hung node in a second, not ten). */
    static SolrCluster connect(SolrTarget target, Timeouts timeouts) {
        if (target instanceof SolrTarget.ZooKeeper z) {
            ZkClientClusterStateProvider zk = new ZkClientClusterStateProvider(z.hosts(), z.chroot().orElse(null));
            zk.setZkConnectTimeout(CONNECT_SECONDS * 1000);
            zk.setZkClientTimeout(30_000);
            try {
                zk.connect();
            } catch (RuntimeException e) {
                closeQuietly(zk);
                String why = oneLine(e);
                if (why.contains("cluster not found")) {
                    throw new SolrException("no SolrCloud in ZooKeeper at " + target + " (wrong chroot? most clusters "
                            + "use /solr)", e);
                }
                throw new SolrException("cannot reach ZooKeeper at " + target + ": " + why, e);
            }
            SolrCluster c = new SolrCluster(target, zk, timeouts);
            if (c.nodeUrls().isEmpty()) {
                c.close();
                // The cluster is there (a wrong chroot finds none: "cluster not found" above), its nodes are not.
                throw new SolrException("ZooKeeper at " + target + " lists no live Solr node: every node of the "
                        + "cluster is down or unreachable", null);
            }
            return c;
        }
        return new SolrCluster(target, null, timeouts);
    }

    /** How many requests were tried once more because a node could not pass them on to a peer, since connecting. */
    public long retriedRequests() {
        return retried.get();
    }

    /** The cluster address this connection was made with. */
    public SolrTarget target() {
        return target;
    }

    /** The base URLs of the live nodes (for URLs given directly: those URLs). */
    public List<String> nodeUrls() {
        if (target instanceof SolrTarget.Urls u) {
            return u.urls();
        }
        String scheme = zk.getClusterProperty("urlScheme", "http");
        List<String> urls = new ArrayList<>();
        for (String node : zk.getLiveNodes()) {
            urls.add(Utils.getBaseUrlForNodeName(node, scheme));
        }
        urls.sort(null);
        return urls;
    }

    /**
     * The properties of a collection (kept in ZooKeeper); empty when the cluster was given as URLs (no ZooKeeper to
     * read them from) or the collection has none.
     */
    public Map<String, String> collectionProperties(String collection) {
        if (zk == null) {
            return Map.of();
        }
        try {
            return zk.getZkStateReader().getCollectionProperties(collection);
        } catch (RuntimeException e) {
            throw new SolrException("cannot read the properties of collection " + collection + " from ZooKeeper: "
                    + oneLine(e), e);
        }
    }

    /** Work done with one node's client. */
    @FunctionalInterface
    public interface NodeWork<T> {
        T run(SolrClient node) throws SolrServerException, IOException;
    }

    /**
     * Runs {@code work} against a live node, trying the others in turn while a node cannot be reached or answers
     * 503, and trying all again for up to {@value #UNAVAILABLE_SECONDS} s while every node answers 503. A node that
     * could not pass the request on to a peer (a {@linkplain #transientFailure proxy error or a reset connection},
     * as while that peer restarts) has the whole round tried once more after {@value #TRANSIENT_PAUSE_MILLIS} ms,
     * once per call. Any other answer from Solr (an error status included) ends the attempts.
     *
     * @throws SolrException when no node could be reached
     */
    public <T> T withNode(NodeWork<T> work) {
        return withNode(work, false);
    }

    /**
     * {@link #withNode} for a read (a search, a count): each node is given {@value #READ_SECONDS} s to answer,
     * and while every node answers 503 or has no active replica of the collection (a cluster recovering) the read
     * fails at once with {@link SolrException} instead of trying again for {@value #UNAVAILABLE_SECONDS} s: a
     * reader's page is answered without the index (from the store, or a 503 notice) rather than waiting.
     */
    public <T> T read(NodeWork<T> work) {
        return withNode(work, true);
    }

    private <T> T withNode(NodeWork<T> work, boolean read) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(UNAVAILABLE_SECONDS);
        boolean retriedTransient = false;
        while (true) {
            List<String> urls = inTurn(nodeUrls());
            if (urls.isEmpty()) {
                throw new SolrException("no live Solr node at " + target, null);
            }
            Exception last = null;
            RemoteSolrException unavailable = null;
            RemoteSolrException passedOn = null;
            for (String url : urls) {
                try {
                    T answer = work.run(read ? reader(url) : client(url));
                    reached(url);
                    return answer;
                } catch (SolrServerException | IOException e) {
                    // Not reachable (refused, timed out, reset): the next node may be. This one waits at the end of
                    // the turn for a while, so that one hung node costs one request its timeout, not every other.
                    unreached(url);
                    last = e;
                } catch (RemoteSolrException e) {
                    if (!retriedTransient && !unavailable(e) && transientFailure(e)) {
                        // Another node may hold the collection's cores itself; else the round is tried again.
                        last = e;
                        passedOn = e;
                        continue;
                    }
                    if (!unavailable(e)) {
                        throw e;
                    }
                    // A node shutting down answers 503, and so does every node while a shard waits for its next
                    // leader; a node forwarding to a peer that just died answers with the refused connection.
                    // Another node, or the same a moment later, can take the request (adds, deletes and commits
                    // are idempotent).
                    last = e;
                    unavailable = e;
                }
            }
            if (unavailable == null && passedOn != null) {
                retriedTransient = true;
                retried.incrementAndGet();
                // A server operator reads warnings: one line per retry, so a restarting peer shows in the log.
                LOG.warn("Solr at {}: a node could not pass a request on ({}); trying once more in {} ms", target,
                        oneLine(passedOn), TRANSIENT_PAUSE_MILLIS);
                pause(TRANSIENT_PAUSE_MILLIS, passedOn);
                continue;
            }
            if (unavailable == null || read || System.nanoTime() > deadline) {
                // Unreachable, or "try again later" from every node: the index cannot answer now (an
                // IndexUnavailable, which a web server answers with 503 and a breaker counts as down), not an error
                // of the request.
                throw new SolrException("cannot reach Solr at " + target + ": " + oneLine(last), last);
            }
            pause(UNAVAILABLE_PAUSE_MILLIS, unavailable);
        }
    }

    private static void pause(int millis, RemoteSolrException cause) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /**
     * A node that took the request but could not pass it on to the peer holding the cores ("Error trying to proxy
     * request", or a connection to it reset) — the answer Solr gives while that peer restarts, before the cluster
     * state says so. Worth one more try a moment later; a query Solr refused, or a failure of the node itself, is not.
     */
    private static boolean transientFailure(RemoteSolrException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Error trying to proxy request") || m.contains("Connection reset");
    }

    /**
     * Solr's "try again later": 503 from a node that is stopping or a shard without a leader yet, or a node that
     * could not pass the request on to a peer that has just gone (refused connection) before the cluster state says so.
     */
    private static boolean unavailable(RemoteSolrException e) {
        String m = String.valueOf(e.getMessage());
        // "No active replicas found for collection" is Solr's 500 for a collection whose replicas are all still
        // recovering, as for 20-30 s after a stopped cluster resumes: nothing is wrong with the request.
        return e.code() == 503 || m.contains("HTTP ERROR 503") || m.contains("Connection refused")
                || m.contains("exception during distributed update") || m.contains("No active replicas found");
    }

    /**
     * The nodes in the order this request tries them: in turn from the next one (spreading the load), those that
     * could not be reached in the last {@value #SUSPECT_SECONDS} s after the others.
     */
    private synchronized List<String> inTurn(List<String> urls) {
        List<String> order = new ArrayList<>(urls.size());
        List<String> later = new ArrayList<>();
        int start = urls.isEmpty() ? 0 : Math.floorMod(next.getAndIncrement(), urls.size());
        long now = System.nanoTime();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get((start + i) % urls.size());
            Long at = unreached.get(url);
            if (at != null && now - at < TimeUnit.SECONDS.toNanos(SUSPECT_SECONDS)) {
                later.add(url);
            } else {
                unreached.remove(url);
                order.add(url);
            }
        }
        order.addAll(later);
        return order;
    }

    private synchronized void unreached(String url) {
        unreached.put(url, System.nanoTime());
    }

    private synchronized void reached(String url) {
        unreached.remove(url);
    }

    private synchronized SolrClient client(String url) {
        return clients.computeIfAbsent(url, u -> build(u, timeouts.write()));
    }

    private synchronized SolrClient reader(String url) {
        return readers.computeIfAbsent(url, u -> build(u, timeouts.read()));
    }

    private SolrClient build(String url, java.time.Duration requestTimeout) {
        return new HttpJdkSolrClient.Builder(url)
                .withConnectionTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Plain HTTP/1.1: no h2c upgrade round trip, and every Solr version speaks it.
                .useHttp1_1(true)
                .build();
    }

    /** A failure in one line: the most telling cause in the chain (refused, unknown host, timeout), else the first message. */
    static String oneLine(Throwable e) {
        Throwable refused = null;
        Throwable timedOut = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof java.net.ConnectException) {
                refused = t;
            }
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                timedOut = t;
            }
        }
        if (refused != null) {
            return "connection refused";
        }
        if (timedOut != null) {
            return "timed out";
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip().replaceAll("\\s+", " ");
            }
        }
        return e == null ? "unknown error" : e.getClass().getSimpleName();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already failing
        }
    }

    @Override
    public synchronized void close() {
        for (SolrClient c : clients.values()) {
            closeQuietly(c);
        }
        for (SolrClient c : readers.values()) {
            closeQuietly(c);
        }
        clients.clear();
        readers.clear();
        if (zk != null) {
            closeQuietly(zk);
        }
    }
}
