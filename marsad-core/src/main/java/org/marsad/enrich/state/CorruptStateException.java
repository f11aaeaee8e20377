package org.marsad.enrich.state;

import java.io.IOException;

/** A state file that cannot be what a {@link StateOutput} wrote: its owner rebuilds the state instead. */
public final class CorruptStateException extends IOException {
    public CorruptStateException(String message) {
        super(message);
    }
}
