package org.marsad.arabic.names;

/**
 * The answer of {@link NameVariants#compare}: whether two spellings name the same thing, and why.
 *
 * @param same     true when the keys agree and the weighted edit distance confirms it
 * @param keyA     the variant key of the first name
 * @param keyB     the variant key of the second name
 * @param distance the weighted edit distance between the two spellings (0 for variants that only differ in
 *                 folded letters)
 */
public record NameComparison(boolean same, String keyA, String keyB, double distance) {
}
