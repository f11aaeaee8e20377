package org.marsad.arabic.entities;

/** A word or punctuation mark of the input with its offsets ({@code end} exclusive). */
record Token(String text, int start, int end, boolean sentenceEnd) {
}
