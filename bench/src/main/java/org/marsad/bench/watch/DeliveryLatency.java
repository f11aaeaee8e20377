package org.marsad.bench.watch;

import org.marsad.bench.QuickSizes;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.marsad.bench.Context;
import org.marsad.bench.report.Headline;
import org.marsad.bench.report.Percentiles;
import org.marsad.bench.report.Section;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.WatchMode;
import org.marsad.watch.Watches;

/**
 * The time from "article stored" (the archive's save returned: stored, enriched, indexed) to "webhook received"
 * by a receiver on loopback, for a watch that matches every article (mode every): matching, queueing, signing and
 * the HTTP POST. Articles are saved one at a time, each after the previous alert arrived, so the figure is the
 * latency of one alert, not of a queue. The server's polling is not part of it.
 */
final class DeliveryLatency {
    private DeliveryLatency() {
    }

    static void run(Context ctx, Section s, List<Article> corpus) throws Exception {
        int n = Math.min(corpus.size(), ctx.size(QuickSizes.DELIVERY_ARTICLES));
        Path dir = ctx.work().resolve("watch-latency");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Map<String, Long> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", ex -> {
            long at = System.nanoTime();
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
            JsonNode p = ArticleJson.mapper().readTree(body);
            String id = p.path("alerts").path(0).path("article").path("id").asText();
            synchronized (received) {
                received.put(id, at);
                received.notifyAll();
            }
        });
        receiver.start();
        long[] latencies = new long[n];
        try (Archive archive = Archive.open(dir, null);
             Watches watches = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/")))) {
            URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            watches.create(WatchSpec.of("all", "lang:ar").withMode(WatchMode.EVERY)
                    .withWebhook(hook, "bench-secret", true), null);
            watches.start();
            for (int i = 0; i < n; i++) {
                Article a = corpus.get(i).withId(null).withUrl("https://bench.example/" + i);
                String id = archive.save(a, null).id();
                long stored = System.nanoTime();
                watches.articlesStored();
                synchronized (received) {
                    long deadline = stored + TimeUnit.SECONDS.toNanos(30);
                    while (!received.containsKey(id)) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            throw new IOException("no webhook for article " + i + " within 30 s");
                        }
                        received.wait(Math.max(1, left / 1_000_000));
                    }
                }
                latencies[i] = received.get(id) - stored;
            }
        } finally {
            receiver.stop(0);
        }
        Percentiles.Latency l = Percentiles.latencyNanos(latencies);
        s.figures().group("stored_to_webhook").put("articles", n).put("p50_ms", l.p50Ms()).put("p99_ms", l.p99Ms())
                .put("max_ms", l.maxMs());
        ctx.report().headline(new Headline("article stored → webhook received (loopback), p50", "ms", l.p50Ms(),
                null, Double.NaN, false));
        ctx.report().headline(new Headline("article stored → webhook received (loopback), p99", "ms", l.p99Ms(),
                null, Double.NaN, false));
    }
}
