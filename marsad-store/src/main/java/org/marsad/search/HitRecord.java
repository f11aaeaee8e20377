package org.marsad.search;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * What a search hit shows, kept beside the index as one binary doc value per article: id, title, source, published
 * date, address and the part of the body snippets are cut from. Doc values are read in place, uncompressed, so a
 * page of hits costs a slice read per hit instead of decompressing each hit's block of stored fields, which carries
 * the whole body (that decompression was the largest part of a search's snippet time at 100,000 articles).
 *
 * <p>Layout: the six values in order, each a variable-length int {@code n} (0 = absent, else UTF-8 length + 1)
 * followed by {@code n - 1} bytes.
 */
record HitRecord(String id, String title, String source, String published, String url, String body) {

    /** Encodes the record, the body cut to {@code maxBody} characters (never inside a surrogate pair). */
    static BytesRef encode(String id, String title, String source, String published, String url, String body,
                           int maxBody) {
        String cut = body;
        if (body != null && body.length() > maxBody) {
            int end = maxBody;
            if (Character.isHighSurrogate(body.charAt(end - 1))) {
                end--;
            }
            cut = body.substring(0, end);
        }
        BytesRefBuilder out = new BytesRefBuilder();
        for (String v : new String[] {id, title, source, published, url, cut}) {
            if (v == null) {
                writeVInt(out, 0);
            } else {
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                writeVInt(out, b.length + 1);
                out.append(b, 0, b.length);
            }
        }
        return out.toBytesRef();
    }

    /** Reads a record written by {@link #encode}. */
    static HitRecord decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String[] v = new String[6];
        for (int i = 0; i < v.length; i++) {
            int n = in.readVInt();
            if (n > 0) {
                int at = in.getPosition(); // an index into bytes.bytes, the offset included
                v[i] = new String(bytes.bytes, at, n - 1, StandardCharsets.UTF_8);
                in.skipBytes(n - 1);
            }
        }
        return new HitRecord(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    private static void writeVInt(BytesRefBuilder out, int i) {
        while ((i & ~0x7F) != 0) {
            out.append((byte) ((i & 0x7F) | 0x80));
            i >>>= 7;
        }
        out.append((byte) i);
    }
}
