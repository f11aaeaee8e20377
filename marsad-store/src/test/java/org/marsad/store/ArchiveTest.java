package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResults.FacetCount;

class ArchiveTest {
    @TempDir
    Path dir;

    private static Article article(int i, String title, String body, String source, String published,
                                   String... tags) {
        return Article.builder().url("https://example.org/" + i).title(title).body(List.of(body)).source(source)
                .published(published).tags(List.of(tags)).language(i % 5 == 0 ? "en" : "ar")
                .author(i % 2 == 0 ? "سارة أحمد" : "محمد علي").build();
    }

    private static void fill(Archive archive) {
        archive.save(article(1, "بلينكن وغالانت يبحثان تطورات الحرب في غزة",
                "ناقش وزير الخارجية الأمريكي مع وزير الدفاع تطورات الحرب في غزة وجهود التهدئة.", "الجزيرة",
                "2023-12-24", "غزة", "الولايات المتحدة"), null);
        archive.save(article(2, "استئناف المفاوضات في القاهرة",
                "استؤنفت المفاوضات بشأن الهدنة في غزة بمشاركة وفود من مصر وقطر.", "الجزيرة نت",
                "2023-12-20T09:00:00+02:00", "غزة", "هدنة"), null);
        archive.save(article(3, "إيران تعلن موقفها", "أعلنت إيران موقفها من التصعيد في لبنان والمنطقة.",
                "العربية", "2023-11-05", "إيران"), null);
        archive.save(article(4, "أسعار اللبن ترتفع", "ارتفعت أسعار اللبن والحليب في الأسواق هذا الشهر.",
                "العربية", "2023-11-30", "اقتصاد"), null);
        archive.save(article(5, "Gaza talks resume", "Talks on a truce in Gaza resumed in Cairo.", "Reuters",
                "2023-12-21", "Gaza"), null);
        archive.save(article(6, "خبر بلا تاريخ عن غزة", "تقرير عن الأوضاع الإنسانية في غزة.", "الجزيرة", null),
                null);
        archive.commit();
    }

