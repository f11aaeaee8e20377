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

    /** Every command that opens an archive takes --solr: a bad or unreachable cluster is one line, nothing stored. */
    @Test
    void commandsOnAnArchiveRefuseABadOrUnreachableClusterInOneLine(@org.junit.jupiter.api.io.TempDir
                                                                      java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path page = tmp.resolve("page.txt");
        java.nio.file.Files.writeString(page, "عنوان الخبر\n\nنص الخبر عن الأسواق اليوم.\n");
        String data = tmp.resolve("data").toString();
        CliRun badAddress = CliRun.of("ingest", "--data", data, "--solr", "zk1", page.toString());
        assertThat(badAddress.exitCode()).isEqualTo(2);
        assertThat(badAddress.err().strip()).startsWith("marsad: bad ZooKeeper host 'zk1'").doesNotContain("\n");
        CliRun empty = CliRun.of("ingest", "--data", data, "--solr", "", page.toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err().strip()).isEqualTo("marsad: --solr needs an address (ZooKeeper hosts or Solr URLs); "
                + "it was empty");
        CliRun down = CliRun.of("ingest", "--data", data, "--solr", "http://127.0.0.1:1/solr", page.toString());
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err().strip()).isEqualTo("marsad: cannot reach Solr at http://127.0.0.1:1/solr: connection refused");
        assertThat(java.nio.file.Path.of(data, "marsad.db")).doesNotExist();

        // With the embedded index the same directory works, and then a search on an unreachable cluster fails
        // in one line while the embedded search still answers.
        assertThat(CliRun.of("ingest", "--data", data, page.toString()).exitCode()).isZero();
        CliRun search = CliRun.of("search", "--data", data, "--solr", "http://127.0.0.1:1/solr", "الأسواق");
        assertThat(search.exitCode()).isEqualTo(1);
        assertThat(search.err().strip()).isEqualTo("marsad: cannot reach Solr at http://127.0.0.1:1/solr: connection refused");
        CliRun embedded = CliRun.of("search", "--data", data, "الأسواق");
        assertThat(embedded.exitCode()).isZero();
        assertThat(embedded.out()).contains("عنوان الخبر");
    }

    @Test
    void aSolrCommandIsRequired() {
        CliRun r = CliRun.of("solr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("a solr command is required");
    }
}
