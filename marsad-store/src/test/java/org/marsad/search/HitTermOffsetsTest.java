package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * The highlighter opens offsets only for the terms a hit contains. Property test (seeded): over an index of several
 * segments and queries of many alternatives (as name variants make them), some in no article, and phrases, every
 * hit's snippet and marks are those of the stock strategy, which looks every term up for every hit.
 */
class HitTermOffsetsTest {
    private static final String[] WORDS = {"الحكومة", "البرلمان", "الانتخابات", "غزة", "القدس", "المطر", "السيول",
        "الاقتصاد", "النفط", "الرئيس", "الوزير", "المدرسة", "الجامعة", "المستشفى", "الطريق", "بيروت", "عمان"};
    // Spellings no article uses: looked up, never found.
    private static final String[] ABSENT = {"بيروتيون", "القدسيات", "المطريون", "غزاوية"};

    @TempDir
    Path dir;

    @Test
    void snippetsAreThoseOfLookingForEveryTermInEveryHit() throws Exception {
        Random rnd = new Random(16L);
        writeSegments(rnd);
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            IndexSearcher searcher = new IndexSearcher(reader);
            int marked = 0;
            for (int q = 0; q < 150; q++) {
                String text = alternatives(rnd);
                Query query = LuceneQueries.of(SearchRequest.of(text));
                ScoreDoc[] top = searcher.search(query, 20).scoreDocs;
                int[] ids = Arrays.stream(top).mapToInt(sd -> sd.doc).toArray();
                Object[] fewer = LuceneIndex.bodySnippets(
                        LuceneIndex.highlighter(searcher, ArticleDocuments.analyzer(), false), query, ids);
                Object[] every = LuceneIndex.bodySnippets(
                        LuceneIndex.highlighter(searcher, ArticleDocuments.analyzer(), true), query, ids);
                assertThat(fewer).as(text).containsExactly(every);
                for (Object s : every) {
                    marked += s instanceof Snippets.Snippet snip ? snip.spans().size() : 0;
                }
            }
            assertThat(marked).isGreaterThan(1000);
        }
    }

    /**
     * A searcher keeps where each query's terms are in each segment: asked the same queries again (in another
     * order), the highlighter looks no term up in a dictionary, and every snippet is still the stock strategy's.
     */
    @Test
    void aSearcherLooksTheSameQueryTermsUpOncePerSegment() throws Exception {
        Random rnd = new Random(25L);
        writeSegments(rnd);
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            KeptWeightsSearcher searcher = new KeptWeightsSearcher(reader);
            IndexSearcher stock = new IndexSearcher(reader);
            List<String> queries = new java.util.ArrayList<>();
            for (int q = 0; q < 80; q++) {
                queries.add(alternatives(rnd));
            }
            long afterFirst = 0;
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    afterFirst = searcher.termStates().lookups();
                    java.util.Collections.shuffle(queries, rnd);
                }
                for (String text : queries) {
                    Query query = LuceneQueries.of(SearchRequest.of(text));
                    int[] ids = Arrays.stream(searcher.search(query, 20).scoreDocs).mapToInt(sd -> sd.doc).toArray();
                    Object[] kept = LuceneIndex.bodySnippets(
                            LuceneIndex.highlighter(searcher, ArticleDocuments.analyzer(), false), query, ids);
                    Object[] every = LuceneIndex.bodySnippets(
                            LuceneIndex.highlighter(stock, ArticleDocuments.analyzer(), true), query, ids);
                    assertThat(kept).as(text).containsExactly(every);
                }
            }
            assertThat(afterFirst).isGreaterThan(80);
            assertThat(searcher.termStates().lookups()).isEqualTo(afterFirst);
        }
    }

    /** 600 articles of the same few words, committed in four segments. */
    private void writeSegments(Random rnd) {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            for (int i = 0; i < 600; i++) {
                String body = words(rnd, 20 + rnd.nextInt(120), WORDS) + ".";
                index.put(Article.builder().id("a" + i).url("https://example.org/" + i)
                        .title(words(rnd, 3, WORDS)).body(List.of(body)).source("مصدر").published("2024-05-12")
                        .language("ar").build());
                if (i % 150 == 149) {
                    index.commit("test", i);
                }
            }
        }
    }

    private static String alternatives(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = 1 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(" OR ");
            }
            int kind = rnd.nextInt(5);
            if (kind == 0) {
                b.append(ABSENT[rnd.nextInt(ABSENT.length)]);
            } else if (kind == 1) {
                b.append('"').append(words(rnd, 2, WORDS)).append('"');
            } else {
                b.append(WORDS[rnd.nextInt(WORDS.length)]);
            }
        }
        return b.toString();
    }

    private static String words(Random rnd, int n, String[] from) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(i % 9 == 0 ? ". " : " ");
            }
            b.append(from[rnd.nextInt(from.length)]);
        }
        return b.toString();
    }
}
