package org.marsad.watch.deliver;

import java.time.Instant;
import java.util.Locale;

/**
 * One message to one channel of a watch, and how sending it went: the delivery log, and the queue of what is
 * still to send (kept in the store, so a restart loses nothing).
 *
 * @param payload     the JSON body (sent as is by webhook; rendered as a mail for e-mail)
 * @param attempts    how many times sending was tried
 * @param nextAttempt when a pending delivery is sent next
 * @param lastStatus  the HTTP status of the last webhook attempt (null for e-mail or no response)
 * @param lastError   what went wrong last, or null
 */
public record Delivery(long id, long watchId, Channel channel, Kind kind, String payload, Status status, int attempts,
                       Instant nextAttempt, Integer lastStatus, String lastError, Instant createdAt,
                       Instant updatedAt) {

    /** Where a delivery goes. */
    public enum Channel {
        WEBHOOK, EMAIL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a delivery carries. */
    public enum Kind {
        /** One alert. */
        ALERT,
        /** The alerts of a digest period. */
        DIGEST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a delivery stands. */
    public enum Status {
        /** Waiting to be sent (first time or again). */
        PENDING,
        /** Accepted by the receiver. */
        DELIVERED,
        /** Given up: a permanent refusal, or every attempt failed. Its channel was paused. */
        FAILED,
        /** Not sent while its channel is paused; pending again when the channel is resumed. */
        HELD;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
