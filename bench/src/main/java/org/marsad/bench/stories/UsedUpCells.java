package org.marsad.bench.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * How a draw that merges used-up cells groups the similarity bands of one decision class (LABELLING.md "Tenth held-out
 * sample", "When a cell is used up"): a band that holds universe pairs but no fresh pair, because earlier samples took
 * them all, joins the nearest band with a fresh pair (by band position; at equal distance the lower band), so that the
 * fresh pairs drawn there stand for its universe pairs and the sample still estimates the whole universe. From the
 * eleventh sample on ("Eleventh held-out sample", "Thin cells") a band is thin, and joins a neighbour, when it has fewer
 * fresh pairs than a floor, so that no cell stands on a handful of drawn pairs.
 */
final class UsedUpCells {

    private UsedUpCells() {
    }

    /**
     * The bands of one class grouped for the draw.
     *
     * @param sizes universe pairs per band, in band order
     * @param fresh pairs per band that no earlier sample holds, in the same order (each at most its band's size)
     * @return the groups in band order, each a run of band positions in order that holds exactly one band with a fresh
     *         pair and the used-up bands nearest to it; bands with no pair at all are in no group, and when no band has
     *         a fresh pair no band is in any group (the class cannot be represented)
     */
    static List<List<Integer>> groups(int[] sizes, int[] fresh) {
        return groups(sizes, fresh, 1);
    }

    /**
     * The bands of one class grouped for a draw with a floor on fresh pairs: as {@link #groups(int[], int[])}, but a
     * band leads a group only when it has at least {@code floor} fresh pairs; a thinner band, used up or not, joins the
     * nearest band that has. When no band of the class reaches the floor, the tenth's grouping applies (every band with
     * a fresh pair leads its own group), so a class is never left out for being thin.
     *
     * @param floor the fresh pairs a band needs to lead a group (1: the tenth's rule)
     */
    static List<List<Integer>> groups(int[] sizes, int[] fresh, int floor) {
        if (sizes.length != fresh.length) {
            throw new IllegalArgumentException("sizes and fresh counts of different bands");
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            if (fresh[k] >= Math.max(1, floor)) {
                owner.add(k);
                groups.add(new ArrayList<>());
            }
        }
        if (owner.isEmpty()) {
            return floor > 1 ? groups(sizes, fresh, 1) : groups;
        }
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] == 0) {
                continue;
            }
            int best = 0;
            for (int g = 1; g < owner.size(); g++) {
                // Strictly nearer only: the owners are in band order, so a tie keeps the lower band.
                if (Math.abs(owner.get(g) - k) < Math.abs(owner.get(best) - k)) {
                    best = g;
                }
            }
            groups.get(best).add(k);
        }
        return groups;
    }
}
