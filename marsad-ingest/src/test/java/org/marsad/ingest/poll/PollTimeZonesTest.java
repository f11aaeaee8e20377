package org.marsad.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.model.Article;
import org.marsad.store.Archive;

/**
 * Pages that print a time without an offset (issue 17: a page saying 18:40 became 18:40Z while its feed said
 * 16:40Z). The fixture site is written here: two pages whose datelines give a wall-clock time, and a feed whose
 * dates are in UTC.
 */
class PollTimeZonesTest {
    private static final String PROSE = "<p>" + "أعلنت السلطات المحلية اليوم خطة جديدة لإصلاح شبكة المياه في الأحياء "
            + "الشرقية من المدينة بعد أسابيع من الانقطاعات المتكررة التي اشتكى منها السكان. ".repeat(3) + "</p>";

    @TempDir
    Path dir;
    private TestSite site;
    private Archive archive;
    private SourceRegistry registry;

    @BeforeEach
    void start() {
        site = new TestSite();
        site.route("/feed.xml", TestSite.ok("application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>http://127.0.0.1/</link>
                <item><title>مياه</title><link>/water.html</link><pubDate>Mon, 03 Feb 2025 16:40:00 GMT</pubDate></item>
                <item><title>كهرباء</title><link>/power.html</link><pubDate>Mon, 03 Feb 2025 12:00:00 GMT</pubDate></item>
                </channel></rss>"""));
        site.route("/water.html", TestSite.ok("text/html; charset=utf-8", page("خطة لإصلاح شبكة المياه",
                "الاثنين 3 فبراير 2025 - 6:40 مساءً")));
        site.route("/power.html", TestSite.ok("text/html; charset=utf-8", page("خطة لإصلاح شبكة الكهرباء",
                "الاثنين 3 فبراير 2025 - 9:15 صباحاً")));
        archive = Archive.open(dir, null);
        registry = new SourceRegistry(archive.store().database());
    }

    @AfterEach
    void stop() {
        archive.close();
        site.close();
    }

    private static String page(String title, String dateline) {
        return "<html lang=\"ar\"><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<div class=\"post-date\">" + dateline + "</div>" + PROSE + "</article></body></html>";
    }

    private void poll(ZoneId zone) {
        registry.add(new Source("المدينة", null, null, "ar", null, List.of(site.uri("/feed.xml")), null, null, true, null,
                zone), Instant.now());
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        new PollRunner(archive, fetcher, Clock.systemUTC(), new PollLimits(100, 3, 2), line -> { }).pollAll();
    }

    private Article article(String path) {
        String url = site.base() + path;
        return archive.store().latest(100, 0).stream().filter(a -> url.equals(a.url())).findFirst().orElseThrow();
    }

    @Test
    void withoutAConfiguredZoneThePageTimeTakesTheOffsetItsFeedShowsOrKeepsItsDay() {
        poll(null);

        // 18:40 on the page, 16:40Z in the feed: the page is at +02:00.
        Article water = article("/water.html");
        assertThat(water.published()).isEqualTo("2025-02-03T18:40:00+02:00");
        assertThat(water.publishedText()).contains("6:40 مساءً");
        // 09:15 on the page, 12:00Z in the feed: not the same moment, so nobody knows the offset. The day stays,
        // the time is only in published_text — never 09:15Z.
        Article power = article("/power.html");
        assertThat(power.published()).isEqualTo("2025-02-03");
        assertThat(power.publishedText()).contains("9:15");
    }

    @Test
    void theSourcesConfiguredZoneGivesTheOffset() {
        poll(ZoneId.of("Asia/Riyadh"));

        assertThat(article("/power.html").published()).isEqualTo("2025-02-03T09:15:00+03:00");
        // The configured zone is the user's word: it wins over an offset inferred from the feed.
        assertThat(article("/water.html").published()).isEqualTo("2025-02-03T18:40:00+03:00");
        assertThat(registry.get("المدينة").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Riyadh"));
    }
}
