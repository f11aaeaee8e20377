package org.marsad.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.marsad.model.Article;

/**
 * Writes an index as an older Marsad wrote it: up to analysis version 6, what a hit shows in stored fields, the body
 * among them, and no hit record; in version 7, the hit record with every string in UTF-8; in version 8, the body in
 * UTF-16 and no sentence boundaries after it. For the tests of an archive
 * made by that Marsad.
 */
public final class OldLayoutIndex {
    private OldLayoutIndex() {
    }

    /** Replaces the index in {@code indexDir} with the articles in the old layout, committed with {@code userData}. */
    public static void write(Path indexDir, List<Article> articles, Map<String, String> userData) throws IOException {
        FieldType storedWithOffsets = new FieldType(TextField.TYPE_STORED);
        storedWithOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        writeDocuments(indexDir, articles, userData, a -> {
            // Today's fields, with the body stored as it was and no hit record.
            Document d = ArticleDocuments.fields(a);
            d.removeField(ArticleDocuments.BODY_STEM);
            d.add(new Field(ArticleDocuments.BODY_STEM, a.bodyText(), storedWithOffsets));
            return d;
        });
    }

    /**
     * Replaces the index in {@code indexDir} with the articles as versions up to 5 wrote them: {@link #write}'s layout
     * with an id that has no doc values (the sort by id came later; Lucene refuses a document that adds them to such
     * an index).
     */
    public static void writeWithoutIdDocValues(Path indexDir, List<Article> articles, Map<String, String> userData)
            throws IOException {
        FieldType storedWithOffsets = new FieldType(TextField.TYPE_STORED);
        storedWithOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        writeDocuments(indexDir, articles, userData, a -> {
            Document d = ArticleDocuments.fields(a);
            d.removeFields(ArticleDocuments.ID);
            d.add(new org.apache.lucene.document.StringField(ArticleDocuments.ID, a.id(), Field.Store.YES));
            d.removeField(ArticleDocuments.BODY_STEM);
            d.add(new Field(ArticleDocuments.BODY_STEM, a.bodyText(), storedWithOffsets));
            return d;
        });
    }

    /** Replaces the index in {@code indexDir} with the articles as version 7 wrote them: the all-UTF-8 hit record. */
    public static void writeVersion7(Path indexDir, List<Article> articles) throws IOException {
        writeDocuments(indexDir, articles, Map.of("marsad.analysis_version", "7"), a -> {
            Document d = ArticleDocuments.fields(a);
            HitRecord h = ArticleDocuments.hitRecord(a);
            d.add(new BinaryDocValuesField("hit", utf8Record(h.id(), h.title(), h.source(), h.published(), h.url(),
                    h.body())));
            return d;
        });
    }

    /**
     * Replaces the index in {@code indexDir} with the articles as version 8 wrote them: the hit record with the body
     * in UTF-16 and nothing after it (no sentence boundaries).
     */
    public static void writeVersion8(Path indexDir, List<Article> articles) throws IOException {
        writeDocuments(indexDir, articles, Map.of("marsad.analysis_version", "8"), a -> {
            Document d = ArticleDocuments.fields(a);
            HitRecord h = ArticleDocuments.hitRecord(a);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BytesRef head = utf8Record(h.id(), h.title(), h.source(), h.published(), h.url());
            out.write(head.bytes, head.offset, head.length);
            // the body: its number of UTF-16 code units + 1, then each unit, low byte first
            writeCount(out, h.body().length() + 1);
            for (char c : h.body().toCharArray()) {
                out.write(c & 0xFF);
                out.write(c >>> 8);
            }
            d.add(new BinaryDocValuesField("hit16", new BytesRef(out.toByteArray())));
            return d;
        });
    }

    private static void writeDocuments(Path indexDir, List<Article> articles, Map<String, String> userData,
                                       Function<Article, Document> document) throws IOException {
        FacetsConfig facets = ArticleDocuments.facetsConfig();
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Article a : articles) {
                w.addDocument(facets.build(document.apply(a)));
            }
            w.setLiveCommitData(userData.entrySet());
            w.commit();
        }
    }

    // Version 7's layout, written here from its description rather than by the code under test: each string as a
    // variable-length count (UTF-8 length + 1, 0 for none) and its UTF-8 bytes.
    private static BytesRef utf8Record(String... strings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String s : strings) {
            byte[] b = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
            writeCount(out, b == null ? 0 : b.length + 1);
            if (b != null) {
                out.write(b, 0, b.length);
            }
        }
        return new BytesRef(out.toByteArray());
    }

    // A count as the layouts describe it: seven bits a byte, lowest first, the high bit set on all but the last.
    private static void writeCount(ByteArrayOutputStream out, int count) {
        int rest = count;
        do {
            int low = rest & 0x7F;
            rest >>>= 7;
            out.write(rest == 0 ? low : low | 0x80);
        } while (rest != 0);
    }
}
