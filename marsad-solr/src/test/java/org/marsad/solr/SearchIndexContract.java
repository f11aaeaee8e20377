package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.Figure;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.search.EntityNames;
import org.marsad.search.FacetSet;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * What every {@link SearchIndex} must do, whichever implementation: one suite, run by a subclass per implementation
 * (embedded Lucene, SolrCloud). The articles are written for these tests.
 */
abstract class SearchIndexContract {

    /** An empty index of the implementation under test. */
    abstract SearchIndex emptyIndex();

    SearchIndex index;

    static final List<Article> ARTICLES = List.of(
            article("a1", "ارتفاع أسعار النفط في الأسواق العالمية", "2024-03-10T09:00:00+03:00", "الجزيرة",
                    List.of("اقتصاد", "نفط"),
                    "ارتفعت أسعار النفط اليوم بعد قرار خفض الإنتاج.",
                    "وقال محللون إن الأسواق تترقب اجتماع المنتجين الشهر المقبل."),
            article("a2", "الانتخابات البلدية في تونس", "2024-03-12", "العربية", List.of("سياسة"),
                    "بدأ التصويت في الانتخابات البلدية صباح اليوم في كل الولايات.",
                    "وتوقعت الهيئة مشاركة أعلى من الدورة السابقة."),
            article("a3", "شركات الطاقة تراهن على الغاز", "2024-02-28T18:30:00+01:00", "الجزيرة",
                    List.of("اقتصاد"),
                    "تتجه شركات الطاقة إلى الغاز بعد تقلب أسعار النفط في الأسواق.",
                    "ويرى خبراء أن الطلب على الغاز سيزيد."),
            article("a4", "منتخب المغرب يفوز في المباراة الودية", "2024-03-11T21:00:00+00:00", "هسبريس",
                    List.of("رياضة"),
                    "فاز منتخب المغرب على ضيفه بهدفين في مباراة ودية.",
                    "وسجل المهاجم الهدف الثاني في الدقيقة الأخيرة."),
            article("a5", "وزير المالية يعرض الميزانية", null, "العربية", List.of("اقتصاد", "سياسة"),
                    "عرض وزير المالية مشروع الميزانية على البرلمان، متوقعا عجزا أقل بفضل عائدات بالنفط.",
                    "وانتقد نواب المعارضة تقديرات النمو."),
            article("a6", "مهرجان السينما يفتتح دورته", "2024-01-05", "هسبريس", List.of("ثقافة"),
                    "افتتح مهرجان السينما دورته الجديدة بعرض فيلم قصير.",
                    "وحضر الافتتاح عدد من الفنانين."));

    static Article article(String id, String title, String published, String source, List<String> tags,
                           String... body) {
        return Article.builder().id(id).url("https://example.org/" + id).title(title).published(published)
                .source(source).language("ar").tags(tags).body(List.of(body)).build();
    }

    @BeforeEach
    void fill() {
        index = emptyIndex();
        for (Article a : ARTICLES) {
            index.put(a);
        }
        index.refresh();
    }

    static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    static SearchRequest request(String q, SearchRequest.Sort sort, int limit, int offset) {
        return new SearchRequest(q, null, null, null, null, sort, limit, offset);
    }

