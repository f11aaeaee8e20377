package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;

/**
 * A story keeps an article that states no publication date at the time Marsad collected it: the story page says so
 * («أول رصد … (بلا تاريخ نشر)») instead of presenting the import's hour as when the news appeared (made-up pages of an
 * old flood imported today read «أول ظهور … الآن»).
 */
class StoryCollectedTimeTest {
    private static final Instant IMPORTED = Instant.parse("2026-12-07T05:23:19Z");

    @Test
    void undatedMembersAreSaidToBeCollectedNotToHaveAppeared() {
        Document d = page(IMPORTED, IMPORTED, article("a0", null), article("a1", null));
        assertThat(d.select("dl.span dt").eachText()).containsExactly("أول رصد", "آخر رصد");
        assertThat(d.select("dl.span dd").eachText()).allMatch(t -> t.endsWith("(بلا تاريخ نشر)"));
    }

    @Test
    void publishedMembersKeepTheirPublicationTimesAndAMixedStorySaysWhichIsWhich() {
        Instant published = Instant.parse("2018-04-02T09:30:00Z");
        Document dated = page(published, published.plusSeconds(3600), article("a0", "2018-04-02T12:30:00+03:00"),
                article("a1", "2018-04-02T10:30:00Z"));
        assertThat(dated.select("dl.span dt").eachText()).containsExactly("أول ظهور", "آخر ظهور");
        assertThat(dated.select("dl.span .undated")).isEmpty();

        // an old dated report and an undated page of it collected today
        Document mixed = page(published, IMPORTED, article("a0", "2018-04-02T12:30:00+03:00"), article("a1", null));
        assertThat(mixed.select("dl.span dt").eachText()).containsExactly("أول ظهور", "آخر رصد");
        // a day alone is still shown as the day it is
        Instant day = Instant.parse("2018-04-02T00:00:00Z");
        Document bare = page(day, IMPORTED, article("a0", "2018-04-02"), article("a1", null));
        assertThat(bare.select("dl.span dt").eachText()).containsExactly("أول ظهور", "آخر رصد");
        assertThat(bare.select("dl.span dd").get(0).select("time").attr("datetime")).isEqualTo("2018-04-02");
    }

    private static Article article(String id, String published) {
        return Article.builder().id(id).url("https://example.org/" + id).source("وسيلة " + id)
                .title("مصرع 12 شخصاً في سيول جارفة بمدينة درنة").published(published).body(List.of("نص")).build();
    }

    private static Document page(Instant first, Instant last, Article... members) {
        Story s = new Story("a0", members[0].title(), "a0", members.length, List.of("وسيلة a0", "وسيلة a1"), first,
                last);
        Present p = new Present(Clock.fixed(IMPORTED.plusSeconds(60), ZoneOffset.UTC));
        String html = new Views().render("story.jte", Map.of("page", Page.titled(members[0].title()),
                "s", p.story(s, List.of(members)), "figures", List.of()));
        return Jsoup.parse(html);
    }
}
