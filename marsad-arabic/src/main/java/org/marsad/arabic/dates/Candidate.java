package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One reading of a date found in the folded text, before overlapping readings are resolved.
 *
 * @param start    offset in the folded text
 * @param end      offset after the reading in the folded text
 * @param value    the day, or null when it cannot be resolved
 * @param time     the time of day written with it, or null
 * @param relative whether the value depends on the reference day
 */
record Candidate(int start, int end, LocalDate value, LocalTime time, boolean relative) {
    int length() {
        return end - start;
    }
}
