package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Work spread over threads gives what a loop on the caller gives, in order, failures included. */
class PureWorkTest {
    private static final Function<String, String> F = s -> new StringBuilder(s).reverse() + ":" + s.length();

    @Test
    void resultsAreTheLoopsInItemOrderForAnySizeAndNumberOfWorkers() {
        Random random = new Random(16L);
        for (int workers = 0; workers <= 3; workers++) {
            try (PureWork work = PureWork.withWorkers(workers)) {
                for (int round = 0; round < 40; round++) {
                    int size = round == 0 ? 0 : random.nextInt(300);
                    List<String> items = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        items.add(Integer.toString(random.nextInt(1_000_000), 36) + i);
                    }
                    List<String> expected = items.stream().map(F).toList();
                    assertThat(work.start(items, F).join()).as("%d workers, %d items", workers, size)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theCallerCanDoOtherWorkBeforeJoining() {
        try (PureWork work = PureWork.withWorkers(1)) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                items.add(i);
            }
            PureWork.Pending<Integer> pending = work.start(items, i -> i * i);
            long meanwhile = items.stream().mapToLong(Integer::longValue).sum();
            List<Integer> squares = pending.join();
            assertThat(meanwhile).isEqualTo(4950);
            assertThat(squares).hasSize(100);
            assertThat(squares.get(99)).isEqualTo(9801);
        }
    }

    @Test
    void aFailureOfTheFunctionIsThrownByJoinAsItWas() {
        try (PureWork work = PureWork.withWorkers(2)) {
            List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            PureWork.Pending<Integer> pending = work.start(items, i -> {
                if (i == 7) {
                    throw new IllegalArgumentException("bad item 7");
                }
                return i;
            });
            assertThatThrownBy(pending::join).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 7");
        }
    }

    @Test
    void workStartedAfterCloseRunsOnTheJoiner() {
        PureWork work = PureWork.withWorkers(2);
        work.close();
        assertThat(work.start(List.of("a", "bc"), String::length).join()).containsExactly(1, 2);
        assertThatThrownBy(() -> PureWork.withWorkers(-1)).isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void aWorkerTakesWorkStartedNowBeforeWorkStartedAheadWhateverTheOrderHandedIn() throws Exception {
        try (PureWork work = PureWork.withWorkers(1)) {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // Holds the one worker, so that what follows waits in its queue.
            PureWork.Pending<Integer> holding = work.start(List.of(0), i -> {
                busy.countDown();
                await(release);
                return i;
            });
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            List<String> ran = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch allRan = new CountDownLatch(8);
            Function<String, String> record = s -> {
                ran.add(s);
                allRan.countDown();
                return s;
            };
            PureWork.Pending<String> ahead = work.startAhead(List.of("ahead1", "ahead2", "ahead3", "ahead4"), record);
            PureWork.Pending<String> now = work.start(List.of("now1", "now2", "now3", "now4"), record);
            release.countDown();
            // The worker runs everything before anyone joins: its own order is what is seen.
            assertThat(allRan.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).containsExactly("now1", "now2", "now3", "now4", "ahead1", "ahead2", "ahead3", "ahead4");
            assertThat(holding.join()).containsExactly(0);
            assertThat(ahead.join()).containsExactly("ahead1", "ahead2", "ahead3", "ahead4");
            assertThat(now.join()).containsExactly("now1", "now2", "now3", "now4");
        }
    }

    @Test
    void workStartedAheadAndNowMixedGiveTheLoopsResultsInItemOrder() {
        Random random = new Random(19L);
        for (int workers = 0; workers <= 2; workers++) {
            try (PureWork work = PureWork.withWorkers(workers)) {
                for (int round = 0; round < 30; round++) {
                    List<List<String>> batches = new ArrayList<>();
                    List<PureWork.Pending<String>> pending = new ArrayList<>();
                    for (int b = 0; b < 4; b++) {
                        List<String> items = new ArrayList<>();
                        int size = random.nextInt(200);
                        for (int i = 0; i < size; i++) {
                            items.add(Integer.toString(random.nextInt(1_000_000), 36) + i);
                        }
                        batches.add(items);
                        pending.add(random.nextBoolean() ? work.startAhead(items, F) : work.start(items, F));
                    }
                    // Joined in a random order, as a save joins its own work before the staged batch's.
                    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
                    Collections.shuffle(order, random);
                    for (int b : order) {
                        assertThat(pending.get(b).join()).as("%d workers, round %d, batch %d", workers, round, b)
                                .isEqualTo(batches.get(b).stream().map(F).toList());
                    }
                }
            }
        }
    }

    @Test
    void aFailureOfWorkStartedAheadIsThrownByItsJoinAndLeavesOtherWorkAlone() {
        try (PureWork work = PureWork.withWorkers(1)) {
            PureWork.Pending<Integer> ahead = work.startAhead(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), i -> {
                if (i == 7) {
                    throw new IllegalStateException("bad item 7");
                }
                return i;
            });
            PureWork.Pending<Integer> now = work.start(List.of(1, 2, 3), i -> i * 10);
            assertThat(now.join()).containsExactly(10, 20, 30);
            assertThatThrownBy(ahead::join).isInstanceOf(IllegalStateException.class).hasMessage("bad item 7");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
