package org.marsad.enrich.entities;

/**
 * One mention of a person, place or organisation in an article.
 *
 * @param part     where it is: 0 the title, {@code n ≥ 1} the body's n-th paragraph
 * @param start    offset of its first char in that part (UTF-16 chars)
 * @param end      offset just after its last char
 * @param spelling how it is written, as a name: the span's text with marks and tatweel removed, single spaces, and
 *                 the article restored where {@code لل} swallowed its alef (للأمم المتحدة → الأمم المتحدة)
 * @param type     {@code PER}, {@code LOC} or {@code ORG}
 */
public record Mention(int part, int start, int end, String spelling, String type) {
}
