package org.marsad.web.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters and latency histograms, written in the Prometheus text exposition format (version 0.0.4).
 *
 * <p>Requests are labelled by route pattern ({@code /article/{id}}), never by the raw path, so the number of
 * series stays bounded whatever clients request.
 */
public final class Metrics {
    /** Content type of {@link #scrape}. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();

    /**
     * A value read at scrape time. Samples of one name with different labels share one HELP and TYPE line (give
     * them one after the other).
     *
     * @param type   "gauge" or "counter"
     * @param labels label names and values (e.g. {@code kind=network}), none for a single series
     */
    public record Sample(String name, String help, String type, Map<String, String> labels, double value) {
        public Sample {
            labels = labels == null ? Map.of() : Map.copyOf(new TreeMap<>(labels));
        }

        public Sample(String name, String help, String type, double value) {
            this(name, help, type, Map.of(), value);
        }
    }

    /** Counts one finished request. */
    public void record(String route, String method, int status, long nanos) {
        String key = label("route", route) + "," + label("method", method) + "," + label("status",
                Integer.toString(status));
        requests.computeIfAbsent(key, k -> new LongAdder()).increment();
        latency.computeIfAbsent(label("route", route), k -> new Histogram()).observe(nanos / 1e9);
    }

    /** The exposition text: request metrics, then the given samples. */
    public String scrape(List<Sample> samples) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP marsad_http_requests_total HTTP requests served, by route pattern, method and status.\n");
        out.append("# TYPE marsad_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) ->
                out.append("marsad_http_requests_total{").append(k).append("} ").append(v.sum()).append('\n'));
        out.append("# HELP marsad_http_request_duration_seconds Time to serve a request, by route pattern.\n");
        out.append("# TYPE marsad_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((k, h) -> h.write("marsad_http_request_duration_seconds", k, out));
        String previous = null;
        for (Sample s : samples) {
            if (!s.name().equals(previous)) {
                out.append("# HELP ").append(s.name()).append(' ').append(s.help()).append('\n');
                out.append("# TYPE ").append(s.name()).append(' ').append(s.type()).append('\n');
                previous = s.name();
            }
            out.append(s.name());
            if (!s.labels().isEmpty()) {
                StringBuilder l = new StringBuilder();
                new TreeMap<>(s.labels()).forEach((k, v) -> l.append(l.length() == 0 ? "" : ",").append(label(k, v)));
                out.append('{').append(l).append('}');
            }
            out.append(' ').append(number(s.value())).append('\n');
        }
        return out.toString();
    }

    static String label(String name, String value) {
        String v = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return name + "=\"" + v + "\"";
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    /** Cumulative buckets as Prometheus expects them: each bucket counts every observation up to its bound. */
    private static final class Histogram {
        private final AtomicLong[] counts = new AtomicLong[BUCKETS.length];
        private final LongAdder total = new LongAdder();
        private final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new AtomicLong();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts[i].incrementAndGet();
                }
            }
            total.increment();
            sum.add(seconds);
        }

        void write(String name, String labels, StringBuilder out) {
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(BUCKETS[i])
                        .append("\"} ").append(counts[i].get()).append('\n');
            }
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(total.sum())
                    .append('\n');
            out.append(name).append("_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", sum.sum())).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(total.sum()).append('\n');
        }
    }
}
