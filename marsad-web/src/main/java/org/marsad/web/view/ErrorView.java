package org.marsad.web.view;

/** A 400 or 404 page: status, heading and one explaining sentence, all in Arabic. */
public record ErrorView(int status, String heading, String message) {
}
