package org.marsad.ingest.testsite;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A fixture web site for tests: an HTTP server on 127.0.0.1 (an ephemeral port) that answers from a route
 * table and records every request it receives. Unknown paths answer 404. Close it to stop it; slow handlers
 * are interrupted then.
 */
public final class TestSite implements AutoCloseable {

    /** One request the site received. */
    public record Hit(String method, String target, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public TestSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", ex -> {
            try (ex) {
                // A proxied request carries an absolute URI; routes are keyed by path and query either way.
                URI u = ex.getRequestURI();
                String target = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
                hits.add(new Hit(ex.getRequestMethod(), target, ex.getRequestHeaders()));
                Route r = routes.get(target);
                if (r == null) {
                    r = routes.get(u.getRawPath());
                }
                if (r == null) {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    r.handle(ex);
                }
            } catch (IOException | RuntimeException e) {
                // The client went away (a cancelled download): nothing to answer.
            }
        });
        server.start();
    }

    public TestSite route(String pathAndQuery, Route r) {
        routes.put(pathAndQuery, r);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's base URL, {@code http://127.0.0.1:PORT}. */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public URI uri(String path) {
        return URI.create(base() + path);
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** Requests for one path (query included if the path has one). */
    public List<Hit> hits(String target) {
        return hits.stream().filter(h -> h.target().equals(target)).collect(Collectors.toList());
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    // ---- answers ----

    public static Route ok(String contentType, byte[] body) {
        return ex -> send(ex, 200, contentType, body);
    }

    public static Route ok(String contentType, String body) {
        return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static Route ok(String contentType, String body, Charset cs) {
        return ok(contentType, body.getBytes(cs));
    }

    public static Route status(int code) {
        return ex -> send(ex, code, "text/plain", ("status " + code).getBytes(StandardCharsets.UTF_8));
    }

    public static Route redirect(int code, String location) {
        return ex -> {
            ex.getResponseHeaders().set("Location", location);
            send(ex, code, "text/plain", new byte[0]);
        };
    }

    /** Serves a classpath resource. */
    public static Route resource(String contentType, String name) {
        return ok(contentType, readResource(name));
    }

    /** Answers 200 with validators, and 304 when the request carries them back. */
    public static Route conditional(String contentType, byte[] body, String etag, String lastModified) {
        return ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", lastModified);
            if (etag.equals(inm) || lastModified.equals(ims)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, contentType, body);
        };
    }

    public static byte[] readResource(String name) {
        try (InputStream in = TestSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(HttpExchange ex, int code, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
