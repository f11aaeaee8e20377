package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;

/**
 * {@code marsad extract URL} and {@code marsad ingest URL}, run from the real jar against a site served on
 * 127.0.0.1: the page is fetched politely (robots.txt asked first), extracted, and a loopback address is refused
 * unless {@code --allow-private} is given.
 */
class ExtractUrlCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "وزارة الصحة تطلق حملة تطعيم وطنية في المدارس";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>%s | صحيفة المدينة</title>
            <meta property="og:site_name" content="صحيفة المدينة">
            <meta property="article:published_time" content="2024-03-05T09:15:00+03:00">
            </head><body>
            <header><nav><a href="/">الرئيسية</a> <a href="/health">صحة</a> <a href="/sport">رياضة</a></nav></header>
            <article><h1>%s</h1>
            <p>أطلقت وزارة الصحة صباح اليوم حملة تطعيم وطنية تستهدف طلاب المدارس في جميع المحافظات خلال الشهر الجاري.</p>
            <p>وقال المتحدث باسم الوزارة إن الحملة تشمل أكثر من مليون طالب، وإن الفرق الطبية ستزور المدارس وفق جدول معلن.</p>
            <p>ودعت الوزارة أولياء الأمور إلى التعاون مع الفرق الصحية وتسليم البطاقات الصحية لأبنائهم قبل موعد الزيارة.</p>
            </article>
            <footer>جميع الحقوق محفوظة</footer>
            </body></html>
            """.formatted(TITLE, TITLE);

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSite() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            byte[] body;
            int status;
            if (path.equals("/news/vaccines")) {
                status = 200;
                body = PAGE.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            } else if (path.equals("/robots.txt")) {
                status = 200;
                body = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
            } else {
                status = 404;
                body = "not found".getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopSite() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void extractsTheArticleOfAPageUrl() throws Exception {
        Run run = MarsadJar.run(dir, "extract", "--allow-private", url("/news/vaccines"));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out()).get("articles").get(0);
        assertThat(a.get("title").asText()).isEqualTo(TITLE);
        assertThat(a.get("url").asText()).isEqualTo(url("/news/vaccines"));
        assertThat(a.get("published").asText()).isEqualTo("2024-03-05T09:15:00+03:00");
        assertThat(a.get("body").size()).isEqualTo(3);
        assertThat(a.get("fetched_at").asText()).isNotBlank();
        assertThat(requested).contains("/robots.txt");
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivate() throws Exception {
        Run run = MarsadJar.run(dir, "extract", url("/news/vaccines"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marsad: " + url("/news/vaccines") + ": not fetched: non-public "
                + "address 127.0.0.1 (use --allow-private to permit it)");
        assertThat(requested).isEmpty();
    }

    @Test
    void robotsDisallowAndMissingPagesAreOneLineErrors() throws Exception {
        Run disallowed = MarsadJar.run(dir, "extract", "--allow-private", url("/private/page"));
        assertThat(disallowed.exit()).isEqualTo(1);
        assertThat(disallowed.err().strip().lines()).hasSize(1);
        assertThat(disallowed.err().strip()).isEqualTo("marsad: " + url("/private/page") + ": not fetched: "
                + "robots.txt disallows " + url("/private/page"));
        assertThat(requested).doesNotContain("/private/page");

        Run missing = MarsadJar.run(dir, "extract", "--allow-private", url("/news/none"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip().lines()).hasSize(1);
        assertThat(missing.err()).contains("/news/none").doesNotContain("Exception");
    }

    @Test
    void ingestStoresAPageUrlOnceAndFindsIt() throws Exception {
        String data = dir.resolve("data").toString();
        Run first = MarsadJar.run(dir, "ingest", "--data", data, "--allow-private", url("/news/vaccines"));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("new 1");
        Run again = MarsadJar.run(dir, "ingest", "--data", data, "--allow-private", url("/news/vaccines"));
        assertThat(again.out()).contains("new 0");
        Run search = MarsadJar.run(dir, "search", "--data", data, "--json", "التطعيم");
        JsonNode results = JSON.readTree(search.out());
        assertThat(results.get("total").asInt()).isEqualTo(1);
        assertThat(results.get("results").get(0).get("title").asText()).isEqualTo(TITLE);
    }
}