    private static SearchRequest query(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    private static List<String> urls(SearchResults r) {
        return r.hits().stream().map(SearchHit::url).toList();
    }

    // review18: a researcher's Hijri day was read as the Gregorian year 1445, so from: matched the whole archive and
    // to: nothing, without a word. A year from 1300 to 1600 is now a Hijri year; Arabic-Indic digits read too.
    @Test
    void hijriDaysBoundASearchAtTheirGregorianDays() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            // 1445-06-08 is 2023-12-21 and 1445-06-18 is 2023-12-31 (Umm al-Qura)
            assertThat(urls(a.search(query("غزة from:1445-06-08 to:1445-06-18")))).containsExactly(
                    "https://example.org/1");
            // 1445-05-16 is 2023-11-30
            assertThat(urls(a.search(query("from:١٤٤٥-٠٥-١٦ to:1445-05-16هـ")))).containsExactly(
                    "https://example.org/4");
        }
    }

    @Test
    void findsWithFiltersDatesAndOperators() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            assertThat(a.search(query("غزة")).total()).isEqualTo(3);
            assertThat(urls(a.search(query("غزة source:الجزيرة")))).containsExactlyInAnyOrder(
                    "https://example.org/1", "https://example.org/2", "https://example.org/6");
            assertThat(urls(a.search(query("غزة source:\"الجزيرة نت\"")))).containsExactly("https://example.org/2");
            assertThat(urls(a.search(query("tag:هدنة")))).containsExactly("https://example.org/2");
            assertThat(urls(a.search(query("غزة from:2023-12-21 to:2023-12-31")))).containsExactly(
                    "https://example.org/1");
            assertThat(urls(a.search(query("لبنان OR اللبن")))).containsExactlyInAnyOrder(
                    "https://example.org/3", "https://example.org/4");
            assertThat(urls(a.search(query("غزة -الحرب NOT الإنسانية")))).containsExactly("https://example.org/2");
            assertThat(urls(a.search(query("author:\"سارة أحمد\" غزة")))).containsExactlyInAnyOrder(
                    "https://example.org/2", "https://example.org/6");
            assertThat(urls(a.search(query("lang:en")))).containsExactly("https://example.org/5");
            assertThat(urls(a.search(query("gaza")))).containsExactly("https://example.org/5");
        }
    }

    @Test
    void requestFiltersCombineWithTheQuery() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            SearchRequest r = new SearchRequest("غزة", "الجزيرة", "غزة", LocalDate.of(2023, 12, 1), null,
                    SearchRequest.Sort.DATE, 10, 0);
            assertThat(urls(a.search(r))).containsExactly("https://example.org/1");
        }
    }

    @Test
    void sortsByDateNewestFirstWithUndatedLast() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            SearchRequest r = new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE, 10, 0);
            assertThat(urls(a.search(r))).containsExactly("https://example.org/1", "https://example.org/5",
                    "https://example.org/2", "https://example.org/4", "https://example.org/3",
                    "https://example.org/6");
            SearchRequest page = new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE, 2, 2);
            SearchResults p = a.search(page);
            assertThat(urls(p)).containsExactly("https://example.org/2", "https://example.org/4");
            assertThat(p.total()).isEqualTo(6);
        }
    }

    @Test
    void countsFacetsOverAllMatches() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            SearchRequest r = new SearchRequest("غزة", null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 0);
            SearchResults res = a.search(r);
            assertThat(res.hits()).hasSize(1);
            assertThat(res.total()).isEqualTo(3);
            assertThat(res.facets().get("source")).containsExactly(new FacetCount("الجزيرة", 2),
                    new FacetCount("الجزيرة نت", 1));
            assertThat(res.facets().get("month")).containsExactly(new FacetCount("2023-12", 2));
            // Article 6 lists no tags of its own: the one Marsad made from its headline's place counts too.
            assertThat(res.facets().get("tag")).contains(new FacetCount("غزة", 3), new FacetCount("هدنة", 1));
            assertThat(res.facets().get("place")).contains(new FacetCount("غزة", 3));
        }
    }

    @Test
    void snippetsMarkWhatTheQueryAsksForAndNothingItExcludes() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            // Article 1 has وزير (twice) but not المفاوضات: it matches, and only غزة is marked.
            SearchHit hit = a.search(query("غزة NOT (وزير المفاوضات)")).hits().stream()
                    .filter(h -> h.url().equals("https://example.org/1")).findFirst().orElseThrow();
            assertThat(marked(hit)).containsExactly("غزة");
            // An exact phrase marks its words where they stand together, not where they stand apart.
            SearchHit phrase = a.search(query("\"تطورات الحرب\"")).hits().get(0);
            assertThat(marked(phrase)).containsExactly("تطورات", "الحرب");
            // A filter alone asks for no words: the snippet is the body's lead, nothing marked.
            SearchHit filtered = a.search(query("source:العربية")).hits().get(0);
            assertThat(filtered.highlights()).isEmpty();
            assertThat(filtered.snippet()).isIn("أعلنت إيران موقفها من التصعيد في لبنان والمنطقة.",
                    "ارتفعت أسعار اللبن والحليب في الأسواق هذا الشهر.");
            assertThat(filtered.title()).isNotBlank();
        }
    }

    private static List<String> marked(SearchHit hit) {
        return hit.highlights().stream().map(s -> hit.snippet().substring(s.start(), s.end())).toList();
    }

    @Test
    void snippetsMarkTheMatchedWordsInAnyForm() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            SearchHit hit = a.search(query("مفاوضات")).hits().get(0);
            assertThat(hit.highlights()).isNotEmpty();
            assertThat(hit.highlights()).allSatisfy(s ->
                    assertThat(hit.snippet().substring(s.start(), s.end())).isEqualTo("المفاوضات"));
            assertThat(hit.title()).isEqualTo("استئناف المفاوضات في القاهرة");
            assertThat(hit.source()).isEqualTo("الجزيرة نت");
            assertThat(hit.published()).isEqualTo("2023-12-20T09:00:00+02:00");
            assertThat(hit.score()).isPositive();
        }
    }

    @Test
    void badQueriesFailWithAOneLineMessage() {
        try (Archive a = Archive.open(dir, null)) {
            assertThatThrownBy(() -> a.search(query("\"غزة"))).isInstanceOf(QuerySyntaxException.class);
        }
    }

    @Test
    void similarArticlesShareWordsAndExcludeTheArticleItself() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            String id = a.search(query("بلينكن")).hits().get(0).id();
            List<SearchHit> similar = a.similar(id, 3);
            assertThat(similar).isNotEmpty();
            assertThat(similar).extracting(SearchHit::id).doesNotContain(id);
            assertThat(similar.get(0).snippet()).contains("غزة");
            assertThat(a.similar("no-such-id", 3)).isEmpty();
        }
    }

    @Test
    void reindexGivesTheSameResults() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            List<String> queries = List.of("غزة", "المفاوضات", "إيران OR لبنان", "tag:غزة", "");
            List<SearchResults> before = queries.stream().map(q -> a.search(query(q))).toList();
            assertThat(a.reindex()).isEqualTo(6);
            List<SearchResults> after = queries.stream().map(q -> a.search(query(q))).toList();
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void anIndexThatMissesStoredArticlesCatchesUpOnOpen() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
        }
        // Articles stored while the index was not looking (another process, or a crash before the index commit).
        try (ArticleStore store = ArticleStore.openSqlite(dir.resolve(Archive.DB_FILE))) {
            store.upsert(article(7, "خبر جديد عن المفاوضات", "تفاصيل المفاوضات الجديدة.", "الجزيرة", "2023-12-25"),
                    null);
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair()).isEqualTo(new Archive.Repair(false, 1));
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(2);
            assertThat(a.index().count()).isEqualTo(a.store().count());
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair()).isEqualTo(new Archive.Repair(false, 0));
        }
    }

    @Test
    void anArticleStoredWithoutItsFiguresGetsThemOnTheNextOpen() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
        }
        // A store write that ended before the article's figures were found (a crash, or a Marsad before figures):
        // the article is stored after the last open's refresh, with no figures and no figure rows.
        String id;
        try (ArticleStore store = ArticleStore.openSqlite(dir.resolve(Archive.DB_FILE))) {
            id = store.upsert(article(9, "حصيلة جديدة", "ارتفعت حصيلة الشهداء إلى 150 شهيدا بحسب وزارة الصحة.",
                    "الجزيرة", "2023-12-26"), null).id();
            LostFigures.of(store, id);
            LostFigures.markNotMoved(store);
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.store().get(id).orElseThrow().figures()).isNotEmpty();
            assertThat(urls(a.search(query("figure:killed>100")))).containsExactly("https://example.org/9");
        }
    }

    @Test
    void anIndexMadeWithAnOlderAnalysisIsRebuiltOnOpenAndSaysWhy() throws IOException {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            a.save(article(8, "حصيلة جديدة", "ارتفعت حصيلة الشهداء إلى 150 شهيدا بحسب وزارة الصحة.", "الجزيرة",
                    "2023-12-26"), null);
            a.commit();
        }
        // What a Marsad before figure fields left behind: the same commit, labelled with analysis version 1.
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(
                dir.resolve(Archive.INDEX_DIR));
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            java.util.Map<String, String> data = new java.util.HashMap<>(
                    org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData());
            data.put("marsad.analysis_version", "1");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).isTrue();
            assertThat(a.repair().indexed()).isEqualTo(7);
            assertThat(a.repair().reason()).isEqualTo("it was made with analysis version 1; this Marsad uses "
                    + org.marsad.search.LuceneIndex.ANALYSIS_VERSION);
            assertThat(urls(a.search(query("figure:killed>100")))).containsExactly("https://example.org/8");
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair()).isEqualTo(new Archive.Repair(false, 0));
        }
    }

    @Test
    void anArchiveWhoseIndexKeptHitsInStoredFieldsIsRebuiltAndShowsThemAlike() throws IOException {
        java.util.Map<String, String> data;
        List<Article> stored;
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            stored = a.store().since(0, 100).stream().map(StoredArticle::article).toList();
        }
        Path index = dir.resolve(Archive.INDEX_DIR);
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index)) {
            data = new java.util.HashMap<>(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData());
        }
        data.put("marsad.analysis_version", "6");
        org.marsad.search.OldLayoutIndex.write(index, stored, data);
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().reason()).isEqualTo("it was made with analysis version 6; this Marsad uses "
                    + org.marsad.search.LuceneIndex.ANALYSIS_VERSION);
            SearchResults r = a.search(query("المفاوضات"));
            assertThat(urls(r)).containsExactly("https://example.org/2");
            SearchHit hit = r.hits().get(0);
            assertThat(hit.title()).isEqualTo("استئناف المفاوضات في القاهرة");
            assertThat(hit.source()).isEqualTo("الجزيرة نت");
            assertThat(hit.highlights()).isNotEmpty();
            assertThat(hit.snippet().substring(hit.highlights().get(0).start(), hit.highlights().get(0).end()))
                    .isEqualTo("المفاوضات");
            assertThat(a.similar(hit.id(), 3)).extracting(SearchHit::id).doesNotContain(hit.id());
        }
    }

    @Test
    void aLostOrForeignIndexIsRebuiltFromTheStore() throws IOException {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
        }
        deleteTree(dir.resolve(Archive.INDEX_DIR));
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().indexed()).isEqualTo(6);
            assertThat(a.search(query("غزة")).total()).isEqualTo(3);
        }
        // The same index in front of another store: rebuilt to match that store.
        Files.delete(dir.resolve(Archive.DB_FILE));
        Files.deleteIfExists(dir.resolve(Archive.DB_FILE + "-wal"));
        Files.deleteIfExists(dir.resolve(Archive.DB_FILE + "-shm"));
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).isTrue();
            assertThat(a.search(query("غزة")).total()).isZero();
        }
    }

    @Test
    void updatesReplaceTheIndexedVersion() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            Upserted u = a.save(article(3, "إيران تعلن موقفا جديدا", "نص جديد عن الاتفاق النووي.", "العربية",
                    "2023-11-05"), null);
            assertThat(u.change()).isEqualTo(Upserted.Change.UPDATED);
            assertThat(a.search(query("التصعيد")).total()).isZero();
            assertThat(a.search(query("النووي")).total()).isEqualTo(1);
            assertThat(a.index().count()).isEqualTo(6);
        }
    }

    @Test
    void aSecondOpenerWhileTheIndexIsHeldSearchesAndStoresAndTheHolderCatchesUp() {
        try (Archive holder = Archive.open(dir, null)) {
            fill(holder);
            try (Archive second = Archive.open(dir, null)) {
                assertThat(second.index().writable()).isFalse();
                assertThat(second.search(query("غزة")).total()).isEqualTo(3);
                second.save(article(8, "خبر من عملية أخرى عن غزة", "نص الخبر.", "الجزيرة", "2023-12-26"), null);
                assertThat(second.store().count()).isEqualTo(7);
            }
            assertThat(holder.catchUp()).isEqualTo(1);
            assertThat(holder.search(query("غزة")).total()).isEqualTo(4);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
