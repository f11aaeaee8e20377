package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class HttpLoadTest {

    @Test
    void timesSuccessfulResponsesAndCountsErrorsSeparately() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/articles", ex -> {
            String q = ex.getRequestURI().getQuery();
            seen.add(q);
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(q.contains("bad") ? 500 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(HttpLoad.awaitUp(base + "/api/articles?q=x", Duration.ofSeconds(5), null)).isTrue();
            List<URI> uris = HttpLoad.uris(base, "/api/articles?q=", List.of("غزة", "bad"));
            HttpLoad.Result r = HttpLoad.run(uris, 2, Duration.ofMillis(100), 4);
            assertThat(r.ok() + r.errors()).isGreaterThanOrEqualTo(8); // every client sent at least its minimum
            assertThat(r.ok()).isPositive();
            assertThat(r.errors()).isPositive();
            assertThat(r.latency().count()).isEqualTo((int) r.ok());
            assertThat(r.latency().p50Ms()).isLessThanOrEqualTo(r.latency().p99Ms());
            assertThat(seen).contains("q=غزة"); // the query travels URL-encoded and arrives intact
        } finally {
            server.stop(0);
        }
    }

    @Test
    void eachRouteGetsItsOwnCountsErrorsAndLatency() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String path : List.of("/search", "/api/articles")) {
            server.createContext(path, ex -> {
                // Only the page fails: its errors must not be charged to the API.
                int status = path.equals("/search") && ex.getRequestURI().getQuery().contains("bad") ? 503 : 200;
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(status, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
        }
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<URI> uris = new java.util.ArrayList<>(HttpLoad.uris(base, "/search?q=", List.of("a", "bad")));
            uris.addAll(HttpLoad.uris(base, "/api/articles?q=", List.of("a", "bad")));
            HttpLoad.Result r = HttpLoad.run(uris, 2, Duration.ofMillis(100), 8);
            assertThat(r.routes()).containsOnlyKeys("/search", "/api/articles");
            HttpLoad.Route page = r.routes().get("/search");
            HttpLoad.Route api = r.routes().get("/api/articles");
            assertThat(api.errors()).isZero();
            assertThat(page.errors()).isPositive();
            assertThat(page.ok()).isPositive();
            assertThat(page.ok() + api.ok()).isEqualTo(r.ok());
            assertThat(page.errors() + api.errors()).isEqualTo(r.errors());
            assertThat(api.latency().count()).isEqualTo((int) api.ok());
            assertThat(page.latency().count()).isEqualTo((int) page.ok());
        } finally {
            server.stop(0);
        }
    }
}
