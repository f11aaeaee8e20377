package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * An archive on SolrCloud: moving an embedded archive's articles into a collection (reindex with progress), opening
 * the archive on it, and the same results as the embedded index for the same queries over a seeded corpus.
 */
class SolrArchiveTest {
    static LocalSolrCloud cloud;
    static SolrCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        cloud = LocalSolrCloud.start(2);
        cluster = SolrCluster.connect(cloud.target());
        SolrCollections.init(cluster, "moved", 2, 1);
        SolrCollections.init(cluster, "shared", 1, 1);
        SolrCollections.init(cluster, "older", 1, 1);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    // Words for generated articles; a seeded draw gives each article a title and a body from them.
    private static final String[] WORDS = {"النفط", "الأسواق", "الانتخابات", "البرلمان", "الحكومة", "المدينة",
        "الغاز", "الطاقة", "المنتخب", "المباراة", "الاقتصاد", "الميزانية", "الوزير", "المعارضة", "السينما",
        "المهرجان", "الطلاب", "الجامعة", "المطر", "الطقس", "بالنفط", "والأسواق", "للحكومة", "وزراء", "أسعار",
        "ارتفعت", "انخفضت", "قال", "أعلن", "اليوم", "أمس", "تونس", "المغرب", "مصر", "الأردن"};
    private static final String[] SOURCES = {"الجزيرة", "العربية", "هسبريس", "الأهرام", "الشروق"};
    private static final String[] TAGS = {"اقتصاد", "سياسة", "رياضة", "ثقافة", "طقس"};

