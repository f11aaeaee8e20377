package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.web.format.DateDisplay;

/** The followed sources with their health: {@code /sources} and {@code GET /api/sources}, over a real server. */
class SourcesPageTest {
    static TestSite site;
    static final Instant NOW = TestSite.CLOCK.instant();

    @BeforeAll
    static void start(@TempDir Path data) throws IOException {
        site = TestSite.start(data);
        SourceRegistry registry = new SourceRegistry(site.archive.store().database());
        registry.add(new Source("الجزيرة", URI.create("https://aljazeera.example/"), null, "ar", "أخبار",
                List.of(URI.create("https://aljazeera.example/rss")), null, Duration.ofMinutes(15), false, null), NOW);
        registry.recordHealth("الجزيرة", new SourceHealth(NOW.minus(Duration.ofMinutes(5)), null,
                NOW.plus(Duration.ofMinutes(10)), 0));
        registry.add(new Source("معطوب", null, null, "ar", null, List.of(URI.create("https://broken.example/feed")),
                null, Duration.ofMinutes(30), false, null), NOW);
        registry.recordHealth("معطوب", new SourceHealth(NOW.minus(Duration.ofDays(2)),
                "https://broken.example/feed: HTTP 503 from https://broken.example/feed", NOW.plus(Duration.ofHours(2)),
                3));
        registry.add(new Source("أرقام", null, null, "ar", "اقتصاد", List.of(),
                URI.create("http://10.1.2.3/sitemap.xml"), null, true, null), NOW);
        seen("https://aljazeera.example/1", "الجزيرة", NOW.minus(Duration.ofHours(1)));
        seen("https://aljazeera.example/2", "الجزيرة", NOW.minus(Duration.ofHours(20)));
        seen("https://aljazeera.example/3", "الجزيرة", NOW.minus(Duration.ofDays(3)));
        seen("https://aljazeera.example/4", "الجزيرة", NOW.minus(Duration.ofDays(9)));
        // An article polled from the categorized source, for the category's search link.
        site.archive.save(Article.builder().url("https://aljazeera.example/1").title("خبر مصنف")
                .body(List.of("نص خبر مصنف عن الأسواق")).source("الجزيرة").language("ar").published("2025-04-12")
                .build().withCategory("أخبار"), null);
        site.archive.commit();
    }

