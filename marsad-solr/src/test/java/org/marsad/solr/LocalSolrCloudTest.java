package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The trial cluster's node commands ({@code bench/solr-cluster}'s "stop-node N" and "start-node N"): a node keeps
 * its number and its URL across a stop and a start, whatever other node stopped meanwhile, so a user can take the
 * nodes down and back one at a time. Before (review26) a stopped node could not be started again, and stopping
 * node 0 renumbered node 1 as 0.
 */
class LocalSolrCloudTest {

    /** The live nodes as ZooKeeper lists them, once they are {@code expected} (its watch lags a moment), or in 30 s. */
    private static java.util.List<String> liveSoon(SolrCluster cluster, java.util.List<String> expected)
            throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        java.util.List<String> live = cluster.nodeUrls();
        while (!live.equals(expected) && System.nanoTime() < end) {
            Thread.sleep(100);
            live = cluster.nodeUrls();
        }
        return live;
    }

    @Test
    void nodesStopAndStartAgainOneAtATimeKeepingTheirNumberAndUrl() throws Exception {
        try (LocalSolrCloud cloud = LocalSolrCloud.start(2)) {
            String first = cloud.nodeUrls().get(0);
            String second = cloud.nodeUrls().get(1);
            try (SolrCluster cluster = SolrCluster.connect(cloud.target())) {
                assertThat(cloud.stopNode(0)).isEqualTo(first);
                assertThat(liveSoon(cluster, java.util.List.of(second))).containsExactly(second);
                assertThat(cloud.startNode(0)).isEqualTo(first);
                assertThat(cloud.stopNode(1)).isEqualTo(second);
                assertThat(liveSoon(cluster, java.util.List.of(first))).containsExactly(first);
                assertThat(cloud.startNode(1)).isEqualTo(second);
                assertThat(liveSoon(cluster, java.util.List.of(first, second).stream().sorted().toList()))
                        .containsExactlyInAnyOrder(first, second);
            }
            assertThatThrownBy(() -> cloud.stopNode(2)).hasMessageContaining("no node 2");
        }
    }

    // review26: with every node stopped, serve and search said "lists no live Solr node (wrong chroot? most clusters
    // use /solr)", though the chroot was right: the cluster is there, its nodes are not.
    @Test
    void aClusterWhoseNodesAreAllDownIsSaidToBeDownNotMisaddressed() throws Exception {
        try (LocalSolrCloud cloud = LocalSolrCloud.start(2)) {
            try (SolrCluster cluster = SolrCluster.connect(cloud.target())) {
                cloud.stopNode(0);
                cloud.stopNode(1);
                assertThat(liveSoon(cluster, java.util.List.of())).isEmpty();
            }
            assertThatThrownBy(() -> SolrCluster.connect(cloud.target()).close())
                    .isInstanceOf(SolrException.class)
                    .hasMessage("ZooKeeper at " + cloud.target() + " lists no live Solr node: every node of the cluster"
                            + " is down or unreachable");
        }
    }
}
