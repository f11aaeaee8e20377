package org.marsad.web.view;

/** A run of snippet text, highlighted or not. Templates escape {@code text}; the mark is added around it. */
public record Part(String text, boolean marked) {
}
