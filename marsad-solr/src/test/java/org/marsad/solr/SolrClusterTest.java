package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.junit.jupiter.api.Test;

/**
 * How a request moves between nodes. The work here never opens a connection: it answers as a node would, by the
 * client's base URL, so the test needs no running Solr.
 */
class SolrClusterTest {

    private static RemoteSolrException answered(int code) {
        return new RemoteSolrException("http://127.0.0.1:1/solr", code, "HTTP ERROR " + code, null);
    }

    private static String url(org.apache.solr.client.solrj.SolrClient c) {
        return ((HttpJdkSolrClient) c).getBaseURL();
    }

    @Test
    void aNodeAnswering503HandsTheRequestToAnotherNode() {
        // Worker B's poll failed in WorkersIT when the Solr node being stopped answered 503 to its index request.
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr,http://127.0.0.1:2/solr"))) {
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String answer = cluster.withNode(c -> {
                    asked.add(url(c));
                    if (url(c).contains(":1/")) {
                        throw answered(503);
                    }
                    return "indexed";
                });
                assertThat(answer).isEqualTo("indexed");
            }
            assertThat(asked).contains("http://127.0.0.1:1/solr", "http://127.0.0.1:2/solr");
        }
    }

    @Test
    void whileEveryNodeAnswers503TheRequestIsTriedAgainUntilOneTakesIt() {
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr,http://127.0.0.1:2/solr"))) {
            int[] calls = {0};
            String answer = cluster.withNode(c -> {
                if (++calls[0] <= 3) {
                    throw answered(503); // a shard between leaders: every node says so for a moment
                }
                return "indexed";
            });
            assertThat(answer).isEqualTo("indexed");
            assertThat(calls[0]).isEqualTo(4);
        }
    }

    @Test
    void aNodeThatCannotReachAPeerThatJustDiedIsTriedAgain() {
        // The other form WorkersIT met: the live node took the update but its forward to the stopped node failed.
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr"))) {
            int[] calls = {0};
            String answer = cluster.withNode(c -> {
                if (++calls[0] == 1) {
                    throw new RemoteSolrException("http://127.0.0.1:1/solr", 500,
                            "Async exception during distributed update: java.net.ConnectException: Connection refused",
                            null);
                }
                return "indexed";
            });
            assertThat(answer).isEqualTo("indexed");
            assertThat(calls[0]).isEqualTo(2);
        }
    }

    @Test
    void anyOtherAnswerFromSolrEndsTheAttempts() {
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr,http://127.0.0.1:2/solr"))) {
            int[] calls = {0};
            assertThatThrownBy(() -> cluster.withNode(c -> {
                calls[0]++;
                throw answered(400);
            })).isInstanceOf(RemoteSolrException.class);
            assertThat(calls[0]).isEqualTo(1);
        }
    }

    /** What a node answers when the peer holding the collection's cores is restarting (seen in review26's walk). */
    private static RemoteSolrException proxyFailed() {
        return new RemoteSolrException("http://127.0.0.1:1/solr", 500, "Error trying to proxy request for url: "
                + "http://127.0.0.1:2/solr/marsad/select", null);
    }

    @Test
    void aRequestANodeCouldNotPassOnToARestartingPeerIsTriedOnceMoreAfterAPause() {
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr"))) {
            List<Long> at = new ArrayList<>();
            String answer = cluster.withNode(c -> {
                at.add(System.nanoTime());
                if (at.size() == 1) {
                    throw proxyFailed();
                }
                return "found";
            });
            assertThat(answer).isEqualTo("found");
            assertThat(at).hasSize(2);
            assertThat(cluster.retriedRequests()).as("counted for /metrics").isEqualTo(1);
            assertThat(at.get(1) - at.get(0)).as("paused before the retry")
                    .isGreaterThanOrEqualTo(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
                            SolrCluster.TRANSIENT_PAUSE_MILLIS));
        }
    }

    @Test
    void aConnectionResetOnTheWayToAPeerIsTriedOnceMoreButNotForEver() {
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr"))) {
            int[] calls = {0};
            assertThatThrownBy(() -> cluster.withNode(c -> {
                calls[0]++;
                throw new RemoteSolrException("http://127.0.0.1:1/solr", 500,
                        "java.net.SocketException: Connection reset", null);
            })).isInstanceOf(RemoteSolrException.class).hasMessageContaining("Connection reset");
            assertThat(calls[0]).as("one retry, bounded").isEqualTo(2);
            assertThat(cluster.retriedRequests()).as("one retry counted").isEqualTo(1);
        }
    }

    /**
     * A node whose process is stopped (kill -STOP) or hung: the kernel takes the connection into the listening
     * socket's backlog and nothing ever answers. Bound to 127.0.0.1, never accepted.
     */
    private static java.net.ServerSocket hungNode() throws java.io.IOException {
        return new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    }

    private static final SolrCluster.Timeouts SHORT = new SolrCluster.Timeouts(java.time.Duration.ofSeconds(1),
            java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(60));

    /** Asks the node for real (the hung one times out); the live node at port 2 answers without a connection. */
    private static String ask(org.apache.solr.client.solrj.SolrClient c, List<String> asked)
            throws org.apache.solr.client.solrj.SolrServerException, java.io.IOException {
        asked.add(url(c));
        if (url(c).contains(":2/")) {
            return "found";
        }
        c.request(new org.apache.solr.client.solrj.request.GenericSolrRequest(
                org.apache.solr.client.solrj.SolrRequest.METHOD.GET, "/admin/info/system"));
        return "answered";
    }

    @Test
    void aHungNodeCostsOneReadItsShortTimeoutThenIsTriedAfterTheOthers() throws Exception {
        // product31's walk: with a node's process stopped, reads waited the writes' 120 s request timeout on it, and
        // every other read started there again (the nodes are taken in turn).
        try (java.net.ServerSocket hung = hungNode();
             SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:" + hung.getLocalPort()
                     + "/solr,http://127.0.0.1:2/solr"), SHORT)) {
            List<String> asked = new ArrayList<>();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
                for (int i = 0; i < 6; i++) {
                    String answer = cluster.read(c -> ask(c, asked));
                    assertThat(answer).isEqualTo("found");
                }
            });
            assertThat(asked.stream().filter(u -> !u.contains(":2/")).toList())
                    .as("the hung node asked once, then after the live one").hasSize(1);
        }
    }

    @Test
    void aReadWithEveryNodeHungIsUnavailableAfterEachNodesReadTimeout() throws Exception {
        try (java.net.ServerSocket one = hungNode(); java.net.ServerSocket two = hungNode();
             SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:" + one.getLocalPort()
                     + "/solr,http://127.0.0.1:" + two.getLocalPort() + "/solr"), SHORT)) {
            List<String> asked = new ArrayList<>();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () ->
                    assertThatThrownBy(() -> cluster.read(c -> ask(c, asked)))
                            .isInstanceOf(org.marsad.search.IndexUnavailable.class).hasMessageContaining("timed out"));
            assertThat(asked).hasSize(2);
        }
    }

    /** What every node answers for 20-30 s after a stopped cluster resumes (product31's walk). */
    private static RemoteSolrException noActiveReplicas() {
        return new RemoteSolrException("http://127.0.0.1:1/solr", 500,
                "Error from server at http://127.0.0.1:1/solr/marsad/select: No active replicas found for collection: "
                        + "marsad", null);
    }

    @Test
    void noActiveReplicasIsTheIndexUnavailableAtOnceForAReadAndTriedAgainForAWrite() {
        try (SolrCluster cluster = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr,http://127.0.0.1:2/solr"))) {
            int[] reads = {0};
            assertThatThrownBy(() -> cluster.read(c -> {
                reads[0]++;
                throw noActiveReplicas();
            })).isInstanceOf(org.marsad.search.IndexUnavailable.class).hasMessageContaining("No active replicas");
            assertThat(reads[0]).as("one turn of the nodes, no wait").isEqualTo(2);

            int[] writes = {0};
            String answer = cluster.withNode(c -> {
                if (++writes[0] <= 3) {
                    throw noActiveReplicas();
                }
                return "indexed";
            });
            assertThat(answer).isEqualTo("indexed");
        }
    }
}
