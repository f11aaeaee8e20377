package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.marsad.store.Archive;

/**
 * {@code marsad sources add} then {@code marsad run --once} against the fixture news site served on 127.0.0.1,
 * run from the real jar: articles collected with their fields, robots.txt obeyed, the next poll conditional (304)
 * and free of duplicates; and a source without {@code --allow-private} kept away from loopback.
 */
class RunCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    private TestSite site;

    @BeforeEach
    void start() {
        site = NewsSite.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Run marsad(String... args) throws Exception {
        return MarsadJar.run(work, args);
    }

    private Path addSource(String data, boolean allowPrivate) throws Exception {
        Path dir = work.resolve(data);
        List<String> args = new java.util.ArrayList<>(List.of("sources", "add", "--data", dir.toString(),
                "--name", "المرصد", "--language", "ar", "--feed", site.base() + "/feed.xml",
                "--sitemap", site.base() + "/sitemap-news.xml"));
        if (allowPrivate) {
            args.add("--allow-private");
        }
        Run add = marsad(args.toArray(String[]::new));
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added source 'المرصد'");
        return dir;
    }

    private static Optional<Article> stored(Path dir, String url) {
        try (Archive a = Archive.open(dir, null)) {
            return a.store().latest(100, 0).stream().filter(x -> url.equals(x.url())).findFirst();
        }
    }

    private static long count(Path dir) {
        try (Archive a = Archive.open(dir, null)) {
            return a.store().count();
        }
    }

    @Test
    void aWatchAlertsOnceOnTheArticlesAPollBringsIn() throws Exception {
        Path dir = addSource("watched", true);
        List<byte[]> bodies = new java.util.ArrayList<>();
        List<String> signatures = new java.util.ArrayList<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", ex -> {
            synchronized (bodies) {
                bodies.add(ex.getRequestBody().readAllBytes());
                signatures.add(ex.getRequestHeaders().getFirst("X-Marsad-Signature"));
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            Run add = marsad("watches", "add", "--data", dir.toString(), "--name", "القمة", "--query", "قمة القاهرة",
                    "--webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "--secret", "k3y",
                    "--allow-private");
            assertThat(add.exit()).as(add.err()).isZero();

            Run first = marsad("run", "--data", dir.toString(), "--once", "--delay", "0", "--base-url",
                    "https://marsad.example/");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("1 watch delivery(ies) attempted");
            Run second = marsad("run", "--data", dir.toString(), "--once", "--delay", "0");
            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(second.out()).doesNotContain("watch");
        } finally {
            receiver.stop(0);
        }
        assertThat(bodies).hasSize(1);
        JsonNode alert = JSON.readTree(bodies.get(0)).get("alerts").get(0);
        assertThat(alert.get("article").get("title").asText()).isEqualTo("قمة عربية طارئة في القاهرة");
        assertThat(alert.get("article").get("link").asText()).startsWith("https://marsad.example/article/");
        assertThat(org.marsad.watch.deliver.Signature.verify("k3y", bodies.get(0), signatures.get(0))).isTrue();
    }

    @Test
    void runOnceCollectsTheSiteThenPollsConditionallyWithoutDuplicates() throws Exception {
        Path dir = addSource("data", true);
        // 'sources add' read the feed once to refuse a web page: the polls' requests come after it.
        int byAdd = site.hits("/feed.xml").size();

        Run first = marsad("run", "--data", dir.toString(), "--once", "--delay", "0");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("polled 1 source(s)").contains("0 source(s) failing");
        Article summit = stored(dir, site.base() + "/news/summit.html").orElseThrow();
        assertThat(summit.title()).isEqualTo("قمة عربية طارئة في القاهرة");
        assertThat(summit.published()).isEqualTo("2020-06-03T01:30:00+04:00");
        assertThat(summit.body()).contains("يجتمع القادة العرب في القاهرة اليوم في قمة طارئة.");
        assertThat(summit.source()).isEqualTo("المرصد");
        assertThat(summit.bodyText()).as("extracted from the page").contains("يصدر عن القمة بيان ختامي");
        assertThat(stored(dir, site.base() + "/news/oil.html")).as("a windows-1256 page").hasValueSatisfying(
                a -> assertThat(a.bodyText()).contains("ويعزو المحللون الارتفاع إلى تراجع المخزونات الأمريكية"));
        assertThat(stored(dir, site.base() + "/news/sport.html")).as("found in the news sitemap").isPresent();
        assertThat(stored(dir, site.base() + "/private/report.html")).as("kept from the feed's own text")
                .hasValueSatisfying(a -> assertThat(a.body()).containsExactly("نص التقرير كما نشرته الخلاصة."));
        assertThat(site.hits("/private/report.html")).as("robots.txt disallows /private/").isEmpty();
        assertThat(site.hits("/robots.txt")).isNotEmpty();
        long afterFirst = count(dir);

        Run second = marsad("run", "--data", dir.toString(), "--once", "--delay", "0");

        assertThat(second.exit()).as(second.err()).isZero();
        List<TestSite.Hit> feed = site.hits("/feed.xml");
        assertThat(feed).hasSize(byAdd + 2);
        assertThat(feed.get(byAdd + 1).header("If-None-Match")).isEqualTo(NewsSite.FEED_ETAG);
        assertThat(feed.get(byAdd + 1).header("If-Modified-Since")).isEqualTo(NewsSite.FEED_LAST_MODIFIED);
        assertThat(second.out()).contains("0 article(s) stored");
        assertThat(count(dir)).isEqualTo(afterFirst);
        assertThat(site.hits("/news/summit.html")).hasSize(1);

        Run list = marsad("sources", "list", "--data", dir.toString(), "--json");
        JsonNode source = JSON.readTree(list.out()).get(0);
        assertThat(source.get("allow_private").asBoolean()).isTrue();
        assertThat(source.get("health").get("last_success").isNull()).isFalse();
        assertThat(source.get("health").get("consecutive_failures").asInt()).isZero();
        assertThat(source.get("health").get("next_poll").asText()).isNotEmpty();

        // Issue 17: the log says when each poll happened; the listing gives local times to the second
        assertThat(first.err().lines().filter(l -> l.contains("المرصد: ok")).toList()).isNotEmpty()
                .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d المرصد: ok, .*"));
        String text = marsad("sources", "list", "--data", dir.toString()).out();
        assertThat(text).containsPattern("last success \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, "
                + "next poll \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void withoutOnceItRunsUntilSigtermThenCommitsAndExits() throws Exception {
        Path dir = addSource("daemon", true);
        Path err = work.resolve("daemon-err.txt");
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", MarsadJar.jar().toString(),
                "run", "--data", dir.toString(), "--delay", "0")
                .directory(work.toFile()).redirectErrorStream(false)
                .redirectOutput(work.resolve("daemon-out.txt").toFile()).redirectError(err.toFile()).start();
        try {
            // Wait (bounded) for the first poll's summary line, then ask it to stop as a service manager would.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
            while (!java.nio.file.Files.readString(err).contains("المرصد: ok") && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(java.nio.file.Files.readString(err)).contains("المرصد: ok");
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        } finally {
            p.destroyForcibly();
        }

        assertThat(java.nio.file.Files.readString(err)).contains("stopping, committing");
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).isFalse();
            assertThat(a.repair().indexed()).as("the index was committed on stop").isZero();
            assertThat(a.store().latest(100, 0)).extracting(Article::url).contains(site.base() + "/news/summit.html");
        }
    }

    @Test
    void aLoopbackSourceWithoutAllowPrivateIsRefusedWhenAdded() throws Exception {
        Path dir = work.resolve("ssrf");
        Run add = marsad("sources", "add", "--data", dir.toString(), "--name", "المرصد", "--feed",
                site.base() + "/feed.xml");

        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err().strip()).isEqualTo("marsad: source 'المرصد' not saved: " + site.base() + "/feed.xml: "
                + "non-public address 127.0.0.1 (add --allow-private if this intranet or test source is meant)");
        assertThat(java.nio.file.Files.exists(dir)).as("nothing created").isFalse();
        assertThat(site.hits()).isEmpty();
        // The poll checks again (a name may resolve elsewhere later): PollRunnerTest.
    }

    @Test
    void aSourcesCategoryIsASearchFilterAndSurvivesOpmlExportAndImport() throws Exception {
        Path dir = work.resolve("categorized");
        Run add = marsad("sources", "add", "--data", dir.toString(), "--name", "المرصد", "--language", "ar",
                "--category", "أخبار  عربية", "--feed", site.base() + "/feed.xml", "--allow-private");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(marsad("sources", "list", "--data", dir.toString()).out()).contains("المرصد  [أخبار عربية]");
        Run run = marsad("run", "--data", dir.toString(), "--once", "--delay", "0");
        assertThat(run.exit()).as(run.err()).isZero();

        Run found = marsad("search", "--data", dir.toString(), "--json", "category:\"أخبار عربية\"");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(JSON.readTree(found.out()).get("total").asLong()).isEqualTo(count(dir)).isPositive();
        Run none = marsad("search", "--data", dir.toString(), "--json", "category:رياضة");
        assertThat(JSON.readTree(none.out()).get("total").asLong()).isZero();

        Path opml = work.resolve("categorized.opml");
        assertThat(marsad("sources", "export", "--data", dir.toString(), "-o", opml.toString()).exit()).isZero();
        assertThat(Files.readString(opml)).contains("<outline text=\"أخبار عربية\"");
        Path fresh = work.resolve("categorized-again");
        // The exported feed is on loopback: the file does not carry --allow-private, so the import skips it by name
        // (exit 1, nothing saved) until the user allows it.
        Run skipped = marsad("sources", "import", "--data", fresh.toString(), opml.toString());
        assertThat(skipped.exit()).isEqualTo(1);
        assertThat(skipped.out()).contains("imported 0 source(s)", "1 skipped");
        assertThat(skipped.errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("marsad: source 'المرصد' skipped: " + site.base() + "/feed.xml: ")
                .endsWith("(import with --allow-private if this intranet or test source is meant)"));
        assertThat(JSON.readTree(marsad("sources", "list", "--data", fresh.toString(), "--json").out())).isEmpty();
        Run allowed = marsad("sources", "import", "--data", fresh.toString(), "--allow-private", opml.toString());
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("imported 1 source(s)");
        assertThat(JSON.readTree(marsad("sources", "list", "--data", fresh.toString(), "--json").out()).get(0)
                .get("category").asText()).isEqualTo("أخبار عربية");

        Run bad = marsad("sources", "add", "--data", dir.toString(), "--name", "X", "--category", "a\u0007b",
                "--feed", "https://x.example/f");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().satisfies(l -> assertThat(l).contains("category"));
    }

    @Test
    void discoverFindsTheFeedAHomePageLinksAndItsAddressAddsTheSource() throws Exception {
        site.route("/", org.marsad.ingest.testsite.TestSite.ok("text/html; charset=utf-8",
                "<html><head><title>المرصد</title><link rel=\"alternate\" type=\"application/rss+xml\" "
                        + "href=\"/feed.xml\"></head><body></body></html>"));

        Run found = marsad("sources", "discover", site.base() + "/", "--allow-private");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out().strip()).isEqualTo("--feed " + site.base() + "/feed.xml  (rss, 4 entries, "
                + "\"أخبار المرصد التجريبية\")");
        Run json = marsad("sources", "discover", site.base() + "/", "--allow-private", "--json");
        assertThat(JSON.readTree(json.out()).get("candidates").get(0).get("found").asText()).isEqualTo("page_link");

        Run refused = marsad("sources", "discover", site.base() + "/");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().satisfies(l -> assertThat(l).contains("--allow-private"));
        Run missing = marsad("sources", "discover", site.base() + "/nothing-here", "--allow-private");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement().satisfies(l -> assertThat(l).contains("HTTP 404"));
        Run bad = marsad("sources", "discover", "ftp://example.org/");
        assertThat(bad.exit()).isEqualTo(2);
    }

    @Test
    void sourcesCanBeImportedExportedAndRemoved() throws Exception {
        Path dir = work.resolve("sources");
        String data = dir.toString();

        Run imported = marsad("sources", "import", "--data", data, "--defaults");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).matches("(?s)imported \\d+ source\\(s\\) from the default list.*");
        Run again = marsad("sources", "import", "--data", data, "--defaults");
        assertThat(again.out()).contains("imported 0 source(s)");

        Run export = marsad("sources", "export", "--data", data, "-o", work.resolve("out.opml").toString());
        assertThat(export.exit()).isZero();
        Path fresh = work.resolve("fresh");
        Run reimport = marsad("sources", "import", "--data", fresh.toString(), work.resolve("out.opml").toString());
        assertThat(reimport.exit()).as(reimport.err()).isZero();
        assertThat(JSON.readTree(marsad("sources", "list", "--data", fresh.toString(), "--json").out()))
                .hasSameSizeAs(JSON.readTree(marsad("sources", "list", "--data", data, "--json").out()));

        Run removed = marsad("sources", "remove", "--data", data, "BBC Arabic");
        assertThat(removed.exit()).isZero();
        assertThat(marsad("sources", "list", "--data", data).out()).doesNotContain("BBC Arabic").contains("Al Jazeera");
    }

    @Test
    void badInputsAreOneLineErrors() throws Exception {
        String data = work.resolve("errors").toString();
        Run unknown = marsad("sources", "remove", "--data", data, "Nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("marsad: no source named 'Nope'");

        Run noFeed = marsad("sources", "add", "--data", data, "--name", "X");
        assertThat(noFeed.exit()).isEqualTo(2);
        assertThat(noFeed.err()).startsWith("marsad: give a feed, sitemap or site address");

        Run badUrl = marsad("sources", "add", "--data", data, "--name", "X", "--feed", "file:///etc/passwd");
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).contains("http(s)");

        assertThat(marsad("sources", "add", "--data", data, "--name", "X", "--feed", "https://x.example/f").exit())
                .isZero();
        Run dup = marsad("sources", "add", "--data", data, "--name", "X", "--feed", "https://x.example/f");
        assertThat(dup.exit()).isEqualTo(1);
        assertThat(dup.errLines()).containsExactly("marsad: a source named 'X' already exists");

        Run missing = marsad("sources", "import", "--data", data, work.resolve("missing.opml").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).hasSize(1);

        Run empty = marsad("run", "--data", work.resolve("empty").toString(), "--once");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.errLines()).singleElement().satisfies(l -> assertThat(l).startsWith("marsad: no sources"));
    }
}
