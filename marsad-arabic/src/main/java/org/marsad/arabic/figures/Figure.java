package org.marsad.arabic.figures;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reported figure: how many, of what, according to whom, for which day.
 *
 * @param text        the figure as written, from its comparator to its counted noun ("أكثر من 20 ألف شهيد")
 * @param start       offset of its first char in the searched text
 * @param end         offset after its last char
 * @param value       the number (the lower bound of a range); null when vague (عشرات، مئات، آلاف)
 * @param valueMax    the upper bound of a range ("بين 30 و40" → 40), else null
 * @param vague       true for a quantity written without a value
 * @param comparator  more than, less than, about, at least; null when the text states the value plainly
 * @param counted     the counted noun as written ("شهيداً", "نازح", "دولار", "في المئة"), the aside of a part
 *                    written without its noun ("بينهم" in "بينهم اثنان", "منهم" in "اثنان منهم"), or null
 * @param category    what is counted, from a fixed vocabulary
 * @param unit        the currency of money (ISO 4217: USD, EUR, SAR …) when the text names it, else null
 * @param attribution who reports it, as written in the same or the previous sentence ("وزارة الصحة في غزة"),
 *                    null when the text does not say
 * @param date        the day the figure refers to: the end of the period the sentence states ("حتى مساء السبت"),
 *                    else a day the sentence names, else the article's date (null when unknown)
 * @param since       the start of the period the sentence states ("منذ 7 أكتوبر"), else null
 */
public record Figure(String text, int start, int end, BigDecimal value, BigDecimal valueMax, boolean vague,
                     Comparison comparator, String counted, Category category, String unit, String attribution,
                     LocalDate date, LocalDate since) {
}
