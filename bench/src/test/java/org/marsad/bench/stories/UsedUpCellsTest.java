package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The merging of used-up cells fixed for the tenth sample (LABELLING.md "When a cell is used up"): every band with
 * universe pairs is represented by the nearest band of its class that still has fresh pairs, so the sample's weights
 * still add up to the whole universe.
 */
class UsedUpCellsTest {

    @Test
    void theNinthsUsedUpLowBandsOfBothJoinTheFirstBandWithFreshPairs() {
        // The ninth's `both` class: [0, 0.05) empty, [0.05, 0.10) and [0.10, 0.15) used up, fresh pairs from 0.15 on.
        int[] sizes = {0, 10, 53, 70, 90, 60, 40, 20};
        int[] fresh = {0, 0, 0, 55, 80, 50, 30, 15};
        assertThat(UsedUpCells.groups(sizes, fresh))
                .containsExactly(List.of(1, 2, 3), List.of(4), List.of(5), List.of(6), List.of(7));
    }

    @Test
    void aUsedUpBandBetweenTwoBandsWithFreshPairsJoinsTheLowerOne() {
        assertThat(UsedUpCells.groups(new int[] {5, 7, 9}, new int[] {2, 0, 4}))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void aThinBandJoinsTheNearestBandWithAtLeastTheFloorOfFreshPairs() {
        // The tenth's `both` class as the eleventh finds it: [0.10, 0.15) thin (3 fresh), [0.15, 0.20) above the floor.
        int[] sizes = {0, 10, 56, 138, 674};
        int[] fresh = {0, 0, 3, 51, 527};
        assertThat(UsedUpCells.groups(sizes, fresh, 8)).containsExactly(List.of(1, 2, 3), List.of(4));
        // The tenth's rule keeps the thin band on its own.
        assertThat(UsedUpCells.groups(sizes, fresh, 1)).containsExactly(List.of(1, 2), List.of(3), List.of(4));
    }

    @Test
    void aClassWhoseBandsAreAllThinFallsBackToTheTenthsGrouping() {
        assertThat(UsedUpCells.groups(new int[] {5, 7, 9}, new int[] {2, 0, 4}, 8))
                .isEqualTo(UsedUpCells.groups(new int[] {5, 7, 9}, new int[] {2, 0, 4}));
    }

    @Test
    void aClassWithNoFreshPairIsNotRepresentedAtAll() {
        assertThat(UsedUpCells.groups(new int[] {3, 0, 4}, new int[] {0, 0, 0})).isEmpty();
    }

    @Test
    void everyBandWithUniversePairsStandsInTheGroupOfItsNearestBandAtTheFloor() {
        Random rnd = new Random(20261205);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + rnd.nextInt(8);
            int[] sizes = new int[n];
            int[] fresh = new int[n];
            for (int k = 0; k < n; k++) {
                sizes[k] = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(30);
                fresh[k] = sizes[k] == 0 || rnd.nextBoolean() ? 0 : rnd.nextInt(sizes[k] + 1);
            }
            // Half the trials with the tenth's rule (floor 1), half with a floor up to 10.
            int floor = rnd.nextBoolean() ? 1 : 1 + rnd.nextInt(10);
            List<List<Integer>> groups = UsedUpCells.groups(sizes, fresh, floor);
            boolean anyReaches = Arrays.stream(fresh).anyMatch(f -> f >= floor);
            // The bands that may lead a group: those at the floor, or any with a fresh pair when none reaches it.
            int lead = anyReaches ? floor : 1;
            List<Integer> withFresh = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (fresh[k] >= lead) {
                    withFresh.add(k);
                }
            }
            Set<Integer> grouped = new HashSet<>();
            int previous = -1;
            for (List<Integer> group : groups) {
                List<Integer> owners = group.stream().filter(k -> fresh[k] >= lead).toList();
                assertThat(owners).as("one leading band per group").hasSize(1);
                int owner = owners.get(0);
                for (int k : group) {
                    assertThat(k).as("groups in band order, no band twice").isGreaterThan(previous);
                    previous = k;
                    assertThat(sizes[k]).as("a band with no pair stands for nothing").isPositive();
                    grouped.add(k);
                    for (int other : withFresh) {
                        int mine = Math.abs(owner - k);
                        int theirs = Math.abs(other - k);
                        // Nearest band with fresh pairs, the lower one at equal distance.
                        assertThat(mine < theirs || mine == theirs && owner <= other)
                                .as("band %d of %s/%s joins %d, not %d", k, sizes, fresh, owner, other).isTrue();
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                // Represented exactly when it holds pairs and its class still has a fresh pair somewhere.
                assertThat(grouped.contains(k)).isEqualTo(sizes[k] > 0 && !withFresh.isEmpty());
            }
        }
    }
}
