package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
}
