package org.marsad.store;

/** A source or tag name and how many stored articles carry it. */
public record NameCount(String name, long articles) {
}
