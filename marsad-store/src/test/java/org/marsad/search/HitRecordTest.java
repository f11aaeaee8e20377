package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * A hit's values come from its hit record (one binary doc value) instead of its stored fields: the record reads
 * back what was written (seeded property test), and a page of hits — values, snippets and marked ranges — is the
 * same whether it is read from the records or, for a segment without them, from the stored fields.
 */
class HitRecordTest {
    private static final String[] WORDS = {"الحكومة", "البرلمان", "بالانتخابات", "غزة", "القدس", "المطر", "السيول",
        "والاقتصاد", "النفط", "للرئيس", "الوزير", "المدرسة", "الجامعات", "المستشفى", "الطريق", "المفاوضات",
        "بالمفاوضات", "مفاوضات", "لبنان", "وإيران"};

    @TempDir
    Path dir;

    @Test
    void recordsReadBackWhatWasWritten() {
        Random rnd = new Random(7_2026_1205L);
        for (int i = 0; i < 2_000; i++) {
            String[] v = new String[6];
            for (int k = 0; k < v.length; k++) {
                v[k] = rnd.nextInt(8) == 0 ? null : text(rnd, rnd.nextInt(k == 5 ? 400 : 40));
            }
            int max = 1 + rnd.nextInt(300);
            BytesRef b = HitRecord.encode(v[0], v[1], v[2], v[3], v[4], v[5], max);
            // a record read from a slice of a larger array, as doc values hand it out
            byte[] wider = new byte[b.length + 7];
            System.arraycopy(b.bytes, b.offset, wider, 3, b.length);
            HitRecord r = HitRecord.decode(new BytesRef(wider, 3, b.length));
            assertThat(r.id()).isEqualTo(v[0]);
            assertThat(r.title()).isEqualTo(v[1]);
            assertThat(r.source()).isEqualTo(v[2]);
            assertThat(r.published()).isEqualTo(v[3]);
            assertThat(r.url()).isEqualTo(v[4]);
            if (v[5] == null) {
                assertThat(r.body()).isNull();
            } else {
                assertThat(v[5]).startsWith(r.body());
                assertThat(r.body().length()).isBetween(Math.min(v[5].length(), max - 1), Math.min(v[5].length(), max));
                // never half of a surrogate pair at the cut
                assertThat(r.body().isEmpty() || !Character.isHighSurrogate(r.body().charAt(r.body().length() - 1)))
                        .isTrue();
            }
        }
    }

    @Test
    void pagesReadFromRecordsEqualPagesReadFromStoredFields() throws Exception {
        Random rnd = new Random(20261205L);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 1 + rnd.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                body.append(words(rnd, 10 + rnd.nextInt(60))).append(". ").append(words(rnd, 5 + rnd.nextInt(30)))
                        .append(".\n");
            }
            Article.Builder b = Article.builder().id(String.format("a%04d", i)).title(words(rnd, 2 + rnd.nextInt(4)))
                    .body(List.of(body.toString())).language("ar");
            if (rnd.nextInt(5) > 0) {
                b.url("https://example.org/" + i);
            }
            if (rnd.nextInt(5) > 0) {
                b.source("مصدر " + rnd.nextInt(4));
            }
            if (rnd.nextInt(5) > 0) {
                b.published("2024-05-" + (10 + rnd.nextInt(5)));
            }
            articles.add(b.build());
        }
        Path withRecords = dir.resolve("with");
        Path without = dir.resolve("without");
        try (LuceneIndex index = LuceneIndex.open(withRecords)) {
            for (Article a : articles) {
                index.put(a);
            }
            index.commit("test", 1);
        }
        FacetsConfig facets = ArticleDocuments.facetsConfig();
        try (FSDirectory fs = FSDirectory.open(without);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(ArticleDocuments.indexAnalyzer()))) {
            for (Article a : articles) {
                Document d = ArticleDocuments.fields(a);
                d.removeField(ArticleDocuments.HIT);
                w.addDocument(facets.build(d));
            }
            w.commit();
        }
        int marked = 0;
        try (LuceneIndex a = LuceneIndex.open(withRecords); LuceneIndex b = LuceneIndex.open(without)) {
            for (int q = 0; q < 150; q++) {
                String words = q % 10 == 0 ? "source:\"مصدر 1\"" : words(rnd, 1 + rnd.nextInt(2));
                SearchRequest.Sort order = rnd.nextBoolean() ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.DATE;
                SearchRequest req = new SearchRequest(words, null, null, null, null, order, 1 + rnd.nextInt(20),
                        rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 0);
                List<SearchHit> fromRecords = a.search(req, FacetSet.NONE).hits();
                assertThat(fromRecords).as(words).isEqualTo(b.search(req, FacetSet.NONE).hits());
                for (SearchHit h : fromRecords) {
                    marked += h.highlights().size();
                }
            }
        }
        assertThat(marked).as("the comparison covers marked snippets").isGreaterThan(500);
    }

    private static String words(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String text(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> sb.append((char) ('a' + rnd.nextInt(26)));
                case 1 -> sb.append(' ');
                case 2 -> sb.appendCodePoint(0x1F600 + rnd.nextInt(50)); // outside the BMP: a surrogate pair
                case 3 -> sb.append('\u00e9');
                default -> sb.append((char) (0x0621 + rnd.nextInt(26)));
            }
        }
        return sb.toString();
    }
}
