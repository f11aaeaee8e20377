package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * A search counts its matches in one pass and takes its page in another that may skip documents which cannot reach
 * the page; by relevance the proximity bonus is added to the best base scores only. Property test (seeded): on an
 * index full of equal scores and equal days, the page, its order, the hits' scores and the total are those of
 * scoring and collecting every match with the whole query (by relevance: among the base query's best
 * {@link LuceneIndex#RESCORED}), for either order, any offset and with or without facets.
 */
class SearchPassesTest {
    private static final String[] WORDS = {"الحكومة", "البرلمان", "الانتخابات", "غزة", "القدس", "المطر", "السيول",
        "الاقتصاد", "النفط", "الرئيس", "الوزير", "المدرسة", "الجامعة", "المستشفى", "الطريق"};

    @TempDir
    Path dir;

    @Test
    void pagesAndTotalsAreThoseOfScoringEveryMatch() throws Exception {
        Random rnd = new Random(20261205L);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            for (int i = 0; i < 700; i++) {
                // Few words and few days: many matches per query, many equal scores (copies) and equal times.
                String title = words(rnd, 2 + rnd.nextInt(3));
                String body = i % 5 == 0 ? "نص " + title : words(rnd, 8 + rnd.nextInt(30));
                Article a = Article.builder().id(String.format("a%04d", rnd.nextInt(100_000)) + "-" + i)
                        .url("https://example.org/" + i).title(title).body(List.of(body))
                        .source("مصدر " + rnd.nextInt(4)).published("2024-05-" + (10 + rnd.nextInt(5)))
                        .language("ar").build();
                index.put(a);
                if (i % 5 == 0) {
                    // an exact copy under another id: the same score, broken only by the id
                    index.put(Article.builder().id("copy-" + i).url("https://example.org/c" + i).title(title)
                            .body(List.of(body)).source(a.source()).published(a.published()).language("ar").build());
                }
            }
            index.commit("test", 1);
            try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher reference = new IndexSearcher(reader);
                int checked = 0;
                int reordered = 0;
                for (int q = 0; q < 200; q++) {
                    String words = words(rnd, 1 + rnd.nextInt(3));
                    if (rnd.nextInt(6) == 0) {
                        words += " -" + WORDS[rnd.nextInt(WORDS.length)];
                    }
                    SearchRequest.Sort order = rnd.nextBoolean() ? SearchRequest.Sort.RELEVANCE
                            : SearchRequest.Sort.DATE;
                    int limit = 1 + rnd.nextInt(20);
                    int offset = rnd.nextInt(4) == 0 ? rnd.nextInt(40) : 0;
                    SearchRequest req = new SearchRequest(words, null, null, null, null, order, limit, offset);
                    FacetSet facets = rnd.nextBoolean() ? FacetSet.NONE : FacetSet.ALL;
                    SearchResults got = index.search(req, facets);

                    Query query = LuceneQueries.of(req);
                    Sort sort = LuceneIndex.sortOf(order);
                    TopDocs all = reference.search(query, new TopFieldCollectorManager(sort, 1000, null,
                            Integer.MAX_VALUE));
                    assertThat(got.total()).as(words).isEqualTo(all.totalHits.value);
                    // By relevance, the proximity bonus is added to the best base scores only: the page is the
                    // whole query's order among those.
                    java.util.Set<Integer> rescored = rescored(reference, req, offset + limit);
                    List<String> ids = new ArrayList<>();
                    List<Float> scores = new ArrayList<>();
                    ScoreDoc[] docs = java.util.Arrays.stream(all.scoreDocs)
                            .filter(d -> rescored == null || rescored.contains(d.doc))
                            .limit(offset + limit).toArray(ScoreDoc[]::new);
                    if (rescored != null && !java.util.Arrays.equals(pageDocs(docs, offset),
                            pageDocs(reference.search(LuceneQueries.ranked(req, EntityNames.NONE).base(),
                                    new TopFieldCollectorManager(sort, offset + limit, null, Integer.MAX_VALUE))
                                    .scoreDocs, offset))) {
                        reordered++;
                    }
                    for (int i = offset; i < docs.length; i++) {
                        ids.add(reader.storedFields().document(docs[i].doc).get(ArticleDocuments.ID));
                        scores.add(score((FieldDoc) docs[i], sort));
                    }
                    assertThat(got.hits()).extracting(SearchHit::id).as(words + " " + order).isEqualTo(ids);
                    assertThat(got.hits()).extracting(SearchHit::score).as(words).isEqualTo(scores);
                    if (got.total() > offset + limit) {
                        checked++;
                    }
                }
                // Enough queries had more matches than their page, so that skipping could have changed something.
                assertThat(checked).isGreaterThan(60);
                // and the proximity bonus changed some pages: a search that left it out would fail here
                assertThat(reordered).isGreaterThan(10);
            }
        }
    }

    /**
     * The documents a relevance search adds the proximity bonus to (the base query's best {@link
     * LuceneIndex#RESCORED}, at least the page's depth), or null when it scores every match with the whole query.
     */
    private static java.util.Set<Integer> rescored(IndexSearcher s, SearchRequest req, int wanted) throws Exception {
        LuceneQueries.Ranked ranked = LuceneQueries.ranked(req, EntityNames.NONE);
        if (req.sort() != SearchRequest.Sort.RELEVANCE || ranked.proximity() == null) {
            return null;
        }
        int first = Math.max(LuceneIndex.RESCORED, wanted);
        TopDocs top = s.search(ranked.base(), new TopFieldCollectorManager(LuceneIndex.sortOf(req.sort()), first,
                null, Integer.MAX_VALUE));
        java.util.Set<Integer> docs = new java.util.HashSet<>();
        for (ScoreDoc d : top.scoreDocs) {
            docs.add(d.doc);
        }
        return docs;
    }

    private static int[] pageDocs(ScoreDoc[] docs, int offset) {
        return java.util.Arrays.stream(docs).skip(offset).mapToInt(d -> d.doc).toArray();
    }

    private static float score(FieldDoc d, Sort sort) {
        SortField[] keys = sort.getSort();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].getType() == SortField.Type.SCORE) {
                return (Float) d.fields[i];
            }
        }
        return 0f;
    }

    private static String words(Random rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
