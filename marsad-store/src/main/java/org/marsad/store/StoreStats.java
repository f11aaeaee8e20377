package org.marsad.store;

/**
 * Counts over the whole store.
 *
 * @param articles          stored articles
 * @param sources           distinct outlets
 * @param tags              distinct tags
 * @param earliestPublished the earliest publication day ("YYYY-MM-DD"), or null
 * @param latestPublished   the latest publication day, or null
 * @param lastUpdated       ISO-8601 instant of the last insert or change, or null when empty
 */
public record StoreStats(long articles, long sources, long tags, String earliestPublished, String latestPublished,
                         String lastUpdated) {
}
