package org.marsad.arabic.dates;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date expression found in a text.
 *
 * @param text     the expression as written
 * @param start    offset of its first char in the searched text
 * @param end      offset after its last char
 * @param value    the Gregorian day it names; null when it cannot be resolved (a relative expression without a
 *                 reference date)
 * @param time     the time of day when the expression states one ("10:30 ص" → 10:30), else null
 * @param relative true when the value was resolved against the reference date (أمس, الجمعة الماضي ...)
 */
public record DateMention(String text, int start, int end, LocalDate value, LocalTime time, boolean relative) {
}
