package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A search's parts go to an idle helper, and never wait for a busy one. */
class SpareCoresTest {
    @Test
    void aPartRunsOnAnIdleHelperAndOnTheAskingThreadWhenTheHelperIsBusy() throws Exception {
        Executor helpers = SpareCores.create(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> first = new AtomicReference<>();
        helpers.execute(() -> {
            first.set(Thread.currentThread());
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.get()).isNotSameAs(Thread.currentThread());
        assertThat(first.get().isDaemon()).isTrue();
        // the only helper is busy: the next part runs here, now, instead of waiting behind the first
        AtomicReference<Thread> second = new AtomicReference<>();
        helpers.execute(() -> second.set(Thread.currentThread()));
        assertThat(second.get()).isSameAs(Thread.currentThread());
        release.countDown();
    }
}
