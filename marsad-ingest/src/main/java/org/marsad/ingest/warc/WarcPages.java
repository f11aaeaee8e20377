package org.marsad.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.marsad.ingest.fetch.MediaTypes;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages out of .warc and .warc.gz files (jwarc): every {@code response} record whose HTTP status
 * is 2xx and whose payload is HTML. Other records (requests, metadata, images, redirects) are skipped. Each page
 * keeps a {@link WarcPointer} to its record.
 */
public final class WarcPages {
    /** Payloads larger than this are skipped (a news page is far smaller; this bounds memory). */
    public static final long MAX_PAYLOAD = 16L << 20;

    private WarcPages() {
    }

    /** Receives pages one by one; may throw to stop the reading. */
    @FunctionalInterface
    public interface Handler {
        void page(WarcPage page) throws IOException;
    }

    /** What a pass over a file saw. */
    public record Counts(long records, long pages, long skipped) {
    }

    /**
     * Streams the file's HTML pages to the handler, in file order. The pages before a damaged record have been
     * handed on when it is found.
     *
     * @throws DamagedWarcException at the first record that cannot be read (garbage, a cut-off file, bad gzip data)
     * @throws IOException when the file cannot be opened, or as the handler throws
     */
    public static Counts read(Path file, Handler handler) throws IOException {
        long records = 0;
        long pages = 0;
        long skipped = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                Optional<WarcPage> page;
                try {
                    next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    // position() is the offset of the record just returned by next(), or of the one that failed.
                    if (!lengthReadable(next.get())) {
                        // The lenient reader takes it anyway and stumbles on its body as if it were the next
                        // record, blaming that one: the damage is this record's.
                        throw new DamagedWarcException(reader.position(), records,
                                "a record with an unreadable Content-Length");
                    }
                    page = page(next.get(), new WarcPointer(file, reader.position()));
                } catch (IOException e) {
                    throw new DamagedWarcException(reader.position(), records, e);
                }
                records++;
                if (page.isPresent()) {
                    pages++;
                    handler.page(page.get());
                } else if (next.get() instanceof WarcResponse) {
                    skipped++;
                }
            }
        }
        return new Counts(records, pages, skipped);
    }

    /** Whether the record's Content-Length header is a number of bytes (absent is left to the library). */
    private static boolean lengthReadable(WarcRecord record) {
        Optional<String> length = record.headers().first("Content-Length");
        return length.isEmpty() || length.get().strip().matches("[0-9]{1,18}");
    }

    /** Reads the page at a pointer again; empty when the record there is not an HTML page. */
    public static Optional<WarcPage> readAt(WarcPointer pointer) throws IOException {
        try (WarcReader reader = new WarcReader(pointer.file())) {
            reader.position(pointer.offset());
            Optional<WarcRecord> rec = reader.next();
            return rec.isEmpty() ? Optional.empty() : page(rec.get(), pointer);
        }
    }

    private static Optional<WarcPage> page(WarcRecord record, WarcPointer pointer) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return Optional.empty();
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (http.status() < 200 || http.status() >= 300 || !MediaTypes.isHtml(contentType)) {
            return Optional.empty();
        }
        byte[] body;
        // bodyDecoded() undoes chunked transfer and gzip/deflate content coding; readBounded caps what it yields.
        try (InputStream in = http.bodyDecoded().stream()) {
            body = readBounded(in);
        }
        if (body == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = response.targetURI();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new WarcPage(pointer, uri, response.date(), http.status(), contentType, body));
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > MAX_PAYLOAD) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
