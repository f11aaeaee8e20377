package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.PollNotes;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleJson;

/**
 * product22: a source whose last poll read its feed only by dropping characters XML forbids, or stored nothing from
 * an item, was shown plainly healthy on /sources and in the API. Both say it, with the count and the poller's line.
 */
class SourceHealthNotesTest {
    private static final Instant NOW = TestSite.CLOCK.instant();
    private static final String REPAIR = "https://bell.example/rss: not well-formed XML: dropped 12 characters XML "
            + "forbids (first: &#x7; at line 3) to read the rest";
    private static final String NOT_STORED = "https://bell.example/2: not stored: no article text in the page, and "
            + "the feed item has no text";

    @TempDir
    Path data;
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start(data);
        SourceRegistry registry = new SourceRegistry(site.archive.store().database());
        for (String name : List.of("الجرس", "سليم")) {
            registry.add(new Source(name, null, null, "ar", null, List.of(URI.create("https://" + (name.equals("سليم")
                    ? "fine" : "bell") + ".example/rss")), null, Duration.ofMinutes(15), false, null), NOW);
        }
        registry.recordHealth("الجرس", new SourceHealth(NOW.minus(Duration.ofMinutes(5)), null,
                NOW.plus(Duration.ofMinutes(10)), 0, new PollNotes(12, REPAIR, 2, NOT_STORED)));
        registry.recordHealth("سليم", new SourceHealth(NOW.minus(Duration.ofMinutes(5)), null,
                NOW.plus(Duration.ofMinutes(10)), 0));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void theApiRecordCarriesTheRepairAndTheItemsNotStored() throws Exception {
        JsonNode doc = ArticleJson.mapper().readTree(get("/api/sources").body());
        JsonNode bell = doc.get("sources").get(0);
        assertThat(bell.get("name").asText()).isEqualTo("الجرس");
        assertThat(bell.get("status").asText()).isEqualTo("ok");
        assertThat(bell.get("dropped_characters").asInt()).isEqualTo(12);
        assertThat(bell.get("repair").asText()).isEqualTo(REPAIR);
        assertThat(bell.get("items_not_stored").asInt()).isEqualTo(2);
        assertThat(bell.get("not_stored").asText()).isEqualTo(NOT_STORED);
        JsonNode fine = doc.get("sources").get(1);
        assertThat(fine.get("dropped_characters").asInt()).isZero();
        assertThat(fine.get("repair").isNull()).isTrue();
        assertThat(fine.get("items_not_stored").asInt()).isZero();
    }

    @Test
    void thePageMarksTheSourceAndSaysWhatToTellTheOutletInArabic() throws Exception {
        Document d = WebServerTest.html(get("/sources"));
        Element bell = source(d, "الجرس");
        assertThat(bell.hasClass("warning")).isTrue();
        assertThat(bell.selectFirst(".badge").text()).isEqualTo("يعمل، مع تنبيه");
        assertThat(bell.select(".warning-words").eachText()).hasSize(2);
        assertThat(bell.select(".warning-words").get(0).ownText()).isEqualTo("قُرئت الخلاصة بعد أن حُذف منها ما لا "
                + "يجيزه XML: 12 محرفاً؛ أبلغ الموقع ليصلح خلاصته");
        assertThat(bell.select(".warning-words code").get(0).text()).isEqualTo(REPAIR);
        assertThat(bell.select(".warning-words").get(1).ownText()).isEqualTo("عنصران (لا مقال في الصفحة ولا نص في "
                + "الخلاصة)؛ يُعاد جلب كلٍّ منها بضع مرات حتى يُخزَّن");
        assertThat(bell.select(".warning-words code").get(1).text()).isEqualTo(NOT_STORED);
        Element fine = source(d, "سليم");
        assertThat(fine.hasClass("ok")).isTrue();
        assertThat(fine.selectFirst(".badge").text()).isEqualTo("يعمل");
        assertThat(fine.select(".warning-words")).isEmpty();
    }

    private static Element source(Document d, String name) {
        return d.select("li.source").stream().filter(e -> e.selectFirst("h3 bdi").text().equals(name)).findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return WebServerTest.HTTP.send(java.net.http.HttpRequest.newBuilder(site.server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
