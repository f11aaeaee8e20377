package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.testing.TestClock;
import org.marsad.web.http.BadRequest;
import org.marsad.web.http.Validator;

/**
 * The validator computed before a route runs ({@link WebServer#validated}): a 304 skips the route, any change of
 * an input (data stamp, address, viewer, minute) changes the tag, another viewer's tag never answers, errors carry
 * none, and without a stamp the digest of the bytes is used. The route here counts its runs and echoes its inputs.
 */
class SearchValidatorTest {
    private final AtomicReference<String> stamp = new AtomicReference<>("7.100.3.0");
    private final AtomicInteger runs = new AtomicInteger();
    private Javalin app;
    private URI base;

    private final TestClock clock = new TestClock(Instant.parse("2025-04-12T10:00:05Z"));

    private void start(boolean readsClock) {
        Validator v = new Validator(stamp::get, ctx -> String.valueOf(ctx.header("X-Viewer")), clock);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = "127.0.0.1";
            c.jetty.port = 0;
            WebServer.validated(c.routes, "/page", ctx -> {
                runs.incrementAndGet();
                if ("bad".equals(ctx.queryParam("q"))) {
                    throw new BadRequest("bad query", "طلب غير صالح");
                }
                if ("none".equals(ctx.queryParam("q"))) {
                    ctx.status(404).result("nothing");
                    return;
                }
                ctx.result("page " + ctx.queryParam("q") + " for " + ctx.header("X-Viewer") + " at " + stamp.get());
            }, v, readsClock);
            c.routes.exception(BadRequest.class, (e, ctx) -> ctx.status(400).result(e.getMessage()));
        }).start();
        base = URI.create("http://127.0.0.1:" + app.port());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private HttpResponse<String> get(String pathAndQuery, String viewer, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("X-Viewer", viewer);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return WebServerTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("etag").orElse(null);
    }

    @Test
    void aClientHoldingTheTagGetsA304WithoutTheRouteRunning() throws Exception {
        start(true);
        HttpResponse<String> first = get("/page?q=a", "salma", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("page a for salma at 7.100.3.0");
        String tag = etag(first);
        assertThat(tag).matches("\"s[0-9a-f]{32}\"");
        assertThat(runs.get()).isEqualTo(1);

        HttpResponse<String> again = get("/page?q=a", "salma", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(etag(again)).isEqualTo(tag);
        assertThat(again.headers().firstValue("cache-control")).contains("no-cache");
        assertThat(again.headers().firstValue("vary")).contains("Cookie, Authorization");
        assertThat(runs.get()).as("neither searched nor rendered").isEqualTo(1);

        // seconds within the same minute change nothing a page shows at minute resolution
        clock.set(Instant.parse("2025-04-12T10:00:59Z"));
        assertThat(get("/page?q=a", "salma", tag).statusCode()).isEqualTo(304);
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void everyInputChangesTheTagAndAChangedInputIsAnsweredInFull() throws Exception {
        start(true);
        String tag = etag(get("/page?q=a", "salma", null));
        List<Runnable> changes = List.of(
                () -> stamp.set("8.100.3.0"),                       // the index reader moved
                () -> stamp.set("8.101.3.0"),                       // the store moved
                () -> stamp.set("8.101.4.0"),                       // an entity edit
                () -> stamp.set("8.101.4.1"),                       // a story decision, a hide in this process
                () -> clock.set(Instant.parse("2025-04-12T10:01:00Z")));  // the next minute (relative dates)
        for (Runnable change : changes) {
            change.run();
            int before = runs.get();
            HttpResponse<String> r = get("/page?q=a", "salma", tag);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(runs.get()).isEqualTo(before + 1);
            assertThat(etag(r)).isNotEqualTo(tag);
            tag = etag(r);
            assertThat(get("/page?q=a", "salma", tag).statusCode()).isEqualTo(304);
        }
        // another address, or another viewer, presenting this tag gets its own answer
        HttpResponse<String> other = get("/page?q=b", "salma", tag);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo("page b for salma at 8.101.4.1");
        HttpResponse<String> amal = get("/page?q=a", "amal", tag);
        assertThat(amal.statusCode()).isEqualTo(200);
        assertThat(amal.body()).isEqualTo("page a for amal at 8.101.4.1");
        assertThat(etag(amal)).isNotEqualTo(tag);
    }

    @Test
    void tagsAreEqualExactlyWhenEveryInputIsEqual() throws Exception {
        start(true);
        // Seeded draws over small value sets, so that equal and unequal input tuples both occur often.
        Random random = new Random(20251205L);
        String[] stamps = {"1.1.0.0", "1.2.0.0", "2.1.0.0", "1.1.1.0", "1.1.0.1"};
        String[] queries = {"a", "b", "a&page=2"};
        String[] viewers = {"null", "Viewer[name=salma, role=EDITOR, csrf=x1]", "Viewer[name=salma, role=EDITOR, csrf=x2]"};
        Instant[] minutes = {Instant.parse("2025-04-12T10:00:00Z"), Instant.parse("2025-04-12T10:00:40Z"),
                Instant.parse("2025-04-12T10:01:00Z")};
        List<String[]> seen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String s = stamps[random.nextInt(stamps.length)];
            String q = queries[random.nextInt(queries.length)];
            String v = viewers[random.nextInt(viewers.length)];
            int m = random.nextInt(minutes.length);
            stamp.set(s);
            clock.set(minutes[m]);
            String tag = etag(get("/page?q=" + q, v, null));
            String minute = m == 2 ? "10:01" : "10:00";
            for (String[] earlier : seen) {
                boolean same = earlier[0].equals(s) && earlier[1].equals(q) && earlier[2].equals(v)
                        && earlier[3].equals(minute);
                assertThat(earlier[4].equals(tag)).as("%s %s %s %s vs %s", s, q, v, minute, String.join(" ", earlier))
                        .isEqualTo(same);
            }
            seen.add(new String[] {s, q, v, minute, tag});
        }
    }

    @Test
    void anApiAnswerIgnoresTheClock() throws Exception {
        start(false);
        String tag = etag(get("/page?q=a", "-", null));
        clock.set(Instant.parse("2025-04-13T00:00:00Z"));
        assertThat(get("/page?q=a", "-", tag).statusCode()).isEqualTo(304);
    }

    @Test
    void errorsCarryNoValidatorAndNoStampFallsBackToTheDigestOfTheBytes() throws Exception {
        start(true);
        HttpResponse<String> bad = get("/page?q=bad", "-", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(etag(bad)).isNull();
        HttpResponse<String> none = get("/page?q=none", "-", null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(etag(none)).isNull();

        stamp.set(null); // a shared collection: no reader version
        HttpResponse<String> page = get("/page?q=a", "-", null);
        assertThat(etag(page)).matches("\"[0-9a-f]{32}\"");
        int before = runs.get();
        assertThat(get("/page?q=a", "-", etag(page)).statusCode()).isEqualTo(304);
        assertThat(runs.get()).as("rendered to know its bytes").isEqualTo(before + 1);
    }
}
