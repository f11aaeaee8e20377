package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: requests a hostile client sends, answered in Marsad's own form. */
class HostileRequestsTest {
    static TestSite site;

    @BeforeAll
    static void start(@TempDir Path data) throws IOException {
        site = TestSite.start(data);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A raw HTTP/1.1 exchange: Java's HTTP client refuses to send such targets at all. */
    private record Raw(int status, Map<String, String> headers, String body) {
    }

    private static Raw raw(String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", site.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    @Test
    void requestsJettyRefusesGetTheArabicErrorPageWithTheSecurityHeaders() throws IOException {
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("/%00", 400);
        targets.put("/article/%C0%AF", 400);
        targets.put("/search/%FF%FE", 400);
        targets.put("/" + "a".repeat(70_000), 414);
        for (Map.Entry<String, Integer> t : targets.entrySet()) {
            Raw r = raw(t.getKey());
            String what = t.getKey().substring(0, Math.min(30, t.getKey().length()));
            assertThat(r.status()).as(what).isEqualTo(t.getValue());
            assertThat(r.headers().get("content-type")).as(what).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
            assertThat(r.headers().get("content-security-policy")).as(what).contains("default-src 'none'");
            assertThat(r.headers().get("x-content-type-options")).as(what).isEqualTo("nosniff");
            assertThat(r.body()).as(what).contains("dir=\"rtl\"").contains("مرصد");
        }
    }

    // review18: /api/articles/%00 answered the HTML page; every /api error is JSON, whatever Jetty could not parse
    @Test
    void badTargetsUnderTheApiGetAJsonErrorAndTheNextRequestOnTheSiteIsServedAsUsual() throws IOException {
        for (String target : List.of("/api/articles/%00", "/api/stories/%00/figures", "/api/articles/%C0%AF",
                "/api/search/%FF%FE")) {
            Raw r = raw(target);
            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.headers().get("content-type")).as(target).startsWith("application/json");
            assertThat(r.body()).as(target).isEqualTo("{\"error\":\"bad request\",\"status\":400}");
        }
        Raw page = raw("/%00");
        assertThat(page.headers().get("content-type")).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
        assertThat(raw("/api/articles?q=x").status()).isEqualTo(200);
    }

    @Test
    void deepOrNegatedQueriesAreQueryErrorsInTheApiAndThePages() throws Exception {
        for (String q : List.of("(".repeat(200) + "غزة" + ")".repeat(200), "NOT ".repeat(100) + "غزة")) {
            HttpResponse<String> api = get("/api/articles?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(400);
            assertThat(api.body()).contains("nested too deeply");
            HttpResponse<String> page = get("/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void untrustedTitlesAreIsolatedInTheDocumentTitle() throws Exception {
        HttpResponse<String> r = get("/article/gaza-1");
        assertThat(r.body()).contains("<title>&#x2068;بلينكن وغالانت يبحثان تطورات الحرب في غزة&#x2069; — مرصد</title>");
    }
}
