package org.marsad.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.marsad.model.Article;

/**
 * Writes an index as Marsad wrote it up to analysis version 6: what a hit shows in stored fields, the body among
 * them, and no hit record. For the tests of an archive made by that Marsad.
 */
public final class OldLayoutIndex {
    private OldLayoutIndex() {
    }

    /** Replaces the index in {@code indexDir} with the articles in the old layout, committed with {@code userData}. */
    public static void write(Path indexDir, List<Article> articles, Map<String, String> userData) throws IOException {
        FieldType storedWithOffsets = new FieldType(TextField.TYPE_STORED);
        storedWithOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        FacetsConfig facets = ArticleDocuments.facetsConfig();
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Article a : articles) {
                // Today's fields, with the body stored as it was and no hit record.
                Document d = ArticleDocuments.fields(a);
                d.removeField(ArticleDocuments.BODY_STEM);
                d.add(new Field(ArticleDocuments.BODY_STEM, a.bodyText(), storedWithOffsets));
                w.addDocument(facets.build(d));
            }
            w.setLiveCommitData(userData.entrySet());
            w.commit();
        }
    }
}
