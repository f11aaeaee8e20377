package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.IndexStandIn;
import org.marsad.testing.TestClock;

/**
 * {@link IndexBreaker}: the breaker's own thread tries an unreachable index after each pause, so no caller waits for
 * a try: while the try hangs every call is refused without reaching the index, and the index is found back without
 * any call. The pause grows 1, 2, 4 … s up to 30 s while the tries fail.
 */
class IndexBreakerTest {
    private static final Instant START = Instant.parse("2026-12-07T14:00:00Z");

    @TempDir
    java.nio.file.Path dir;

    @Test
    void whileTheBackgroundTryHangsCallsAreRefusedWithoutReachingTheIndexWhichIsFoundBackWithoutAnyCall()
            throws Exception {
        TestClock clock = new TestClock(START);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger tries = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean(true);
        CountDownLatch inTry = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The breaker closes the index it wraps.
        try (IndexBreaker index = IndexBreaker.around(IndexStandIn.over(LuceneIndex.open(dir), (method, args) -> {
                 if (method.equals("count")) {
                     calls.incrementAndGet();
                 } else if (method.equals("probe")) {
                     if (tries.incrementAndGet() == 1) {
                         inTry.countDown();
                         release.await(10, TimeUnit.SECONDS);
                     }
                 } else {
                     return IndexStandIn.PASS;
                 }
                 if (down.get()) {
                     throw new IndexUnavailable("timed out", null);
                 }
                 return IndexStandIn.PASS;
             }), clock)) {
            assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class);
            clock.advance(Duration.ofSeconds(1));
            assertThat(inTry.await(10, TimeUnit.SECONDS)).as("tried by the breaker's thread").isTrue();
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class)
                        .hasMessageContaining("since 2026-12-07T14:00:00Z");
            }
            assertThat(calls).as("the first call only: no caller is the try").hasValue(1);
            release.countDown();
            awaitTrue(() -> index.nextTry().filter(t -> t.equals(START.plusSeconds(3))).isPresent());

            down.set(false);
            clock.advance(Duration.ofSeconds(2));
            awaitTrue(() -> index.unreachableSince().isEmpty());
            assertThat(calls).as("found back without a call").hasValue(1);
            assertThat(tries).hasValue(2);
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void thePauseDoublesWhileTriesFailUpToThirtySeconds() throws Exception {
        TestClock clock = new TestClock(START);
        AtomicInteger reached = new AtomicInteger();
        // The breaker closes the index it wraps.
        try (IndexBreaker index = IndexBreaker.around(IndexStandIn.over(LuceneIndex.open(dir), (method, args) -> {
                 if (!method.equals("count") && !method.equals("probe")) {
                     return IndexStandIn.PASS;
                 }
                 reached.incrementAndGet();
                 throw new IndexUnavailable("connection refused", null);
             }), clock)) {
            List<Long> pauses = new ArrayList<>();
            assertThatThrownBy(index::count).isInstanceOf(IndexUnavailable.class);
            for (int probe = 0; probe < 7; probe++) {
                int before = reached.get();
                Instant next = index.nextTry().orElseThrow();
                pauses.add(Duration.between(clock.now(), next).toMillis());
                clock.set(next.minusMillis(1));
                Thread.sleep(300);
                assertThat(reached).as("not before the pause is over").hasValue(before);
                clock.set(next);
                awaitTrue(() -> reached.get() == before + 1 && index.nextTry().filter(t -> t.isAfter(next)).isPresent());
            }
            assertThat(pauses).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.sleep(20);
        }
    }
}
