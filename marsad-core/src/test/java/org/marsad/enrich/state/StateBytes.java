package org.marsad.enrich.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;

/** State files held in memory for the tests: the bytes something writes, and an input that reads them back. */
public final class StateBytes {
    private StateBytes() {
    }

    /** What writes itself into a state file (a clusterer, an enricher, hand-written fields). */
    @FunctionalInterface
    public interface Writing {
        void into(StateOutput out) throws IOException;
    }

    /** The whole file {@code writing} makes, finished as on disk. */
    public static byte[] written(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateOutput out = new StateOutput(Channels.newChannel(bytes));
        writing.into(out);
        out.finish();
        return bytes.toByteArray();
    }

    /** An input reading {@code file} from its start, limited to its length. */
    public static StateInput input(byte[] file) {
        return new StateInput(Channels.newChannel(new ByteArrayInputStream(file)), file.length);
    }
}
