package org.marsad.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes the Content-Encoding of a body (gzip, deflate) without ever holding more than a bound of decoded
 * bytes: a 10 KB gzip bomb that expands to gigabytes is stopped at the bound with a clear error.
 */
final class ContentEncodings {
    private ContentEncodings() {
    }

    /**
     * @param encoding the Content-Encoding header (null or "identity" for none)
     * @param maxDecoded the largest decoded size accepted
     */
    static byte[] decode(String encoding, byte[] body, long maxDecoded) throws FetchException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        try {
            switch (e) {
                case "", "identity":
                    return body;
                case "gzip", "x-gzip":
                    return drain(new GZIPInputStream(new ByteArrayInputStream(body)), maxDecoded);
                case "deflate":
                    return inflate(body, maxDecoded);
                default:
                    throw new FetchException(FetchException.Kind.BAD_ENCODING, "unsupported Content-Encoding: " + e);
            }
        } catch (FetchException x) {
            throw x;
        } catch (IOException x) {
            throw new FetchException(FetchException.Kind.BAD_ENCODING,
                    "corrupt " + e + " body: " + x.getMessage());
        }
    }

    /** "deflate" is zlib-wrapped by the standard, raw deflate by some servers: try both. */
    private static byte[] inflate(byte[] body, long maxDecoded) throws IOException {
        try {
            return drain(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(false)), maxDecoded);
        } catch (ZipException wrapped) {
            return drain(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), maxDecoded);
        }
    }

    private static byte[] drain(InputStream in, long maxDecoded) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxDecoded) {
                    throw new FetchException(FetchException.Kind.BOMB,
                            "decompressed body exceeds " + maxDecoded + " bytes (compression bomb?)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
