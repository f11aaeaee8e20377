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
}
