package org.marsad.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The default list of major Arabic outlets shipped with Marsad ({@code default-sources.opml}).
 *
 * <p><b>Not checked from the machine it was written on</b> (it had no internet access): the feed URLs come from
 * public knowledge and may have moved. Source health shows which ones work.
 */
public final class DefaultSources {
    static final String RESOURCE = "default-sources.opml";

    private DefaultSources() {
    }

    /** The OPML document as shipped. */
    public static byte[] opml() {
        try (InputStream in = DefaultSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default sources. */
    public static List<Source> list() {
        try {
            return Opml.read(opml());
        } catch (Opml.OpmlException e) {
            throw new IllegalStateException("the shipped default source list is invalid: " + e.getMessage(), e);
        }
    }
}
