package org.marsad.watch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A webhook receiver on 127.0.0.1 (an ephemeral port) for the tests: it records every request and answers with the
 * statuses it was told to, in order (then 200).
 */
public final class Receiver implements AutoCloseable {
    /** A request as received. */
    public record Request(byte[] body, Map<String, List<String>> headers, int answered, Instant at) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A scripted answer. */
    public record Answer(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();

    public Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            Answer a;
            synchronized (this) {
                a = script.isEmpty() ? new Answer(200, null) : script.poll();
            }
            if (a.retryAfter() != null) {
                ex.getResponseHeaders().add("Retry-After", a.retryAfter());
            }
            ex.sendResponseHeaders(a.status(), -1);
            ex.close();
            synchronized (this) {
                requests.add(new Request(body, Map.copyOf(ex.getRequestHeaders()), a.status(), Instant.now()));
                notifyAll();
            }
        });
        server.start();
    }

    /** Answers the next requests with these statuses. */
    public synchronized Receiver answer(int... statuses) {
        for (int s : statuses) {
            script.add(new Answer(s, null));
        }
        return this;
    }

    public synchronized Receiver answer(Answer a) {
        script.add(a);
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits until {@code n} requests satisfy {@code which}, at most {@code timeout}; returns all requests. */
    public synchronized List<Request> await(int n, Predicate<Request> which, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (requests.stream().filter(which).count() < n) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + n + " requests within " + timeout + ", got " + requests.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
