package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallLoadTest {

    @Test
    void timesSuccessfulCallsCountsFailuresAndCyclesThroughEveryQuery() throws Exception {
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        CallLoad.Result r = CallLoad.run(List.of("غزة", "bad", "نفط"), 3, Duration.ofMillis(150), q -> {
            seen.computeIfAbsent(q, k -> new AtomicInteger()).incrementAndGet();
            if (q.equals("bad")) {
                throw new IllegalStateException("refused: " + q);
            }
        });
        assertThat(seen).containsOnlyKeys("غزة", "bad", "نفط");
        assertThat(r.errors()).isEqualTo(seen.get("bad").get());
        assertThat(r.ok()).isEqualTo(seen.get("غزة").get() + seen.get("نفط").get());
        assertThat(r.nanos()).hasSize((int) r.ok());
        assertThat(r.latency().count()).isEqualTo((int) r.ok());
        assertThat(r.firstError()).contains("refused: bad");
        assertThat(r.callsPerS()).isPositive();
    }

    @Test
    void everyClientCallsAtLeastOnceEvenWhenTheTimeIsUpAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CallLoad.Result r = CallLoad.run(List.of("q"), 4, Duration.ZERO, q -> calls.incrementAndGet());
        assertThat(calls.get()).isGreaterThanOrEqualTo(4);
        assertThat(r.ok()).isEqualTo(calls.get());
        assertThat(r.errors()).isZero();
    }
}
