package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code marsad solr init} on the command line's own classpath (with the web server's Jetty 12 beside SolrJ): usage
 * errors exit 2, an unreachable cluster exits 1, each in one line. Creating a collection on a real cluster is tested
 * in marsad-solr (SolrCollectionsTest), whose test classpath can run Solr nodes.
 */
class SolrCommandTest {

    @Test
    void anAddressIsRequired() {
        Assumptions.assumeTrue(System.getenv("MARSAD_SOLR") == null, "MARSAD_SOLR is set in this environment");
        CliRun r = CliRun.of("solr", "init");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("marsad: no SolrCloud address: give --solr ADDRESS or set MARSAD_SOLR");
    }

    @Test
    void badAddressesAndShapesAreUsageErrors() {
        CliRun host = CliRun.of("solr", "init", "--solr", "zk1");
        assertThat(host.exitCode()).isEqualTo(2);
        assertThat(host.err().strip()).startsWith("marsad: bad ZooKeeper host 'zk1' in 'zk1' (expected host:port")
                .doesNotContain("\n");
        CliRun shards = CliRun.of("solr", "init", "--solr", "zk1:2181/solr", "--shards", "0");
        assertThat(shards.exitCode()).isEqualTo(2);
        assertThat(shards.err().strip()).isEqualTo("marsad: --shards and --replicas must be at least 1");
        CliRun name = CliRun.of("solr", "init", "--solr", "http://127.0.0.1:1/solr", "--collection", "a b");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err().strip()).startsWith("marsad: bad collection name 'a b'");
    }

    @Test
    void anUnreachableClusterIsAOneLineFailure() {
        CliRun r = CliRun.of("solr", "init", "--solr", "http://127.0.0.1:1/solr");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("marsad: cannot reach Solr at http://127.0.0.1:1/solr: connection refused");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aSolrCommandIsRequired() {
        CliRun r = CliRun.of("solr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("a solr command is required");
    }
}
