package org.marsad.watch.deliver;

import java.time.Duration;

/** How one attempt to send a delivery went. */
public sealed interface SendOutcome {
    /** The HTTP status of the response, or null (e-mail, no response). */
    Integer status();

    /** Accepted by the receiver. */
    record Delivered(Integer status) implements SendOutcome {
    }

    /**
     * Worth trying again: a timeout, a refused connection, a 5xx or 429, a temporary mail failure.
     *
     * @param retryAfter how long the receiver asked to wait (Retry-After), or null
     */
    record Retry(Integer status, String error, Duration retryAfter) implements SendOutcome {
    }

    /** Not worth trying again: a 4xx, a redirect, a refused address, no mail server configured. */
    record Failed(Integer status, String error) implements SendOutcome {
    }
}
