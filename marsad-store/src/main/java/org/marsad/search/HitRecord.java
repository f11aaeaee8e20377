package org.marsad.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows of an article (id, title, source, date, URL and the body its snippet is cut from), packed into
 * one binary doc value per document.
 *
 * <p>Why not the stored fields: Lucene decompresses a stored document through a shared dictionary and the block
 * around it, several kilobytes whatever is asked, and a page of 20 hits paid that 20 times (a quarter of the API's
 * CPU, with the decoding of whole bodies). A binary doc value is read where it lies, without decompression.
 *
 * <p>Layout: six strings in that order, each as a variable-length count (0 for none) and its text. The first five
 * (short) count their UTF-8 length + 1 and hold UTF-8 bytes. The body comes last and is kept as UTF-16 code units,
 * little-endian, its count their number + 1: decoding UTF-8 into a Java string was the largest single cost of a
 * page of hits (a body is read whole for its snippet, and Arabic letters take the decoder's slow two-byte path),
 * while UTF-16 is copied in bulk, at about the same size for Arabic text (two bytes a letter either way; only
 * spaces, digits and Latin letters double). Lone surrogates survive, which UTF-8 replaced with '?'.
 *
 * <p>After the body, since analysis version 9: the sentence boundaries inside the part of the body a snippet is cut
 * from ({@link SentenceBreaks#inside}), as a count and the gaps between them, each a variable-length count. Finding
 * them as a search highlights its hits read every body up to its last match (a fifth of the highlighter's CPU); they
 * take a byte or two each. A version 8 record ends with the body: its boundaries are found as before.
 *
 * <p>Indexes written before (analysis version 7) hold the whole record in UTF-8 under {@link #UTF8_FIELD}; they are
 * still read, document by document, so that an index being rebuilt keeps answering.
 */
record HitRecord(String id, String title, String source, String published, String url, String body,
                 int[] sentences) {
    /** The binary doc values field of every document. */
    static final String FIELD = "hit16";
    /** The field of the older layout: all six strings in UTF-8. */
    static final String UTF8_FIELD = "hit";

    /** A record as an article gives it; its sentences are found when it is packed. */
    HitRecord(String id, String title, String source, String published, String url, String body) {
        this(id, title, source, published, url, body, null);
    }

    /** The packed value of these fields, with the body's sentence boundaries. */
    BytesRef encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + (body == null ? 0 : body.length() * 2));
        for (String s : new String[] {id, title, source, published, url}) {
            writeUtf8(out, s);
        }
        if (body == null) {
            writeCount(out, 0);
        } else {
            writeCount(out, body.length() + 1);
            byte[] units = new byte[body.length() * 2];
            ByteBuffer.wrap(units).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(body);
            out.write(units, 0, units.length);
            int[] inside = SentenceBreaks.inside(body, LuceneIndex.MAX_HIGHLIGHTED);
            writeCount(out, inside.length);
            int last = 0;
            for (int b : inside) {
                writeCount(out, b - last);
                last = b;
            }
        }
        return new BytesRef(out.toByteArray());
    }

    /** The fields packed in {@code packed} (the layout of {@link #FIELD}). */
    static HitRecord decode(BytesRef packed) {
        String[] s = new String[6];
        int[] at = {packed.offset};
        for (int i = 0; i < 5; i++) {
            s[i] = readUtf8(packed.bytes, at);
        }
        int n = readCount(packed.bytes, at);
        if (n > 0) {
            char[] body = new char[n - 1];
            ByteBuffer.wrap(packed.bytes, at[0], body.length * 2).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer()
                    .get(body);
            s[5] = new String(body);
            at[0] += body.length * 2;
        }
        int[] sentences = null;
        if (at[0] < packed.offset + packed.length) {
            sentences = new int[readCount(packed.bytes, at)];
            int last = 0;
            for (int i = 0; i < sentences.length; i++) {
                last += readCount(packed.bytes, at);
                sentences[i] = last;
            }
        }
        return new HitRecord(s[0], s[1], s[2], s[3], s[4], s[5], sentences);
    }

    /** The fields packed in the older, all-UTF-8 layout of {@link #UTF8_FIELD}. */
    static HitRecord decodeUtf8(BytesRef packed) {
        String[] s = new String[6];
        int[] at = {packed.offset};
        for (int i = 0; i < s.length; i++) {
            s[i] = readUtf8(packed.bytes, at);
        }
        return new HitRecord(s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    private static void writeUtf8(ByteArrayOutputStream out, String s) {
        byte[] b = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        writeCount(out, b == null ? 0 : b.length + 1);
        if (b != null) {
            out.write(b, 0, b.length);
        }
    }

    private static String readUtf8(byte[] b, int[] at) {
        int n = readCount(b, at);
        if (n == 0) {
            return null;
        }
        String s = new String(b, at[0], n - 1, StandardCharsets.UTF_8);
        at[0] += n - 1;
        return s;
    }

    private static void writeCount(ByteArrayOutputStream out, int n) {
        int v = n;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readCount(byte[] b, int[] at) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[at[0]++];
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }

    /**
     * Reads the records of documents of one reader, in any order (fastest in increasing doc order, as the
     * highlighter asks for them). Not thread-safe: one per search.
     */
    static final class Reader {
        private final List<LeafReaderContext> leaves;
        private final BinaryDocValues[] values;
        private final BinaryDocValues[] utf8Values;
        private StoredFields stored;
        private final org.apache.lucene.index.IndexReader reader;

        Reader(org.apache.lucene.index.IndexReader reader) {
            this.reader = reader;
            this.leaves = reader.leaves();
            this.values = new BinaryDocValues[leaves.size()];
            this.utf8Values = new BinaryDocValues[leaves.size()];
        }

        /** The record of a document (of the whole reader). */
        HitRecord read(int doc) throws IOException {
            int i = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(i);
            int local = doc - leaf.docBase;
            BinaryDocValues v = at(values, i, FIELD, local);
            if (v != null && v.advanceExact(local)) {
                return decode(v.binaryValue());
            }
            BinaryDocValues old = at(utf8Values, i, UTF8_FIELD, local);
            if (old != null && old.advanceExact(local)) {
                return decodeUtf8(old.binaryValue());
            }
            return fromStoredFields(doc);
        }

        // The iterator of a field in leaf i that can still reach the document (doc values only move forward: a
        // document at or before the last one read needs a fresh iterator).
        private BinaryDocValues at(BinaryDocValues[] kept, int i, String field, int local) throws IOException {
            BinaryDocValues v = kept[i];
            if (v == null || v.docID() >= local) {
                v = leaves.get(i).reader().getBinaryDocValues(field);
                kept[i] = v;
            }
            return v;
        }

        // A document without the record (one an older Marsad wrote, before the index is rebuilt): its stored fields.
        private HitRecord fromStoredFields(int doc) throws IOException {
            if (stored == null) {
                stored = reader.storedFields();
            }
            Stored v = new Stored();
            stored.document(doc, v);
            return new HitRecord(v.values[0], v.values[1], v.values[2], v.values[3], v.values[4], v.values[5]);
        }
    }

    /** The stored fields that used to hold a hit, the body among them. */
    private static final class Stored extends StoredFieldVisitor {
        private static final List<String> NAMES = List.of(ArticleDocuments.ID, ArticleDocuments.TITLE_STEM,
                ArticleDocuments.SOURCE, ArticleDocuments.PUBLISHED, ArticleDocuments.URL, ArticleDocuments.BODY_STEM);
        final String[] values = new String[NAMES.size()];

        @Override
        public Status needsField(org.apache.lucene.index.FieldInfo field) {
            return NAMES.contains(field.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(org.apache.lucene.index.FieldInfo field, String value) {
            values[NAMES.indexOf(field.name)] = value;
        }
    }
}