    @Test
    void figureBoundsFindTheArticlesReportingThem() {
        // Figures as the extraction gives them: a count, "more than 100" (just past 100), a fraction, a range.
        index.put(ARTICLES.get(0).withId("f150").withUrl("https://example.org/f150")
                .withFigures(List.of(figure(Category.KILLED, "150", null, null))));
        index.put(ARTICLES.get(0).withId("f100").withUrl("https://example.org/f100")
                .withFigures(List.of(figure(Category.KILLED, "100", null, null))));
        index.put(ARTICLES.get(0).withId("fmore").withUrl("https://example.org/fmore")
                .withFigures(List.of(figure(Category.KILLED, "100", null, Comparison.MORE_THAN))));
        index.put(ARTICLES.get(0).withId("fpct").withUrl("https://example.org/fpct")
                .withFigures(List.of(figure(Category.PERCENT, "2.5", null, null),
                        figure(Category.DISPLACED, "30000", "40000", null))));
        index.refresh();
        java.util.function.Function<String, List<String>> found = q -> ids(index.search(SearchRequest.of(q)))
                .stream().sorted().toList();
        assertThat(found.apply("figure:killed>100")).containsExactly("f150", "fmore");
        assertThat(found.apply("figure:killed>=100")).containsExactly("f100", "f150", "fmore");
        assertThat(found.apply("figure:killed=100")).containsExactly("f100");
        assertThat(found.apply("figure:percent>2")).containsExactly("fpct");
        assertThat(found.apply("figure:percent<2.6")).containsExactly("fpct");
        assertThat(found.apply("figure:displaced>=40000")).containsExactly("fpct");
        assertThat(found.apply("figure:displaced>40000")).isEmpty();
    }

    static Figure figure(Category category, String value, String max, Comparison comparison) {
        return new Figure("رقم", 0, 3, new java.math.BigDecimal(value), max == null ? null : new java.math.BigDecimal(max),
                false, comparison, null, category, null, null, null, null);
    }