    static List<Article> corpus(long seed, int n) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = words(r, 3 + r.nextInt(5));
            List<String> body = new ArrayList<>();
            for (int p = 0, ps = 1 + r.nextInt(3); p < ps; p++) {
                body.add(words(r, 8 + r.nextInt(30)) + ".");
            }
            String published = r.nextInt(10) == 0 ? null
                    : String.format("2024-%02d-%02dT%02d:%02d:00+03:00", 1 + r.nextInt(12), 1 + r.nextInt(28),
                            r.nextInt(24), r.nextInt(60));
            List<String> tags = r.nextBoolean() ? List.of(TAGS[r.nextInt(TAGS.length)])
                    : List.of(TAGS[r.nextInt(TAGS.length)], TAGS[r.nextInt(TAGS.length)]);
            out.add(Article.builder().id(String.format("g%04d", i)).url("https://example.org/g/" + i).title(title)
                    .published(published).source(SOURCES[r.nextInt(SOURCES.length)]).language("ar")
                    .tags(tags.stream().distinct().toList()).body(body).build());
        }
        return out;
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static void saveAll(Archive a, List<Article> articles) {
        a.save(articles.stream().map(x -> new ArticleStore.Incoming(x, null)).toList());
        a.commit();
    }

    @Test
    void anEmbeddedArchiveMovesToSolrAndSearchesTheSame() {
        List<Article> articles = corpus(20261204L, 300);
        try (Archive embedded = Archive.open(dir, null)) {
            saveAll(embedded, articles);
        }
        List<Long> progress = new ArrayList<>();
        long moved;
        try (Archive embedded = Archive.open(dir, null)) {
            moved = embedded.reindexInto(SolrIndex.on(cluster, "moved"), progress::add);
        }
        assertThat(moved).isEqualTo(300);
        assertThat(progress).containsExactly(300L);

        Random r = new Random(7);
        try (Archive embedded = Archive.open(dir, null);
             Archive solr = Archive.open(dir, null, SolrIndex.on(cluster, "moved"))) {
            // The collection records the store it was built from: nothing to repair.
            assertThat(solr.repair()).isEqualTo(new Archive.Repair(false, 0));
            assertThat(solr.index().count()).isEqualTo(300);
            for (int i = 0; i < 40; i++) {
                SearchRequest q = randomRequest(r);
                SearchResults a = embedded.search(q);
                SearchResults b = solr.search(q);
                assertThat(b.total()).as("total of %s", q).isEqualTo(a.total());
                assertThat(ids(b)).as("hits of %s", q).isEqualTo(ids(a));
                assertThat(b.facets()).as("facets of %s", q).isEqualTo(a.facets());
                assertThat(b.hits()).extracting(SearchHit::snippet).as("snippets of %s", q)
                        .isEqualTo(a.hits().stream().map(SearchHit::snippet).toList());
                assertThat(b.hits()).extracting(SearchHit::highlights).as("highlights of %s", q)
                        .isEqualTo(a.hits().stream().map(SearchHit::highlights).toList());
            }
            // A new article through the Solr archive: stored once, found by both (the embedded one catches up).
            Article extra = Article.builder().id("x1").url("https://example.org/x1").title("زلزال يضرب الساحل")
                    .source("الجزيرة").language("ar").body(List.of("ضرب زلزال الساحل فجر اليوم.")).build();
            solr.save(extra, null);
            assertThat(ids(solr.search(SearchRequest.of("زلزال")))).containsExactly("x1");
            embedded.catchUp();
            assertThat(ids(embedded.search(SearchRequest.of("زلزال")))).containsExactly("x1");
        }
    }

    @Test
    void aCollectionBuiltFromAnotherStoreIsRebuiltOnOpen() {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        try (Archive a = Archive.open(first, null, SolrIndex.on(cluster, "shared"))) {
            saveAll(a, corpus(1, 20));
            assertThat(a.index().count()).isEqualTo(20);
        }
        try (Archive b = Archive.open(second, null, SolrIndex.on(cluster, "shared"))) {
            saveAll(b, corpus(2, 5));
        }
        try (Archive a = Archive.open(first, null, SolrIndex.on(cluster, "shared"))) {
            assertThat(a.repair().rebuilt()).isTrue();
            assertThat(a.index().count()).isEqualTo(20);
        }
    }

    @Test
    void aCollectionMadeBeforeTheEmbeddedIndexsLayoutChangeIsNotSentAgain() {
        try (Archive a = Archive.open(dir, null, SolrIndex.on(cluster, "older"))) {
            saveAll(a, corpus(3, 30));
        }
        // What a build before the embedded index's version 8 (its hit record alone) recorded on the collection.
        cluster.withNode(c -> c.request(org.apache.solr.client.solrj.request.CollectionAdminRequest
                .setCollectionProperty("older", "marsad.analysis_version", "7")));
        try (Archive a = Archive.open(dir, null, SolrIndex.on(cluster, "older"))) {
            assertThat(a.repair()).isEqualTo(new Archive.Repair(false, 0));
            assertThat(a.index().state().analysisVersion()).isEqualTo(7);
            assertThat(a.index().count()).isEqualTo(30);
        }
    }

    private static SearchRequest randomRequest(Random r) {
        String q = switch (r.nextInt(6)) {
            case 0 -> WORDS[r.nextInt(WORDS.length)];
            case 1 -> WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
            case 2 -> "\"" + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + "\"";
            case 3 -> WORDS[r.nextInt(WORDS.length)] + " OR " + WORDS[r.nextInt(WORDS.length)];
            case 4 -> WORDS[r.nextInt(WORDS.length)] + " -" + WORDS[r.nextInt(WORDS.length)];
            default -> "";
        };
        String source = r.nextInt(4) == 0 ? SOURCES[r.nextInt(SOURCES.length)] : null;
        String tag = r.nextInt(4) == 0 ? TAGS[r.nextInt(TAGS.length)] : null;
        java.time.LocalDate from = r.nextInt(4) == 0 ? java.time.LocalDate.of(2024, 1 + r.nextInt(6), 1) : null;
        SearchRequest.Sort sort = r.nextBoolean() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
        return new SearchRequest(q, source, tag, from, null, sort, 20, r.nextInt(3) == 0 ? 5 : 0);
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
