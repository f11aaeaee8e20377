package org.marsad.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.search.SearchHit;

/**
 * Where the versions of one report show in a paged list of hits, so that a report is one item on one page whatever
 * pages its versions rank on. A report's item stands where its original ranks when the original matches the search,
 * else where its best-ranked matching copy does; its other matching versions are listed under it, from whichever
 * page they rank on, and on no page of their own. Pages stay pages of the article ranking (the total counts
 * articles, as the API's), so a page may show fewer items than it has articles.
 *
 * @param elsewhere    ids of this page's hits that are listed under an item of another page
 * @param fromElsewhere for a report listed on this page (by its original's id), its matching versions ranked on
 *                     other pages, best-ranked first
 */
record CopiesAcrossPages(Set<String> elsewhere, Map<String, List<String>> fromElsewhere) {
    static final CopiesAcrossPages NONE = new CopiesAcrossPages(Set.of(), Map.of());

    /**
     * @param page     this page's hits, in rank order, each with the store's copy decision
     * @param versions the shown versions of each report the page's hits are versions of (original and copies)
     * @param rankedAmong of the given ids, those matching the search, in rank order; asked only when some version
     *                    ranks off this page, and only about the versions of such reports (not every match)
     */
    static CopiesAcrossPages of(List<SearchHit> page, Map<String, List<String>> versions,
                                Function<Set<String>, List<String>> rankedAmong) {
        Set<String> here = new HashSet<>();
        page.forEach(h -> here.add(h.id()));
        Map<String, List<String>> spread = new HashMap<>();
        for (SearchHit h : page) {
            String report = reportOf(h);
            List<String> all = versions.getOrDefault(report, List.of());
            if (!here.containsAll(all)) {
                spread.put(report, all);
            }
        }
        if (spread.isEmpty()) {
            return NONE;
        }
        Set<String> wanted = new HashSet<>();
        spread.values().forEach(wanted::addAll);
        Map<String, Integer> rank = new HashMap<>();
        List<String> ranked = rankedAmong.apply(wanted);
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i), i);
        }
        Set<String> elsewhere = new HashSet<>();
        Map<String, List<String>> fromElsewhere = new HashMap<>();
        for (Map.Entry<String, List<String>> e : spread.entrySet()) {
            String report = e.getKey();
            List<String> matching = new ArrayList<>(e.getValue().stream().filter(rank::containsKey).toList());
            matching.sort(Comparator.comparingInt(rank::get));
            if (matching.isEmpty()) {
                continue;
            }
            String shownAt = matching.contains(report) ? report : matching.get(0);
            if (here.contains(shownAt)) {
                List<String> others = matching.stream().filter(id -> !here.contains(id)).toList();
                if (!others.isEmpty()) {
                    fromElsewhere.put(report, others);
                }
            } else {
                page.stream().filter(h -> reportOf(h).equals(report)).forEach(h -> elsewhere.add(h.id()));
            }
        }
        return new CopiesAcrossPages(Set.copyOf(elsewhere), Map.copyOf(fromElsewhere));
    }

    /** The report a hit is a version of: its original when it is a copy, else itself. */
    static String reportOf(SearchHit h) {
        return h.duplicateOf() != null ? h.duplicateOf() : h.id();
    }
}
