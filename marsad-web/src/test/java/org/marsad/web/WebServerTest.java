package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.web.view.Urls;
import org.w3c.dom.NodeList;

/** Every route over HTTP, against a real server on a random loopback port. */
class WebServerTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static TestSite site;
    static WebServer server;

    @BeforeAll
    static void start(@TempDir Path data) throws IOException {
        site = TestSite.start(data);
        server = site.server;
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String type(HttpResponse<?> r) {
        // Jetty writes "text/html;charset=utf-8"; compare without the optional space
        return r.headers().firstValue("content-type").orElse("").replace(" ", "");
    }

    static Document html(HttpResponse<String> r) {
        assertThat(type(r)).isEqualToIgnoringCase("text/html;charset=utf-8");
        assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'none'");
        assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(d.select("script")).isEmpty();
        return d;
    }

    @Test
    void frontPageListsLatestArticlesWithOutletAndRelativeTime() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = html(r);
        List<String> titles = d.select("ol.hits h3 a").eachText();
        assertThat(titles.get(0)).isEqualTo("مجلس الأمن يعقد جلسة حاسمة حول الصحراء");
        assertThat(titles).contains("بلينكن وغالانت يبحثان تطورات الحرب في غزة");
        Element first = d.selectFirst("li.hit");
        assertThat(first.select(".outlet").text()).isEqualTo("زنقة20");
        // 08:30 UTC seen at 12:00: 3 h 30, rounded to the nearest hour
        assertThat(first.select("time").text()).isEqualTo("منذ 4 ساعات");
        // today's news says at what time, in the outlet's own offset; older news gives its day only
        assertThat(first.select(".hour").text()).isEqualTo("الساعة 09:30 UTC+01:00");
        assertThat(d.select("li.hit .hour")).hasSize(1);
        // review18: older news is listed by its day, not "منذ سنة" (the hover title was the only place it showed)
        Element gaza = d.select("li.hit").stream()
                .filter(li -> li.select("h3 a").text().equals("بلينكن وغالانت يبحثان تطورات الحرب في غزة"))
                .findFirst().orElseThrow();
        assertThat(gaza.select("time").text()).isEqualTo("24 ديسمبر 2023");
        assertThat(gaza.select("time").attr("datetime")).isEqualTo("2023-12-24");
        assertThat(d.select("aside a").eachText()).contains("الخليج الجديد", "غزة");
        assertThat(d.text()).contains("4 مقالات");
    }

    @Test
    void anEmptyArchiveExplainsHowToFollowSourcesAndServe(@TempDir Path dir) throws Exception {
        try (TestSite empty = TestSite.start(dir, new String[0])) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(empty.server.uri()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document d = html(r);
            assertThat(d.select(".empty code").eachText()).anyMatch(c -> c.startsWith("marsad sources add"))
                    .anyMatch(c -> c.startsWith("marsad serve")).anyMatch(c -> c.startsWith("marsad sources discover"))
                    .anyMatch(c -> c.startsWith("marsad ingest"));
            // The followed-sources page gives the same commands, naming the data directory (the demo's is not the
            // default one: a command without --data would add the source elsewhere).
            Document sources = html(HTTP.send(HttpRequest.newBuilder(empty.server.uri().resolve("/sources")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            assertThat(sources.select(".empty code").eachText()).isNotEmpty()
                    .allMatch(c -> c.contains(" --data DIR "))
                    .anyMatch(c -> c.startsWith("marsad sources add")).anyMatch(c -> c.startsWith("marsad sources import"));
        }
    }

    @Test
    void theFrontPageGoesBackThirtyArticlesAPage(@TempDir Path dir) throws Exception {
        String[] words = {"الحكومة", "البرلمان", "الاقتصاد", "المدينة", "الطريق", "المستشفى", "المدرسة", "الميناء",
                "الكهرباء", "المياه", "الزراعة", "السياحة", "الجامعة", "المطار", "السوق", "الشركة", "الملعب", "النهر",
                "الجبل", "القرية", "الوزير", "المحافظ", "الرئيس", "السفير", "القاضي", "الطبيب", "المعلم", "الفلاح"};
        java.util.Random random = new java.util.Random(17);
        try (TestSite big = TestSite.start(dir, new String[0])) {
            for (int i = 0; i < 65; i++) {
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < 30; w++) {
                    body.append(words[random.nextInt(words.length)]).append(' ');
                }
                big.archive.save(Article.builder().url("https://example.org/n/" + i).title("الخبر رقم " + i)
                        .body(List.of(body.toString().strip() + " " + i)).source("مصدر")
                        .published(java.time.LocalDate.of(2025, 1, 1).plusDays(i).toString()).language("ar").build(),
                        null);
            }
            big.archive.commit();
            java.util.function.Function<String, Document> page = path -> {
                try {
                    return html(HTTP.send(HttpRequest.newBuilder(big.server.uri().resolve(path)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            };
            Document first = page.apply("/");
            assertThat(first.select("ol.hits > li.hit")).hasSize(30);
            assertThat(first.select("ol.hits h3 a").first().text()).isEqualTo("الخبر رقم 64");
            assertThat(first.select(".pager span").text()).isEqualTo("الصفحة 1 من 3");
            assertThat(first.select(".pager a[rel=prev]")).isEmpty();
            String more = first.select(".pager a[rel=next]").attr("href");
            assertThat(more).isEqualTo("/?page=2");
            Document second = page.apply(more);
            assertThat(second.select("ol.hits h3 a").eachText()).hasSize(30).startsWith("الخبر رقم 34")
                    .doesNotContainAnyElementsOf(first.select("ol.hits h3 a").eachText());
            assertThat(second.select("section.stories")).isEmpty();
            assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/");
            Document third = page.apply(second.select(".pager a[rel=next]").attr("href"));
            assertThat(third.select("ol.hits h3 a").eachText()).containsExactly("الخبر رقم 4", "الخبر رقم 3",
                    "الخبر رقم 2", "الخبر رقم 1", "الخبر رقم 0");
            assertThat(third.select(".pager a[rel=next]")).isEmpty();
            HttpResponse<String> past = HTTP.send(HttpRequest.newBuilder(big.server.uri().resolve("/?page=4")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(past.statusCode()).isEqualTo(404);
            assertThat(html(past).select("section.error p:not(.code)").first().text())
                    .isEqualTo("لا مزيد من الأخبار: آخر صفحة هي الصفحة 3.");
            assertThat(HTTP.send(HttpRequest.newBuilder(big.server.uri().resolve("/?page=x")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void articlePageShowsEverything() throws Exception {
        HttpResponse<String> r = get("/article/gaza-1");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = html(r);
        assertThat(d.select("h1").text()).isEqualTo("بلينكن وغالانت يبحثان تطورات الحرب في غزة");
        assertThat(d.select(".kicker a").attr("href")).isEqualTo(Urls.source("الخليج الجديد"));
        assertThat(d.select("article .meta time").text()).isEqualTo("الأحد 24 ديسمبر 2023");
        assertThat(d.select("article .meta .hijri").text()).isEqualTo("11 جمادى الآخرة 1445 هـ");
        assertThat(d.select("article .meta .hour")).as("a day without a time has no hour").isEmpty();
        assertThat(d.select(".body p")).hasSize(2);
        assertThat(d.select(".tags a").eachAttr("href")).contains("/tag/" + Urls.segment("حرب غزة"));
        // the page lists tags of its own: they are shown as the page's, and Marsad makes none
        assertThat(d.select("section.page-tags h2").text()).isEqualTo("وسوم الصفحة");
        assertThat(d.select("section.auto-tags")).isEmpty();
        assertThat(d.select(".related a").attr("href")).isEqualTo("https://example.org/news/galant");
        // a "read also" item Marsad has stored links to Marsad's own page of it
        assertThat(d.select(".related a").eachAttr("href")).containsExactly("https://example.org/news/galant",
                "/article/sahara-1");
        assertThat(d.select(".related a.stored").attr("rel")).isEmpty();
        assertThat(d.select(".similar h3 a").eachText()).contains("مجلس الأمن يصوت على قرار المساعدات إلى غزة");
        assertThat(d.select(".original a").attr("href")).isEqualTo("https://example.org/news/gaza-1");
    }

    @Test
    void theSearchBoxLinksToAnArabicHelpPageWhoseExamplesAllRun() throws Exception {
        Document front = html(get("/"));
        assertThat(front.select("header form.search a.help").attr("href")).isEqualTo("/help/search");
        Document d = html(get("/help/search"));
        assertThat(d.select("h1").text()).isEqualTo("لغة البحث");
        assertThat(d.select("dl.examples code").eachText()).contains("غز*", "source:\"الخليج الجديد\"",
                "\"وقف إطلاق النار\"", "إيران OR لبنان", "غزة from:2024-01-01 to:2024-01-31");
        List<String> links = d.select("dl.examples a").eachAttr("href");
        assertThat(links).hasSizeGreaterThan(10);
        for (String href : links) {
            HttpResponse<String> r = get(href);
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(html(r).select(".alert, .error")).as(href).isEmpty();
        }
        // the multi-word outlet example finds that outlet's articles
        assertThat(html(get("/search?q=" + enc("source:\"الخليج الجديد\""))).select("ol.hits .outlet").eachText())
                .isNotEmpty().containsOnly("الخليج الجديد");
    }

    @Test
    void articlePageGivesTheHourOfPublicationInTheOutletsOffset() throws Exception {
        Document d = html(get("/article/sahara-1"));
        assertThat(d.select("article .meta time").text()).isEqualTo("السبت 12 أبريل 2025");
        assertThat(d.select("article .meta .hour").text()).isEqualTo("الساعة 09:30 UTC+01:00");
    }

    @Test
    void unknownArticleIsAnArabic404Page() throws Exception {
        HttpResponse<String> r = get("/article/no-such-id");
        assertThat(r.statusCode()).isEqualTo(404);
        Document d = html(r);
        assertThat(d.select("h1").text()).isEqualTo("الصفحة غير موجودة");
        assertThat(d.text()).contains("لا يوجد مقال بهذا المعرّف");
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(html(get("/no/such/page")).select(".error .code").text()).isEqualTo("404");
    }

    @Test
    void searchPageMarksMatchesAndOffersFacetsSortChartAndFeeds() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("مجلس"));
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = html(r);
        assertThat(d.select("ol.hits li")).hasSize(3);
        // the analysis matches inflected forms too (المجلس), and marks only those
        assertThat(d.select(".snippet mark").eachText()).contains("مجلس").allSatisfy(m -> assertThat(m).contains("مجلس"));
        assertThat(d.select("input[name=q]").val()).isEqualTo("مجلس");
        assertThat(d.select(".facet a").eachText()).contains("الخليج الجديد", "زنقة20", "أبريل 2025");
        String outletFilter = d.select(".facet a:contains(زنقة20)").attr("href");
        assertThat(outletFilter).startsWith("/search?q=").contains("source=" + enc("زنقة20"));
        assertThat(d.select(".sort a, .sort .active").eachText()).containsExactly("الأكثر صلة", "الأحدث", "الأقدم");
        assertThat(d.select(".sort .active").text()).isEqualTo("الأكثر صلة");
        assertThat(d.select("figure.chart svg rect")).hasSizeGreaterThan(1);
        assertThat(d.select(".feeds a").eachAttr("href")).contains("/feed.atom?q=" + enc("مجلس"));

        Document filtered = html(get(outletFilter));
        assertThat(filtered.select("ol.hits h3").eachText()).containsExactly("مجلس الأمن يعقد جلسة حاسمة حول الصحراء");
        assertThat(filtered.select("ul.filters a").text()).contains("زنقة20");
    }

    @Test
    void searchPagesPaginate() throws Exception {
        Document d = html(get("/search?sort=date"));
        assertThat(d.select("ol.hits li")).hasSize(4);
        assertThat(d.select(".pager")).isEmpty();
        HttpResponse<String> beyond = get("/search?page=3");
        assertThat(beyond.statusCode()).isEqualTo(404);
    }

    @Test
    void aPagePastTheEndSaysThereIsNoMore() throws Exception {
        // 4 articles: one page of news and of results, however far past it the address asks
        for (String path : List.of("/?page=2", "/?page=99999", "/?page=2147483647")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(html(r).select("section.error p:not(.code)").first().text()).as(path)
                    .isEqualTo("لا مزيد من الأخبار بعد الصفحة الأولى.");
        }
        for (String path : List.of("/search?page=3", "/search?page=999999", "/search?q=" + enc("غزة") + "&page=40",
                Urls.source("الخليج الجديد") + "?page=501")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(html(r).select("section.error p:not(.code)").first().text()).as(path)
                    .isEqualTo("لا مزيد من النتائج بعد الصفحة الأولى.");
        }
        // not a page number at all stays a bad request
        for (String path : List.of("/?page=0", "/?page=x", "/?page=99999999999999", "/search?page=-1")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(400);
        }
    }

    @Test
    void anUnknownOutletIsNotFoundAsAnUnknownEntityIs() throws Exception {
        HttpResponse<String> outlet = get(Urls.source("صحيفة لا وجود لها"));
        HttpResponse<String> entity = get("/entity/" + enc("person:لا أحد"));
        assertThat(outlet.statusCode()).isEqualTo(404).isEqualTo(entity.statusCode());
        assertThat(html(outlet).select("section.error p:not(.code)").first().text())
                .isEqualTo("لا يوجد مصدر بهذا الاسم في الأرشيف.");
        // a known outlet keeps its page when a filter matches nothing
        HttpResponse<String> known = get(Urls.source("الخليج الجديد") + "?q=" + enc("كلمةلاتوجد"));
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(html(known).select("h1").text()).isEqualTo("أخبار الخليج الجديد");
    }

    @Test
    void aBlankOutletOrTagIsNotFoundInsteadOfTheWholeArchive() throws Exception {
        // "/source/%20" filtered nothing: it listed every article under the heading "أخبار " (review27)
        for (String path : List.of("/source/%20", "/source/%20%20%20", "/tag/%20", "/tag/%09")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(html(r).select("section.error p:not(.code)").first().text()).as(path)
                    .startsWith("لا يوجد");
        }
    }

    @Test
    void absurdRequestsGetAnArabic400Page() throws Exception {
        for (String path : List.of("/search?q=" + "x".repeat(5000), "/search?q=" + enc("غزة ".repeat(1000)),
                "/search?from=tomorrow", "/search?q=" + enc("(("), "/search?sort=random")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            Document d = html(r);
            assertThat(d.select("h1").text()).isEqualTo("طلب غير صالح");
        }
    }

    // product20: a from: after the to: in the search words was an empty page (200), while the API's from/to
    // parameters the other way round were a 400
    @Test
    void aFromAfterTheToInTheSearchWordsIsA400OnThePageAndInTheApi() throws Exception {
        String q = enc("غزة from:2023-12-14 to:2023-12-10");
        HttpResponse<String> page = get("/search?q=" + q);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(html(page).select("section.error p:not(.code)").first().text())
                .isEqualTo("تعذر فهم عبارة البحث: تاريخ البداية (from:) بعد تاريخ النهاية (to:).");
        HttpResponse<String> api = get("/api/articles?q=" + q);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).contains("'from:' 2023-12-14 is after 'to:' 2023-12-10");
    }

    @Test
    void aSearchTheServerCannotReadKeepsItsWordsInTheBoxToBeCorrected() throws Exception {
        for (String q : List.of("(غزة", "\"معبر رفح", "غ*", "AND")) {
            HttpResponse<String> r = get("/search?q=" + enc(q));
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(html(r).select("form.search input[name=q]").attr("value")).as(q).isEqualTo(q);
        }
        // and the page says what is wrong, in the watch form's words
        assertThat(html(get("/search?q=" + enc("(غزة"))).select("section.error p:not(.code)").first().text())
                .isEqualTo("تعذر فهم عبارة البحث: قوس فتح لم يُغلق.");
        assertThat(html(get("/search?q=" + enc("\"معبر رفح"))).select("section.error p:not(.code)").first()
                .text()).isEqualTo("تعذر فهم عبارة البحث: علامة تنصيص لم تُغلق.");
        // a query too long to echo is not put back
        HttpResponse<String> huge = get("/search?q=" + "x".repeat(5000));
        assertThat(html(huge).select("form.search input[name=q]").attr("value")).isEmpty();
    }

    @Test
    void outletAndTagPages() throws Exception {
        Document source = html(get(Urls.source("الخليج الجديد")));
        assertThat(source.select("h1").text()).isEqualTo("أخبار الخليج الجديد");
        assertThat(source.select("ol.hits li")).hasSize(2);
        Document tag = html(get(Urls.tag("مجلس الأمن")));
        assertThat(tag.select("h1").text()).isEqualTo("وسم: مجلس الأمن");
        assertThat(tag.select("ol.hits h3").eachText()).containsExactlyInAnyOrder(
                "مجلس الأمن يعقد جلسة حاسمة حول الصحراء", "مجلس الأمن يصوت على قرار المساعدات إلى غزة");
        // on a tag page, another tag's facet link leads to that tag's page
        assertThat(tag.select(".facet a:contains(غزة)").attr("href")).startsWith("/tag/");
    }

    // A researcher reading how a story began wants the earliest reports first; a typo in the order is a clear 400.
    @Test
    void apiArticlesSortOldestFirstAndRefuseAnUnknownOrder() throws Exception {
        List<String> newest = publishedOrder("/api/articles?sort=date");
        List<String> oldest = publishedOrder("/api/articles?sort=oldest");
        assertThat(oldest).hasSize(newest.size()).hasSizeGreaterThan(2);
        List<String> dated = oldest.stream().filter(p -> !p.isEmpty()).toList();
        assertThat(dated).isSortedAccordingTo(java.util.Comparator.comparing(
                p -> java.time.OffsetDateTime.parse(p.length() == 10 ? p + "T00:00:00Z" : p).toInstant()));
        assertThat(dated.get(0)).isNotEqualTo(dated.get(dated.size() - 1));
        List<String> reversed = new ArrayList<>(newest.stream().filter(p -> !p.isEmpty()).toList());
        java.util.Collections.reverse(reversed);
        assertThat(dated).isEqualTo(reversed);
        // the undated are unknown, not oldest: last in both orders
        assertThat(oldest.subList(dated.size(), oldest.size())).allMatch(String::isEmpty);

        HttpResponse<String> bad = get("/api/articles?sort=newest");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(type(bad)).startsWith("application/json");
        assertThat(ArticleJson.mapper().readTree(bad.body()).get("error").asText())
                .isEqualTo("parameter 'sort' must be 'relevance', 'date' (newest first) or 'oldest' (oldest first)");
        // the search page offers the order and marks it chosen
        Document page = html(get("/search?sort=oldest"));
        assertThat(page.select("ol.hits li")).hasSize(oldest.size());
        assertThat(page.select(".sort .active").text()).isEqualTo("الأقدم");
    }

    private static List<String> publishedOrder(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        ArticleJson.mapper().readTree(r.body()).get("results").forEach(h -> out.add(h.path("published").asText("")));
        return out;
    }

    @Test
    void apiArticlesSearchesWithTheSameShapeAsTheCli() throws Exception {
        HttpResponse<String> r = get("/api/articles?q=" + enc("غزة") + "&sort=date&limit=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).isEqualToIgnoringCase("application/json;charset=utf-8");
        JsonNode n = ArticleJson.mapper().readTree(r.body());
        assertThat(n.get("total").asLong()).isEqualTo(3);
        assertThat(n.get("results")).hasSize(1);
        JsonNode first = n.get("results").get(0);
        assertThat(first.get("id").asText()).isEqualTo("hostile");
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "source", "published", "url", "story", "duplicate_of",
                "snippet", "score", "highlights");
        // no facet asked for, none counted; asked for by name, those only; hours bring their days
        assertThat(n.get("facets").size()).isZero();
        JsonNode some = ArticleJson.mapper().readTree(get("/api/articles?q=" + enc("غزة") + "&facets=source,hour")
                .body()).get("facets");
        List<String> names = new ArrayList<>();
        some.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("source", "date", "hour");
        assertThat(some.get("source")).isNotEmpty();
        JsonNode all = ArticleJson.mapper().readTree(get("/api/articles?q=" + enc("غزة") + "&facets=all").body())
                .get("facets");
        assertThat(all.get("source")).isEqualTo(some.get("source"));
        assertThat(all.get("date")).isEqualTo(some.get("date")).isNotEmpty();
        assertThat(all.has("tag")).isTrue();
        HttpResponse<String> unknown = get("/api/articles?facets=source,colour");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ArticleJson.mapper().readTree(unknown.body()).get("error").asText()).contains("facets");

        HttpResponse<String> bad = get("/api/articles?limit=101");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(type(bad)).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(ArticleJson.mapper().readTree(bad.body()).get("error").asText()).contains("limit");
    }

    @Test
    void apiArticleSourcesAndStats() throws Exception {
        HttpResponse<String> r = get("/api/articles/sahara-1");
        assertThat(r.statusCode()).isEqualTo(200);
        Article a = ArticleJson.parse(r.body());
        assertThat(a.author()).isEqualTo("علي التومي");
        assertThat(a.published()).isEqualTo("2025-04-12T09:30:00+01:00");

        HttpResponse<String> missing = get("/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(type(missing)).isEqualToIgnoringCase("application/json;charset=utf-8");

        JsonNode outlets = ArticleJson.mapper().readTree(get("/api/outlets").body());
        assertThat(outlets.get(0).get("name").asText()).isEqualTo("الخليج الجديد");
        assertThat(outlets.get(0).get("articles").asLong()).isEqualTo(2);
        // This site follows no source: the outlets above are those its articles credit.
        JsonNode followed = ArticleJson.mapper().readTree(get("/api/sources").body());
        assertThat(followed.get("total").asInt()).isZero();
        assertThat(followed.get("sources")).isEmpty();

        JsonNode stats = ArticleJson.mapper().readTree(get("/api/stats").body());
        assertThat(stats.get("articles").asLong()).isEqualTo(4);
        assertThat(stats.get("sources").asLong()).isEqualTo(3);
        assertThat(stats.get("earliest_published").asText()).isEqualTo("2023-12-22");
        assertThat(stats.get("latest_published").asText()).isEqualTo("2025-04-12");
        assertThat(stats.get("indexed").asLong()).isEqualTo(4);
        assertThat(stats.get("top_tags").findValuesAsText("name")).contains("غزة", "مجلس الأمن");
    }

    @Test
    void openApiDocumentListsEveryApiRoute() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).isEqualToIgnoringCase("application/json;charset=utf-8");
        JsonNode doc = ArticleJson.mapper().readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/articles", "/api/articles/{id}", "/api/articles/{id}/hide",
                "/api/articles/{id}/unhide", "/api/hidden", "/api/stories",
                "/api/stories/{id}", "/api/stories/{id}/figures", "/api/figures", "/api/sources",
                "/api/sources/{id}", "/api/sources/{id}/poll", "/api/outlets", "/api/entities", "/api/entities/{id}",
                "/api/entities/{id}/articles", "/api/entities/{id}/merge", "/api/entities/{id}/split",
                "/api/entities/{id}/not-entity", "/api/entities/{id}/restore", "/api/stats", "/api/me", "/api/users",
                "/api/watches", "/api/watches/{id}", "/api/watches/{id}/deliveries", "/api/watches/{id}/test",
                "/api", "/api/openapi.json", "/healthz", "/export.csv", "/export.jsonl", "/feed.atom");
        // every documented route answers: with 200 when open to all, with 401 when it declares that it needs a user
        String story = site.archive.store().get("gaza-1").orElseThrow().story();
        String entity = site.archive.store().get("gaza-1").orElseThrow().entities().get(0).id();
        for (String p : paths) {
            String path = p.replace("/api/stories/{id}", "/api/stories/" + Urls.segment(story))
                    .replace("/api/entities/{id}", "/api/entities/" + entity)
                    .replace("{id}", "gaza-1");
            JsonNode item = doc.get("paths").get(p);
            if (item.has("get")) {
                boolean needsUser = item.path("get").has("security");
                // This site follows no source, so one named gaza-1 is the documented 404.
                int expected = p.equals("/api/sources/{id}") ? 404 : needsUser ? 401 : 200;
                assertThat(get(path).statusCode()).as(path).isEqualTo(expected);
            }
            // every documented write declares that it needs a user, and without one is refused with 401
            for (String method : List.of("post", "patch", "put", "delete")) {
                if (item.has(method)) {
                    assertThat(item.path(method).has("security")).as(method + " " + p).isTrue();
                    assertThat(item.path(method).path("responses").has("401")).as(method + " " + p).isTrue();
                    HttpResponse<String> w = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path))
                            .method(method.toUpperCase(java.util.Locale.ROOT),
                                    HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json").build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(w.statusCode()).as(method + " " + path).isEqualTo(401);
                }
            }
        }
        assertThat(doc.at("/paths/~1api~1sources/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/NewSource");
        List<String> fields = new ArrayList<>();
        doc.at("/components/schemas/NewSource/properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("name", "feed", "sitemap", "homepage", "category", "interval_minutes",
                "allow_private");
        List<String> params = doc.at("/paths/~1api~1articles/get/parameters").findValuesAsText("name");
        assertThat(params).containsExactly("q", "source", "tag", "from", "to", "sort", "facets", "date_unit", "limit", "offset", "since");
        assertThat(doc.at("/components/schemas/SearchHit/properties").has("story")).isTrue();
        assertThat(doc.at("/components/schemas/SearchHit/properties").has("duplicate_of")).isTrue();
        assertThat(doc.at("/components/schemas/ArticlePage/properties/next/type").asText()).isEqualTo("integer");
    }

    @Test
    void theApiRootIndexesTheRoutesAndAnUnknownApiAddressIsAJson404() throws Exception {
        HttpResponse<String> r = get("/api");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).isEqualToIgnoringCase("application/json;charset=utf-8");
        JsonNode index = ArticleJson.mapper().readTree(r.body());
        assertThat(index.get("openapi").asText()).isEqualTo("/api/openapi.json");
        assertThat(index.get("routes").findValuesAsText("path")).contains("/api/articles", "/api/stories",
                "/api/sources");
        JsonNode articles = index.get("routes").get(0);
        assertThat(articles.get("methods").get(0).asText()).isEqualTo("GET");
        assertThat(get("/api/").statusCode()).isEqualTo(200);

        HttpResponse<String> unknown = get("/api/unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(type(unknown)).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(ArticleJson.mapper().readTree(unknown.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void everyPublishedValueTheApiServesHasTheDocumentedShape() throws Exception {
        JsonNode doc = ArticleJson.mapper().readTree(get("/api/openapi.json").body());
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile(
                doc.at("/components/schemas/Published/pattern").asText());
        List<String> served = new ArrayList<>();
        for (String path : List.of("/api/articles?limit=100", "/api/articles?q=" + enc("غزة"), "/api/articles?since=0",
                "/api/articles/gaza-1")) {
            ArticleJson.mapper().readTree(get(path).body()).findValues("published").stream()
                    .filter(v -> !v.isNull()).forEach(v -> served.add(v.asText()));
        }
        assertThat(served).isNotEmpty().anyMatch(v -> v.contains("T")).anyMatch(v -> v.length() == 10);
        assertThat(served).allSatisfy(v -> assertThat(v).matches(shape));
        assertThat(shape.matcher("2025-02-03T16:30").matches()).isFalse();
    }

    @Test
    void atomAndRssFeedsOfASearchAreWellFormed() throws Exception {
        HttpResponse<String> atom = get("/feed.atom?q=" + enc("غزة"));
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(type(atom)).isEqualToIgnoringCase("application/atom+xml;charset=utf-8");
        org.w3c.dom.Document a = xml(atom.body());
        String ns = "http://www.w3.org/2005/Atom";
        assertThat(a.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
        NodeList entries = a.getElementsByTagNameNS(ns, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        // an entry links to the original article and to its Marsad page as related
        List<String> entryLinks = new ArrayList<>();
        NodeList gazaLinks = a.getElementsByTagNameNS(ns, "link");
        for (int i = 0; i < gazaLinks.getLength(); i++) {
            org.w3c.dom.Element l = (org.w3c.dom.Element) gazaLinks.item(i);
            entryLinks.add(l.getAttribute("rel") + " " + l.getAttribute("href"));
        }
        assertThat(entryLinks).containsSubsequence("alternate https://example.org/news/gaza-1",
                "related " + server.uri().resolve("/article/gaza-1"));

        // a stored URL that is not a web address is never a feed link: that entry links to its Marsad page
        NodeList all = xml(get("/feed.atom").body()).getElementsByTagNameNS(ns, "link");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            hrefs.add(all.item(i).getAttributes().getNamedItem("href").getNodeValue());
        }
        assertThat(hrefs).hasSizeGreaterThan(4).allMatch(h -> h.startsWith("http://") || h.startsWith("https://"))
                .contains(server.uri().resolve("/article/hostile").toString());

        HttpResponse<String> rss = get("/feed.rss?source=" + enc("زنقة20"));
        assertThat(type(rss)).isEqualToIgnoringCase("application/rss+xml;charset=utf-8");
        org.w3c.dom.Document d = xml(rss.body());
        assertThat(d.getElementsByTagName("item").getLength()).isEqualTo(1);
        assertThat(d.getElementsByTagName("title").item(1).getTextContent())
                .isEqualTo("مجلس الأمن يعقد جلسة حاسمة حول الصحراء");
        assertThat(get("/feed.rss?limit=5000").statusCode()).isEqualTo(400);
    }

    @Test
    void opmlListsEveryOutletWithItsFeed() throws Exception {
        HttpResponse<String> r = get("/sources.opml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).isEqualToIgnoringCase("text/x-opml;charset=utf-8");
        org.w3c.dom.Document d = xml(r.body());
        NodeList outlines = d.getElementsByTagName("outline");
        assertThat(outlines.getLength()).isEqualTo(3);
        String feed = outlines.item(0).getAttributes().getNamedItem("xmlUrl").getNodeValue();
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void healthAndMetrics() throws Exception {
        HttpResponse<String> h = get("/healthz");
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(ArticleJson.mapper().readTree(h.body()).get("status").asText()).isEqualTo("ok");
        get("/article/gaza-1");
        get("/article/nope");
        HttpResponse<String> m = get("/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(type(m)).isEqualToIgnoringCase("text/plain;version=0.0.4;charset=utf-8");
        assertThat(m.body()).contains("marsad_http_requests_total{route=\"/article/{id}\",method=\"GET\",status=\"200\"}");
        assertThat(m.body()).contains("marsad_http_requests_total{route=\"/article/{id}\",method=\"GET\",status=\"404\"}");
        assertThat(m.body()).contains("marsad_articles 4\n", "marsad_indexed_articles 4\n", "marsad_sources 3\n",
                "marsad_store_writes_total 4\n");
    }

    @Test
    void stylesheetIsServed() throws Exception {
        HttpResponse<String> r = get("/static/marsad.css");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).isEqualToIgnoringCase("text/css;charset=utf-8");
        assertThat(r.body()).contains("Noto Naskh Arabic");
    }

    @Test
    void hostileArticleRendersInert() throws Exception {
        for (String path : List.of("/article/hostile", "/", "/search?q=" + enc("غزة"), "/tag/" + Urls.segment(
                "<script>alert('tag')</script>"))) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Document d = html(r);
            for (Element e : d.getAllElements()) {
                for (Attribute at : e.attributes()) {
                    assertThat(at.getKey()).as(path + " " + e.tagName()).doesNotStartWith("on");
                    if (at.getKey().equals("href") || at.getKey().equals("src")) {
                        assertThat(at.getValue().strip().toLowerCase()).as(path)
                                .doesNotStartWith("javascript:").doesNotStartWith("data:");
                    }
                }
            }
            assertThat(d.select("img, svg[onload], b")).isEmpty();
        }
        Document d = html(get("/article/hostile"));
        // the text is shown as text
        assertThat(d.select("h1").text()).isEqualTo("<script>alert('title')</script> عنوان خبيث");
        assertThat(d.select(".body p").get(1).text()).isEqualTo("<img src=x onerror=alert('img')> غزة");
        assertThat(d.select(".related li").eachText()).containsExactly("رابط خبيث", "<svg onload=alert(2)>");
        assertThat(d.select(".related a")).isEmpty();
        assertThat(d.select(".original")).isEmpty();
    }

    static org.w3c.dom.Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
