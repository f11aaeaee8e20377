package org.marsad.ingest.warc;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.ingest.page.PageArticles;
import org.marsad.model.Article;
import org.marsad.model.PageZone;

/**
 * The articles of a WARC file: each HTML page ({@link WarcPages}) through the page extraction seam
 * ({@link PageArticles}), with the capture time as {@code fetched_at} and a pointer to its record. This is the
 * API {@code marsad ingest} calls for .warc and .warc.gz files.
 */
public final class WarcArticles {
    private WarcArticles() {
    }

    /** Receives each article with the record it came from. */
    @FunctionalInterface
    public interface Sink {
        void article(Article article, WarcPointer pointer) throws IOException;
    }

    /**
     * What a pass did.
     *
     * @param records  WARC records read
     * @param pages    HTML pages among them
     * @param articles articles extracted and handed to the sink
     */
    public record Counts(long records, long pages, long articles) {
    }

    /**
     * Extracts the articles of a .warc or .warc.gz file, in file order.
     *
     * @throws IOException when the file cannot be read or is not a WARC file, or when the sink throws
     */
    public static Counts read(Path file, Sink sink) throws IOException {
        return read(file, PageZone.UNKNOWN, sink);
    }

    /**
     * Like {@link #read(Path, Sink)}, for pages whose times written without an offset are in {@code zone} (the
     * ingest's {@code --time-zone}); with {@link PageZone#UNKNOWN} such a time keeps only its day.
     */
    public static Counts read(Path file, PageZone zone, Sink sink) throws IOException {
        long[] articles = {0};
        WarcPages.Counts c = WarcPages.read(file, page -> {
            PageArticles.Outcome o = PageArticles.extract(page.uri(), page.body(), page.contentType(),
                    page.capturedAt(), zone);
            if (o instanceof PageArticles.Extracted x) {
                articles[0]++;
                sink.article(x.article(), page.pointer());
            }
        });
        return new Counts(c.records(), c.pages(), articles[0]);
    }

    /** Whether a file name looks like a WARC file (.warc or .warc.gz). */
    public static boolean isWarc(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }
}
