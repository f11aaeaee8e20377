package org.marsad.web;

/** Thrown by a handler when the thing asked for does not exist; the message is shown on the Arabic 404 page. */
final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String arabicMessage) {
        super(arabicMessage);
    }
}