    private static void seen(String url, String source, Instant at) {
        site.archive.store().database().write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO seen_urls (url, source, first_seen, outcome) "
                    + "VALUES (?, ?, ?, 'stored')")) {
                ps.setString(1, url);
                ps.setString(2, source);
                ps.setString(3, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theApiListsEachFollowedSourceWithHealthCategoryAndRecentArticles() throws Exception {
        HttpResponse<String> r = get("/api/sources");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = ArticleJson.mapper().readTree(r.body());
        assertThat(doc.get("total").asInt()).isEqualTo(3);
        assertThat(doc.get("sources").findValuesAsText("name")).containsExactly("أرقام", "الجزيرة", "معطوب");

        JsonNode aj = doc.get("sources").get(1);
        assertThat(aj.get("id").asText()).isEqualTo("الجزيرة");
        assertThat(aj.get("category").asText()).isEqualTo("أخبار");
        assertThat(aj.get("status").asText()).isEqualTo("ok");
        assertThat(aj.get("last_success").asText()).isEqualTo(NOW.minus(Duration.ofMinutes(5)).toString());
        assertThat(aj.get("last_error").isNull()).isTrue();
        assertThat(aj.get("next_poll").asText()).isEqualTo(NOW.plus(Duration.ofMinutes(10)).toString());
        assertThat(aj.get("articles_last_day").asInt()).isEqualTo(2);
        assertThat(aj.get("articles_last_week").asInt()).isEqualTo(3);
        assertThat(aj.get("feeds").get(0).asText()).isEqualTo("https://aljazeera.example/rss");
        assertThat(aj.get("interval_minutes").asInt()).isEqualTo(15);

        JsonNode broken = doc.get("sources").get(2);
        assertThat(broken.get("status").asText()).isEqualTo("failing");
        assertThat(broken.get("last_error").asText()).contains("HTTP 503");
        assertThat(broken.get("consecutive_failures").asInt()).isEqualTo(3);
        assertThat(broken.get("category").isNull()).isTrue();

        JsonNode fresh = doc.get("sources").get(0);
        assertThat(fresh.get("status").asText()).isEqualTo("new");
        assertThat(fresh.get("next_poll").isNull()).as("due now").isTrue();
        assertThat(fresh.get("allow_private").asBoolean()).isTrue();
        assertThat(fresh.get("sitemap").asText()).isEqualTo("http://10.1.2.3/sitemap.xml");
    }

    @Test
    void thePageGroupsSourcesByCategoryAndSaysTheirHealthInArabic() throws Exception {
        HttpResponse<String> r = get("/sources");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = WebServerTest.html(r);
        assertThat(d.select(".source-group h2").eachText()).containsExactly("أخبار", "اقتصاد", "بلا تصنيف");
        assertThat(d.selectFirst(".lead").text()).isEqualTo("يتابع مرصد 3 مصادر، يتعثّر منها مصدر واحد");

        Element aj = source(d, "الجزيرة");
        assertThat(aj.hasClass("ok")).isTrue();
        assertThat(aj.text()).contains("يعمل", "منذ 5 دقائق", "بعد 10 دقائق", "كل 15 دقيقة",
                "آخر يوم: مقالان", "آخر أسبوع: 3 مقالات");
        // The hover text of the last and next poll is the date and time in words, not the ISO value behind it.
        assertThat(aj.select("time").eachAttr("title")).containsExactly(
                DateDisplay.gregorian(java.time.LocalDate.of(2025, 4, 12)) + "، 11:55 UTC",
                DateDisplay.gregorian(java.time.LocalDate.of(2025, 4, 12)) + "، 12:10 UTC");
        assertThat(aj.select("time").eachAttr("datetime")).containsExactly(
                NOW.minus(Duration.ofMinutes(5)).toString(), NOW.plus(Duration.ofMinutes(10)).toString());
        Element broken = source(d, "معطوب");
        assertThat(broken.hasClass("failing")).isTrue();
        assertThat(broken.select(".error-words").text()).contains("خادم المصدر معطّل أو مشغول (HTTP 503)");
        assertThat(broken.text()).contains("متعثّر: فشلت آخر 3 محاولات", "منذ يومين", "بعد ساعتين");
        Element fresh = source(d, "أرقام");
        assertThat(fresh.text()).contains("لم يُجلب بعد", "لم ينجح بعد", "الآن", "آخر يوم: لا مقالات",
                "يُسمح له بالعناوين الخاصة");
        assertThat(d.select("footer a[href=/sources]")).hasSize(1);
    }

    @Test
    void theSummaryCountsTheFollowedSourcesAsTheVerbsObjectAndTheFailingOnesAsItsSubject() {
        assertThat(FollowedSources.summary(1, 0)).isEqualTo("يتابع مرصد مصدراً واحداً");
        assertThat(FollowedSources.summary(2, 0)).isEqualTo("يتابع مرصد مصدرين");
        assertThat(FollowedSources.summary(2, 2)).isEqualTo("يتابع مرصد مصدرين، يتعثّر منها مصدران");
        assertThat(FollowedSources.summary(12, 1)).isEqualTo("يتابع مرصد 12 مصدراً، يتعثّر منها مصدر واحد");
        assertThat(FollowedSources.summary(0, 0)).isEmpty();
    }

    @Test
    void aCategoryHeadingSearchesItsArticles() throws Exception {
        Document d = WebServerTest.html(get("/sources"));
        String href = d.selectFirst(".source-group h2 a").attr("href");
        Document results = WebServerTest.html(get(href));
        assertThat(results.select(".hit h3").eachText()).containsExactly("خبر مصنف");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Element source(Document d, String name) {
        return d.select("li.source").stream().filter(e -> e.selectFirst("h3 bdi").text().equals(name)).findFirst()
                .orElseThrow();
    }
}
