package org.marsad.web.view;

import java.util.List;

/** A facet box on the search page: its Arabic heading and its values as filter links. */
public record Facet(String heading, List<Link> values) {
}