    @Test
    void formCountsCountArticlesOnceAndOnlyLiveOnes() throws Exception {
        // Saved searches take the forms search takes by these counts (OtherForms' clitic rule): النفط's stem stands in
        // a1's title and body, a3's body and a5's (بالنفط): three articles, not four.
        String stem = stemmed("النفط");
        org.marsad.search.FormCounts counts = index.formCounts();
        assertThat(counts.articles(stem, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(counts.atLeast(stem)).isLessThanOrEqualTo(3);
        assertThat(counts.atMost(stem)).isGreaterThanOrEqualTo(3);
        // a corrected version replaces the article: its old version is not counted until a merge drops it
        index.put(ARTICLES.get(0).withPublished("2024-03-10T10:00:00+03:00"));
        index.refresh();
        assertThat(index.formCounts().articles(stem, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(index.formCounts().articles(stemmed("كلمةغائبة"), Long.MAX_VALUE)).isZero();
    }

    /** The one term the stemmed fields index for {@code word}. */
    private static String stemmed(String word) throws java.io.IOException {
        var analyzer = org.marsad.search.analysis.MarsadAnalyzer.forSearch(
                org.marsad.search.analysis.MarsadAnalyzer.Mode.STEMMED);
        try (var stream = analyzer.tokenStream("f", word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            assertThat(stream.incrementToken()).isTrue();
            String out = term.toString();
            stream.end();
            return out;
        }
    }

    @Test
    void countsWhatWasPut() {
        assertThat(index.count()).isEqualTo(ARTICLES.size());
        assertThat(index.writable()).isTrue();
    }

    @Test
    void aWordFindsItsFormsAndATitleMatchRanksFirst() {
        // "النفط" is in a1's title and body, a3's body, and a5's body as "بالنفط" (a proclitic).
        SearchResults r = index.search(SearchRequest.of("النفط"));
        assertThat(r.total()).isEqualTo(3);
        assertThat(ids(r)).containsExactlyInAnyOrder("a1", "a3", "a5");
        assertThat(ids(r).get(0)).isEqualTo("a1");
        assertThat(r.hits().get(0).title()).isEqualTo("ارتفاع أسعار النفط في الأسواق العالمية");
        assertThat(r.hits().get(0).source()).isEqualTo("الجزيرة");
        assertThat(r.hits().get(0).url()).isEqualTo("https://example.org/a1");
        assertThat(r.hits().get(0).published()).isEqualTo("2024-03-10T09:00:00+03:00");
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        SearchResults r = index.search(SearchRequest.of("الانتخابات"));
        assertThat(ids(r)).containsExactly("a2");
        SearchHit h = r.hits().get(0);
        assertThat(h.snippet()).contains("بدأ التصويت في الانتخابات البلدية");
        assertThat(h.highlights()).isNotEmpty();
        for (SearchHit.Span s : h.highlights()) {
            assertThat(h.snippet().substring(s.start(), s.end())).isEqualTo("الانتخابات");
        }
    }

    @Test
    void filtersBySourceTagAndDays() {
        SearchRequest bySource = new SearchRequest("", "الجزيرة", null, null, null, SearchRequest.Sort.DATE, 10, 0);
        assertThat(ids(index.search(bySource))).containsExactly("a1", "a3");
        SearchRequest byTag = new SearchRequest("", null, "سياسة", null, null, SearchRequest.Sort.DATE, 10, 0);
        assertThat(ids(index.search(byTag))).containsExactly("a2", "a5");
        SearchRequest byDays = new SearchRequest("", null, null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 11),
                SearchRequest.Sort.DATE, 10, 0);
        assertThat(ids(index.search(byDays))).containsExactly("a4", "a1");
        // The query language's own filters combine with the words.
        assertThat(ids(index.search(SearchRequest.of("الأسواق tag:اقتصاد source:الجزيرة"))))
                .containsExactlyInAnyOrder("a1", "a3");
        assertThat(index.search(SearchRequest.of("النفط -tag:نفط")).total()).isEqualTo(2);
    }

    @Test
    void dateOrderIsNewestFirstWithUndatedLast() {
        SearchResults r = index.search(request("", SearchRequest.Sort.DATE, 10, 0));
        assertThat(ids(r)).containsExactly("a2", "a4", "a1", "a3", "a6", "a5");
    }

    @Test
    void oldestFirstIsTheDateOrderReversedWithUndatedStillLast() {
        SearchResults r = index.search(request("", SearchRequest.Sort.OLDEST, 10, 0));
        assertThat(ids(r)).containsExactly("a6", "a3", "a1", "a4", "a2", "a5");
    }

    @Test
    void facetsCountEveryMatchMostFrequentFirst() {
        SearchResults r = index.search(request("", SearchRequest.Sort.RELEVANCE, 1, 0));
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.hits()).hasSize(1);
        Map<String, List<SearchResults.FacetCount>> f = r.facets();
        assertThat(f.keySet()).containsExactly("source", "tag", "month", "person", "place", "org", "date", "hour");
        assertThat(f.get("person")).isEmpty();
        // Equal counts: in the values' order.
        assertThat(f.get("source")).containsExactly(new SearchResults.FacetCount("الجزيرة", 2),
                new SearchResults.FacetCount("العربية", 2), new SearchResults.FacetCount("هسبريس", 2));
        assertThat(f.get("tag").get(0)).isEqualTo(new SearchResults.FacetCount("اقتصاد", 3));
        assertThat(f.get("tag")).contains(new SearchResults.FacetCount("سياسة", 2),
                new SearchResults.FacetCount("ثقافة", 1));
        assertThat(f.get("month")).containsExactly(new SearchResults.FacetCount("2024-03", 3),
                new SearchResults.FacetCount("2024-01", 1), new SearchResults.FacetCount("2024-02", 1));

        // Facets follow the query.
        Map<String, List<SearchResults.FacetCount>> oil = index.search(SearchRequest.of("النفط")).facets();
        assertThat(oil.get("source")).containsExactly(new SearchResults.FacetCount("الجزيرة", 2),
                new SearchResults.FacetCount("العربية", 1));
    }

    @Test
    void theDayFacetHasEveryMatchedDayOldestFirst() {
        // Every day, not the ten busiest: the search page's coverage chart is drawn from it.
        assertThat(index.search(request("", SearchRequest.Sort.RELEVANCE, 1, 0)).facets().get("date")).containsExactly(
                new SearchResults.FacetCount("2024-01-05", 1), new SearchResults.FacetCount("2024-02-28", 1),
                new SearchResults.FacetCount("2024-03-10", 1), new SearchResults.FacetCount("2024-03-11", 1),
                new SearchResults.FacetCount("2024-03-12", 1));
        // It follows the query: a5 (undated) matches too and is in no day.
        assertThat(index.search(SearchRequest.of("النفط")).facets().get("date")).containsExactly(
                new SearchResults.FacetCount("2024-02-28", 1), new SearchResults.FacetCount("2024-03-10", 1));
    }

    @Test
    void hoursAreCountedOnlyWhenTheMatchedDaysSpanThreeDaysAtMost() {
        // Over two months: no hours (the list would hold every hour of the archive).
        assertThat(index.search(SearchRequest.of("")).facets().get("hour")).isEmpty();
        assertThat(index.search(SearchRequest.of("النفط")).facets().get("hour")).isEmpty();
        // 10–12 March: the UTC hours of the articles with a time (a1 09:00+03:00, a4 21:00Z); a2 has a day only.
        SearchRequest threeDays = new SearchRequest("", null, null, LocalDate.of(2024, 3, 10),
                LocalDate.of(2024, 3, 12), SearchRequest.Sort.DATE, 10, 0);
        Map<String, List<SearchResults.FacetCount>> f = index.search(threeDays).facets();
        assertThat(f.get("date")).extracting(SearchResults.FacetCount::value)
                .containsExactly("2024-03-10", "2024-03-11", "2024-03-12");
        assertThat(f.get("hour")).containsExactly(new SearchResults.FacetCount("2024-03-10T06", 1),
                new SearchResults.FacetCount("2024-03-11T21", 1));
        // A wider range asked for, the same matched days: still hours (the span is the matches', not the filter's).
        SearchRequest fourDays = new SearchRequest("", null, null, LocalDate.of(2024, 3, 9),
                LocalDate.of(2024, 3, 12), SearchRequest.Sort.DATE, 10, 0);
        assertThat(index.search(fourDays).facets().get("hour")).isNotEmpty();
        SearchRequest oldAndNew = new SearchRequest("tag:اقتصاد", null, null, null, null, SearchRequest.Sort.DATE,
                10, 0);
        assertThat(index.search(oldAndNew).facets().get("hour")).isEmpty();
    }

    @Test
    void onlyTheFacetsAskedForAreCountedWithTheSameHitsAndValues() {
        SearchRequest threeDays = new SearchRequest("", null, null, LocalDate.of(2024, 3, 10),
                LocalDate.of(2024, 3, 12), SearchRequest.Sort.DATE, 2, 0);
        for (SearchRequest r : List.of(threeDays, SearchRequest.of("النفط"), request("", SearchRequest.Sort.DATE, 3, 1))) {
            SearchResults all = index.search(r);
            assertThat(index.search(r, FacetSet.ALL)).isEqualTo(all);
            // A feed: no facets, the same page of hits.
            SearchResults none = index.search(r, FacetSet.NONE);
            assertThat(none.facets()).isEmpty();
            assertThat(none.total()).isEqualTo(all.total());
            assertThat(none.hits()).isEqualTo(all.hits());
            // The front page's two lists: those only, with the values every facet's search gives.
            SearchResults lists = index.search(r, FacetSet.of("source", "tag"));
            assertThat(lists.facets()).containsOnlyKeys("source", "tag");
            assertThat(lists.facets().get("source")).isEqualTo(all.facets().get("source"));
            assertThat(lists.facets().get("tag")).isEqualTo(all.facets().get("tag"));
            assertThat(lists.hits()).isEqualTo(all.hits());
            // Days and hours without the top lists.
            SearchResults chart = index.search(r, FacetSet.of("date", "hour"));
            assertThat(chart.facets()).containsOnlyKeys("date", "hour");
            assertThat(chart.facets().get("date")).isEqualTo(all.facets().get("date"));
            assertThat(chart.facets().get("hour")).isEqualTo(all.facets().get("hour"));
        }
        assertThat(index.search(threeDays, FacetSet.of("date", "hour")).facets().get("hour")).isNotEmpty();
        assertThatThrownBy(() -> FacetSet.of("hour")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FacetSet.of("colour")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAndMatchingIdsFollowTheOrder() {
        List<String> all = ids(index.search(request("", SearchRequest.Sort.DATE, 10, 0)));
        assertThat(ids(index.search(request("", SearchRequest.Sort.DATE, 2, 2)))).isEqualTo(all.subList(2, 4));
        assertThat(index.matchingIds(request("", SearchRequest.Sort.DATE, 1, 3))).isEqualTo(all);
        List<String> oil = ids(index.search(SearchRequest.of("النفط")));
        assertThat(index.matchingIds(SearchRequest.of("النفط"))).isEqualTo(oil);
    }

    /**
     * Ties: five articles with one text at one time (equal scores, equal dates), put in an order that is neither
     * their ids' nor its reverse, so an index's insertion order cannot pass for the id order. Ids compare as
     * strings ("t12" before "t2"), as both indexes sort them.
     */
    static final List<String> TIED = List.of("t5", "t12", "t1", "t30", "t2");

    static final List<String> TIED_BY_ID = List.of("t1", "t12", "t2", "t30", "t5");

    void putTies() {
        String at = "2024-04-20T10:00:00+03:00";
        for (String id : TIED) {
            index.put(article(id, "قمة المناخ في الرياض", at, "الجزيرة", List.of("بيئة"),
                    "اجتمع القادة في قمة المناخ لبحث خفض الانبعاثات."));
        }
        // Same time, a higher score (the word twice more), and an id that would sort first.
        index.put(article("t0", "المناخ يتغير: قمة المناخ في الرياض", at, "العربية", List.of("بيئة"),
                "اجتمع القادة في قمة المناخ لبحث المناخ وخفض الانبعاثات."));
        // Later, and a lower score (the word once, in a longer body).
        index.put(article("t9", "مؤتمر في الرياض", "2024-04-21T08:00:00+03:00", "هسبريس", List.of("بيئة"),
                "اجتمع الوزراء في مؤتمر طويل لبحث ملفات كثيرة منها الطاقة والمياه والنقل والمناخ والزراعة."));
        index.refresh();
    }

    @Test
    void equalScoresAreOrderedById() {
        putTies();
        List<String> expected = new java.util.ArrayList<>(List.of("t0"));
        expected.addAll(TIED_BY_ID);
        expected.add("t9");
        SearchRequest climate = request("المناخ", SearchRequest.Sort.RELEVANCE, 10, 0);
        SearchResults r = index.search(climate);
        assertThat(ids(r)).containsExactlyElementsOf(expected);
        // Really tied: one score for the five.
        assertThat(r.hits().subList(1, 6)).extracting(SearchHit::score).containsOnly(r.hits().get(1).score());
        assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
        assertThat(index.matchingIds(climate)).containsExactlyElementsOf(expected);
        assertThat(pages(climate, 2)).containsExactlyElementsOf(expected);
        // Similar articles: the four twins of t5 tie, and come in the order of their ids.
        assertThat(index.similar("t5", 10)).extracting(SearchHit::id).filteredOn(TIED::contains)
                .containsExactly("t1", "t12", "t2", "t30");
    }

    @Test
    void equalTimesAreOrderedByScoreThenId() {
        putTies();
        // The words: t9 is newest; at the shared time t0 scores higher, then the five twins by id.
        List<String> words = new java.util.ArrayList<>(List.of("t9", "t0"));
        words.addAll(TIED_BY_ID);
        SearchRequest climate = request("المناخ", SearchRequest.Sort.DATE, 10, 0);
        assertThat(ids(index.search(climate))).containsExactlyElementsOf(words);
        assertThat(index.matchingIds(climate)).containsExactlyElementsOf(words);
        assertThat(pages(climate, 3)).containsExactlyElementsOf(words);
        // No words: every score is equal, so at the shared time the id alone decides, t0 among the twins.
        List<String> all = new java.util.ArrayList<>(List.of("t9"));
        all.addAll(List.of("t0", "t1", "t12", "t2", "t30", "t5"));
        SearchRequest byTag = new SearchRequest("", null, "بيئة", null, null, SearchRequest.Sort.DATE, 10, 0);
        assertThat(ids(index.search(byTag))).containsExactlyElementsOf(all);
        assertThat(index.matchingIds(byTag)).containsExactlyElementsOf(all);
        assertThat(pages(byTag, 2)).containsExactlyElementsOf(all);
    }

    /**
     * The matches among a few ids come in the order they have among every match, ties included (by relevance, by
     * date, by oldest, and without words), and ids that do not match or are not indexed are left out.
     */
    @Test
    void matchingAmongFewIdsKeepsTheirOrderAmongEveryMatch() {
        putTies();
        java.util.Random rnd = new java.util.Random(29);
        for (SearchRequest r : List.of(request("المناخ", SearchRequest.Sort.RELEVANCE, 10, 0),
                request("المناخ", SearchRequest.Sort.DATE, 10, 0), request("المناخ", SearchRequest.Sort.OLDEST, 1, 0),
                request("", SearchRequest.Sort.DATE, 10, 0), SearchRequest.of("النفط"))) {
            List<String> every = index.matchingIds(r);
            List<String> candidates = new java.util.ArrayList<>(ids(index.search(request("", SearchRequest.Sort.DATE,
                    100, 0))));
            candidates.add("not-indexed");
            for (int trial = 0; trial < 20; trial++) {
                java.util.Collections.shuffle(candidates, rnd);
                java.util.Set<String> asked = new java.util.HashSet<>(candidates.subList(0, 1 + rnd.nextInt(
                        candidates.size())));
                assertThat(index.matchingAmong(r, asked)).as("%s among %s", r, asked)
                        .containsExactlyElementsOf(every.stream().filter(asked::contains).toList());
            }
        }
        assertThat(index.matchingAmong(SearchRequest.of("المناخ"), List.of())).isEmpty();
    }

    /** Every hit of the request, read page by page. */
    List<String> pages(SearchRequest request, int size) {
        List<String> out = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<String> page = ids(index.search(new SearchRequest(request.query(), request.source(), request.tag(),
                    request.from(), request.to(), request.sort(), size, offset)));
            if (page.isEmpty()) {
                return out;
            }
            out.addAll(page);
        }
    }

    @Test
    void similarArticlesShareWordsAndExcludeTheArticle() {
        List<SearchHit> like = index.similar("a1", 3);
        assertThat(like).isNotEmpty();
        assertThat(like.get(0).id()).isEqualTo("a3");
        assertThat(like).extracting(SearchHit::id).doesNotContain("a1");
        assertThat(like.get(0).snippet()).startsWith("تتجه شركات الطاقة");
        assertThat(index.similar("no-such-article", 3)).isEmpty();
    }

    @Test
    void putReplacesAndDeleteRemoves() {
        Article changed = article("a4", "منتخب المغرب يتعادل", "2024-03-11T21:00:00+00:00", "هسبريس",
                List.of("رياضة"), "تعادل منتخب المغرب مع ضيفه.");
        index.put(changed);
        index.refresh();
        assertThat(index.count()).isEqualTo(6);
        assertThat(ids(index.search(SearchRequest.of("يتعادل")))).containsExactly("a4");
        assertThat(index.search(SearchRequest.of("المهاجم")).total()).isZero();

        index.delete("a4");
        index.refresh();
        assertThat(index.count()).isEqualTo(5);
        assertThat(index.search(SearchRequest.of("منتخب")).total()).isZero();

        index.clear();
        index.refresh();
        assertThat(index.count()).isZero();
        assertThat(index.search(SearchRequest.of("النفط")).total()).isZero();
    }

    @Test
    void commitRecordsTheStoreState() {
        index.commit("store-1", 42);
        assertThat(index.state()).isEqualTo(new SearchIndex.IndexState("store-1", 42, index.analysisVersion()));
        index.commit("store-1", 43);
        assertThat(index.state().storeSeq()).isEqualTo(43);
    }

    /**
     * Entity filters and name variants, with the archive's names as a store would give them: غوتيريش and جوتيريس
     * are one person (p2) only because the names say so; جالانت is a known variant of غالانت.
     */
    @Test
    void entityFiltersAndNameVariantsUseTheArchivesNames() {
        ArticleEntity gallant = new ArticleEntity("p1", "يوآف غالانت", "PER", 2, List.of("يوآف غالانت", "غالانت"));
        ArticleEntity guterres = new ArticleEntity("p2", "أنطونيو غوتيريش", "PER", 1, List.of("أنطونيو غوتيريش"));
        ArticleEntity guterres2 = new ArticleEntity("p2", "أنطونيو غوتيريش", "PER", 1, List.of("أنطونيو جوتيريس"));
        ArticleEntity lebanon = new ArticleEntity("l1", "لبنان", "LOC", 1, List.of("لبنان"));
        index.put(article("e1", "غالانت يزور الحدود", "2024-04-01", "الجزيرة", List.of("سياسة"),
                "قال وزير الدفاع يوآف غالانت إن الجيش مستعد.", "وأضاف غالانت أن الزيارة قصيرة.")
                .withEntities(List.of(gallant), List.of()));
        index.put(article("e2", "الأمين العام يدعو إلى التهدئة", "2024-04-02", "العربية", List.of("سياسة"),
                "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.")
                .withEntities(List.of(guterres, lebanon), List.of()));
        index.put(article("e3", "بيان من نيويورك", "2024-04-03", "هسبريس", List.of("سياسة"),
                "أصدر أنطونيو جوتيريس بيانا جديدا.")
                .withEntities(List.of(guterres2), List.of()));
        index.refresh();
        EntityNames names = new EntityNames() {
            @Override
            public java.util.Set<String> ids(String type, String name) {
                return type.equals("PER") && (name.contains("غوتيريش") || name.contains("جوتيريس"))
                        ? java.util.Set.of("p2") : java.util.Set.of();
            }

            @Override
            public List<String> variants(String word) {
                return word.equals("جالانت") ? List.of("غالانت") : List.of();
            }
        };

        // Without the archive's names: only the spellings each article carries.
        index.entityNames(EntityNames.NONE);
        assertThat(ids(index.search(SearchRequest.of("person:جوتيريس")))).containsExactly("e3");
        assertThat(index.search(SearchRequest.of("جالانت")).total()).isZero();

        index.entityNames(names);
        assertThat(ids(index.search(SearchRequest.of("person:غالانت")))).containsExactly("e1");
        assertThat(index.search(SearchRequest.of("place:غالانت")).total()).isZero();
        assertThat(ids(index.search(SearchRequest.of("place:لبنان")))).containsExactly("e2");
        assertThat(ids(index.search(SearchRequest.of("person:جوتيريس")))).containsExactlyInAnyOrder("e2", "e3");
        assertThat(ids(index.search(SearchRequest.of("person:غوتيريش")))).containsExactlyInAnyOrder("e2", "e3");
        assertThat(ids(index.search(SearchRequest.of("person:\"أنطونيو جوتيريس\" -source:هسبريس"))))
                .containsExactly("e2");
        assertThat(ids(index.search(SearchRequest.of("جالانت")))).containsExactly("e1");
        assertThat(index.matchingIds(request("person:جوتيريس", SearchRequest.Sort.DATE, 1, 0)))
                .containsExactly("e3", "e2");
        Map<String, List<SearchResults.FacetCount>> f = index.search(SearchRequest.of("tag:سياسة")).facets();
        assertThat(f.get("person")).contains(new SearchResults.FacetCount("أنطونيو غوتيريش", 2));
        assertThat(f.get("place")).containsExactly(new SearchResults.FacetCount("لبنان", 1));
    }

    @Test
    void aBadQueryFailsWithTheQueryLanguagesMessage() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("(النفط")))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("bad query: "));
    }
}
