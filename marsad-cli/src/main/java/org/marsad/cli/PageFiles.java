package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.marsad.ingest.file.BoundedRead;
import org.marsad.ingest.file.FilePages;
import org.marsad.model.Article;
import org.marsad.model.PageZone;

/**
 * The command line's edge for pages: reads a file, decodes it, picks the extractor for its format and gives the
 * articles their ids. Every failure is a one-line exception naming the input.
 */
final class PageFiles {
    /** No news page comes near this; a bigger file is a mistake (a video, a database dump). */
    static final long MAX_BYTES = FilePages.MAX_BYTES;
    /** The input name that means standard input. */
    static final String STDIN = "-";

    private PageFiles() {
    }

    /**
     * The articles of one input (a file path, {@code -}, or an http(s) URL), with ids.
     *
     * @param allowPrivate whether a URL may point at a loopback or private address
     */
    static List<Article> extract(String input, boolean allowPrivate) {
        return extract(input, allowPrivate, PageZone.UNKNOWN);
    }

    /** Like {@link #extract(String, boolean)}, for pages whose times without an offset are in {@code zone}. */
    static List<Article> extract(String input, boolean allowPrivate, PageZone zone) {
        if (isUrl(input)) {
            return PageUrls.extract(input, allowPrivate, zone);
        }
        return extract(input, STDIN.equals(input) ? readStdin() : read(input), zone);
    }

    /** The articles of a page's bytes; {@code name} is used for format sniffing and error messages. */
    static List<Article> extract(String name, byte[] bytes) {
        return extract(name, bytes, PageZone.UNKNOWN);
    }

    /** Like {@link #extract(String, byte[])}, for a page whose times without an offset are in {@code zone}. */
    static List<Article> extract(String name, byte[] bytes, PageZone zone) {
        return FilePages.extract(name, bytes, zone);
    }

    static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static byte[] read(String input) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new UserException(input + ": no such file");
        }
        return BoundedRead.file(path, MAX_BYTES, "a news page");
    }

    private static byte[] readStdin() {
        return BoundedRead.stdin(MAX_BYTES, "a news page");
    }
}
