package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    private static ThreadCpu.Sample server(double s) {
        return new ThreadCpu.Sample("server", s);
    }

    @Test
    void aThreadThatEndsTakesNothingItSpentBeforeTheMarkOffItsKind() {
        // a server thread that had spent 5 s in earlier loads ends during this one (Jetty's pool shrinking); the
        // other server thread spends 0.2 s, a new one 0.1 s, the client 0.4 s, and ended threads 0.1 s meanwhile
        Map<String, ThreadCpu.Sample> mark = Map.of("101/100", server(5.0), "102/100", server(1.0),
                "103/50", new ThreadCpu.Sample("client", 0.5));
        Map<String, ThreadCpu.Sample> now = Map.of("102/100", server(1.2), "103/50",
                new ThreadCpu.Sample("client", 0.9), "104/300", server(0.1));

        Map<String, Double> d = ThreadCpu.since(mark, now, 0.8);

        assertThat(d.get("server")).isCloseTo(0.3, within(1e-9));
        assertThat(d.get("client")).isCloseTo(0.4, within(1e-9));
        assertThat(d.get("ended")).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aThreadIdReusedByALaterThreadIsAnotherThread() {
        Map<String, ThreadCpu.Sample> mark = Map.of("7/10", server(3.0));
        Map<String, ThreadCpu.Sample> now = Map.of("7/99", server(0.2));

        Map<String, Double> d = ThreadCpu.since(mark, now, 0.2);

        assertThat(d.get("server")).isCloseTo(0.2, within(1e-9));
        assertThat(d.get("ended")).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void ticksReadBeyondTheProcessTotalDoNotMakeEndedNegative() {
        Map<String, Double> d = ThreadCpu.since(Map.of(), Map.of("1/1", server(0.31)), 0.30);

        assertThat(d.get("ended")).isZero();
    }

    @Test
    void readsThisThreadWithItsCpu() throws Exception {
        long x = 0;
        for (int i = 0; i < 50_000_000; i++) {
            x += i ^ (x >>> 3);
        }
        assertThat(x).isNotZero();
        Map<String, ThreadCpu.Sample> all = ThreadCpu.read();

        assertThat(all).isNotEmpty();
        assertThat(all.keySet()).allMatch(k -> k.matches("\\d+/\\d+"));
        assertThat(all.values()).anyMatch(s -> s.seconds() > 0);
    }
}
