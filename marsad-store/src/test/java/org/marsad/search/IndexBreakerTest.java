package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.IndexStandIn;
import org.marsad.testing.TestClock;

/**
 * {@link IndexBreaker}: while a probe of an unreachable index is in flight, the other calls are refused without
 * reaching it (one probe at a time), and the pause grows 1, 2, 4 … s up to 30 s while the probes fail.
 */
class IndexBreakerTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void whileOneProbeHangsEveryOtherCallIsRefusedWithoutReachingTheIndex() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-07T14:00:00Z"));
        AtomicInteger reached = new AtomicInteger();
        CountDownLatch inProbe = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LuceneIndex real = LuceneIndex.open(dir)) {
            IndexBreaker index = IndexBreaker.around(IndexStandIn.over(real, (method, args) -> {
                if (!method.equals("count")) {
                    return IndexStandIn.PASS;
                }
                int n = reached.incrementAndGet();
                if (n == 2) {
                    inProbe.countDown();
                    release.await(10, TimeUnit.SECONDS);
                }
                throw new IndexUnavailable("timed out", null);
            }), clock);
            assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class);
            clock.advance(Duration.ofSeconds(1));
            Thread probe = new Thread(() -> {
                try {
                    index.count();
                } catch (IndexUnavailable expected) {
                    // the index is still down
                }
            });
            probe.start();
            assertThat(inProbe.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class)
                        .hasMessageContaining("since 2026-12-07T14:00:00Z");
            }
            assertThat(reached).as("the first call and the one probe only").hasValue(2);
            release.countDown();
            probe.join(10_000);
            assertThat(index.unreachableSince()).contains(Instant.parse("2026-12-07T14:00:00Z"));
        }
    }

    @Test
    void thePauseDoublesWhileProbesFailUpToThirtySeconds() {
        TestClock clock = new TestClock(Instant.parse("2026-12-07T14:00:00Z"));
        AtomicInteger reached = new AtomicInteger();
        try (LuceneIndex real = LuceneIndex.open(dir)) {
            IndexBreaker index = IndexBreaker.around(IndexStandIn.over(real, (method, args) -> {
                reached.incrementAndGet();
                throw new IndexUnavailable("connection refused", null);
            }), clock);
            List<Long> pauses = new ArrayList<>();
            assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class);
            for (int probe = 0; probe < 7; probe++) {
                int before = reached.get();
                long waited = 0;
                while (reached.get() == before) {
                    clock.advance(Duration.ofMillis(500));
                    waited += 500;
                    assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class);
                }
                pauses.add(waited);
            }
            assertThat(pauses).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L);
        }
    }
}
