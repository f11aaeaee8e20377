package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolrTargetTest {

    @Test
    void zooKeeperHostsWithChroot() {
        SolrTarget t = SolrTarget.parse(" zk1:2181,zk2.example.org:2181/solr ");
        assertThat(t).isEqualTo(new SolrTarget.ZooKeeper(List.of("zk1:2181", "zk2.example.org:2181"),
                Optional.of("/solr")));
        assertThat(t).hasToString("zk1:2181,zk2.example.org:2181/solr");
    }

    @Test
    void zooKeeperWithoutChrootAndNestedChroot() {
        assertThat(SolrTarget.parse("127.0.0.1:9983"))
                .isEqualTo(new SolrTarget.ZooKeeper(List.of("127.0.0.1:9983"), Optional.empty()));
        assertThat(SolrTarget.parse("zk:2181/apps/solr/"))
                .isEqualTo(new SolrTarget.ZooKeeper(List.of("zk:2181"), Optional.of("/apps/solr")));
    }

    @Test
    void solrUrlsLoseTrailingSlashes() {
        assertThat(SolrTarget.parse("http://solr1:8983/solr/,https://solr2:8983/solr"))
                .isEqualTo(new SolrTarget.Urls(List.of("http://solr1:8983/solr", "https://solr2:8983/solr")));
    }

    @Test
    void badAddressesSayWhatIsExpected() {
        assertThatThrownBy(() -> SolrTarget.parse("")).hasMessageContaining("zk1:2181");
        assertThatThrownBy(() -> SolrTarget.parse("zk1")).hasMessageContaining("bad ZooKeeper host 'zk1'");
        assertThatThrownBy(() -> SolrTarget.parse("zk1:2181,,zk2:2181")).hasMessageContaining("bad ZooKeeper host ''");
        assertThatThrownBy(() -> SolrTarget.parse("zk1:2181/so lr")).hasMessageContaining("chroot");
        assertThatThrownBy(() -> SolrTarget.parse("http://solr1:8983/"))
                .hasMessageContaining("must end in /solr");
        assertThatThrownBy(() -> SolrTarget.parse("http://solr1:8983/solr?x=1")).hasMessageContaining("bad Solr URL");
    }

    @Test
    void unreachableNodesGiveOneLineError() {
        // A port nothing listens on (bound and released at once is racy; port 1 on loopback is refused).
        try (SolrCluster c = SolrCluster.connect(SolrTarget.parse("http://127.0.0.1:1/solr"))) {
            assertThatThrownBy(() -> SolrCollections.exists(c, "marsad"))
                    .isInstanceOf(SolrException.class)
                    .hasMessageStartingWith("cannot reach Solr at http://127.0.0.1:1/solr: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
