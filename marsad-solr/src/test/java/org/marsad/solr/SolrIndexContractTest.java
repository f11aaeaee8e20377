package org.marsad.solr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.search.SearchIndex;

/** The index contract, on a 2-shard collection of a real 2-node SolrCloud (one cluster for the class). */
class SolrIndexContractTest extends SearchIndexContract {
    static LocalSolrCloud cloud;
    static SolrCluster cluster;

    @BeforeAll
    static void start() {
        cloud = LocalSolrCloud.start(2);
        cluster = SolrCluster.connect(cloud.target());
        SolrCollections.init(cluster, "contract", 2, 1);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Override
    SearchIndex emptyIndex() {
        SolrIndex i = SolrIndex.on(cluster, "contract");
        i.clear();
        i.refresh();
        return i;
    }

    @AfterEach
    void close() {
        index.close();
    }
}
