package org.marsad.web.view;

/** A hidden article as the editors' pages show it: who hid it and when (UTC, to the minute). */
public record HiddenItem(String id, String title, String source, String href, String hiddenAt, String hiddenBy) {
}
