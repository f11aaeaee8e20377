package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleJson;

/** Issue 17, "Command line": the messages a new user met, each one clear sentence. */
class CliMessagesTest {
    @TempDir
    Path tmp;

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    // review26: a worker stopped (SIGTERM) while every Solr node was down ended with "marsad: unexpected error: no
    // live Solr node at …", its archive's last commit refused: expected while the index is down, and nothing is lost.
    @Test
    void anIndexThatCannotBeReachedIsSaidInOneLineNotAsAnUnexpectedError() {
        picocli.CommandLine cl = Marsad.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));

        int code = Errors.handleExecution(new org.marsad.solr.SolrException("no live Solr node at 127.0.0.1:2181/solr",
                new java.io.IOException("Connection refused")), cl, null);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("marsad: the search index cannot be reached (no "
                + "live Solr node at 127.0.0.1:2181/solr); what is stored is kept and indexed once the index is back");
    }

    @Test
    void anUnknownCommandIsNamedAsOne() {
        CliRun top = CliRun.of("accounts", "add", "--data", tmp.resolve("d").toString(), "bob");
        assertThat(top.exitCode()).isEqualTo(2);
        assertThat(top.err().lines().toList()).containsExactly("marsad: unknown command 'accounts'",
                "Try 'marsad --help' for more information.");
        CliRun sub = CliRun.of("sources", "remov", "x");
        assertThat(sub.exitCode()).isEqualTo(2);
        assertThat(sub.err().lines().findFirst().orElse("")).isEqualTo("marsad: unknown command 'remov' of sources");
        assertThat(tmp.resolve("d")).doesNotExist();
        // picocli's own "Error: " label is not repeated after "marsad: "
        CliRun missing = CliRun.of("delete", "--data", tmp.resolve("d").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("marsad: Missing required argument").doesNotContain("Error:");
    }

    @Test
    void aMistypedStoryGateSettingIsAUsageErrorNamingTheProperty() {
        String before = System.getProperty("story.gate");
        System.setProperty("story.gate", "bogus");
        try {
            CliRun r = CliRun.of("stories", "--data", tmp.resolve("d").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().lines().toList()).containsExactly("marsad: -Dstory.gate must be on or off, not bogus");
            assertThat(tmp.resolve("d")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("story.gate");
            } else {
                System.setProperty("story.gate", before);
            }
        }
    }

    @Test
    void extractOfALoopbackUrlSaysOnceWhatToDo() throws IOException {
        int port = closedPort();
        CliRun r = CliRun.of("extract", "http://127.0.0.1:" + port + "/news.html");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("marsad: http://127.0.0.1:" + port + "/news.html: not fetched: "
                + "non-public address 127.0.0.1 (use --allow-private to permit it)");
    }

    @Test
    void aClosedPortIsReportedAsAConnectionFailure() throws IOException {
        int port = closedPort();
        CliRun r = CliRun.of("extract", "--allow-private", "http://127.0.0.1:" + port + "/news.html");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("marsad: http://127.0.0.1:" + port + "/news.html: fetch failed: "
                + "cannot reach 127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void sourcesAddRefusesAPrivateFeedAndEditChangesFields() throws IOException {
        String data = tmp.resolve("data").toString();
        CliRun refused = CliRun.of("sources", "add", "--data", data, "--name", "محلي", "--feed",
                "http://10.1.2.3/feed.xml");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("marsad: source 'محلي' not saved: http://10.1.2.3/feed.xml: "
                + "non-public address 10.1.2.3 (add --allow-private if this intranet or test source is meant)");
        assertThat(Files.exists(tmp.resolve("data"))).isFalse();

        assertThat(CliRun.of("sources", "add", "--data", data, "--name", "المرصد", "--feed",
                "https://a.example/feed.xml", "--language", "ar").exitCode()).isZero();
        CliRun edit = CliRun.of("sources", "edit", "--data", data, "المرصد", "--feed", "https://a.example/rss",
                "--feed", "https://a.example/atom", "--interval", "30", "--country", "eg", "--category", "اقتصاد");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out().strip()).isEqualTo("changed source 'المرصد': 2 feed(s), every 30 min, language ar, "
                + "category اقتصاد, country EG");
        JsonNode s = ArticleJson.mapper().readTree(CliRun.of("sources", "list", "--data", data, "--json").out())
                .get(0);
        assertThat(s.get("feeds").toString()).isEqualTo("[\"https://a.example/rss\",\"https://a.example/atom\"]");
        assertThat(s.get("language").asText()).isEqualTo("ar");
        assertThat(s.get("category").asText()).isEqualTo("اقتصاد");
        CliRun zone = CliRun.of("sources", "edit", "--data", data, "المرصد", "--time-zone", "Africa/Cairo");
        assertThat(zone.out()).contains("time zone Africa/Cairo");
        CliRun keep = CliRun.of("sources", "edit", "--data", data, "المرصد", "--interval", "20");
        assertThat(keep.out()).as("fields not given keep their value").contains("category اقتصاد")
                .contains("every 20 min").contains("2 feed(s)").contains("time zone Africa/Cairo");

        CliRun toPrivate = CliRun.of("sources", "edit", "--data", data, "المرصد", "--sitemap",
                "http://192.168.1.5/sitemap.xml");
        assertThat(toPrivate.exitCode()).isEqualTo(1);
        assertThat(toPrivate.err()).contains("non-public address 192.168.1.5");
        CliRun allowed = CliRun.of("sources", "edit", "--data", data, "المرصد", "--sitemap",
                "http://192.168.1.5/sitemap.xml", "--allow-private");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("sitemap http://192.168.1.5/sitemap.xml").contains("private addresses allowed");

        CliRun pause = CliRun.of("sources", "pause", "--data", data, "المرصد");
        assertThat(pause.out().strip()).isEqualTo("paused source 'المرصد'");
        assertThat(CliRun.of("sources", "edit", "--data", data, "المرصد", "--interval", "25").exitCode()).isZero();
        JsonNode paused = ArticleJson.mapper().readTree(CliRun.of("sources", "list", "--data", data, "--json").out())
                .get(0);
        assertThat(paused.get("paused").asBoolean()).as("an edit keeps the pause").isTrue();
        assertThat(CliRun.of("sources", "list", "--data", data).out()).contains("health: paused;");
        assertThat(CliRun.of("sources", "resume", "--data", data, "المرصد").out().strip())
                .isEqualTo("resumed source 'المرصد'");
        assertThat(ArticleJson.mapper().readTree(CliRun.of("sources", "list", "--data", data, "--json").out())
                .get(0).get("paused").asBoolean()).isFalse();
        CliRun pauseNone = CliRun.of("sources", "pause", "--data", data, "لا-يوجد");
        assertThat(pauseNone.exitCode()).isEqualTo(1);
        assertThat(pauseNone.err().strip()).startsWith("marsad: no source named 'لا-يوجد'");

        CliRun none = CliRun.of("sources", "edit", "--data", data, "لا-يوجد", "--interval", "20");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("marsad: no source named 'لا-يوجد' (see 'marsad sources list')");
    }
}
