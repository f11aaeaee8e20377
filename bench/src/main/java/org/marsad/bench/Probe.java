package org.marsad.bench;

/**
 * Tells whether a Marsad capability is implemented in this build: modules land over time, and a contract stub
 * throws {@link UnsupportedOperationException} until its implementation arrives.
 */
public final class Probe {
    private Probe() {
    }

    /** Null when the call succeeds, else a one-line reason. */
    public static String failure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (UnsupportedOperationException e) {
            return "not implemented in this build (" + e.getMessage() + ")";
        } catch (LinkageError e) {
            return "not in this build (" + e + ")";
        } catch (RuntimeException e) {
            return "failed: " + e;
        }
    }
}
