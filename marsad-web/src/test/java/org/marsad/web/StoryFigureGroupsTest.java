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
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.enrich.figures.StoryFigures;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.web.view.FigureViews;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;

/**
 * The story page's figure panel names who a value counts when it is a group among the whole: made-up reports of one
 * strike on a TV office, the ministry's four dead and the channel's two journalists (the walk after issue 20 read
 * «4 (وزارة الصحة) … 2 (إدارة القناة)» as two tolls).
 */
class StoryFigureGroupsTest {
    private static final Instant T0 = Instant.parse("2024-05-02T08:00:00Z");

    @Test
    void theChannelsTwoAreItsJournalistsInTheHeadlinesAndTheTimeline() {
        List<Article> members = List.of(
                article("a0", "الجزيرة", "غارة على مكتب قناة", "وقالت وزارة الصحة إن 4 أشخاص قتلوا في الغارة."),
                article("a1", "العربي", "القناة تنعى صحفييها", "وقالت إدارة القناة إن صحفيين اثنين قتلا في الغارة."));
        Story s = new Story("a0", "غارة على مكتب قناة", "a0", 2, List.of("الجزيرة", "العربي"), T0,
                T0.plusSeconds(3600));
        Present p = new Present(Clock.fixed(T0.plusSeconds(7200), ZoneOffset.UTC));
        String html = new Views().render("story.jte", Map.of("page", Page.titled("غارة على مكتب قناة"),
                "s", p.story(s, members), "figures", FigureViews.panels(StoryFigures.of(members))));
        Document d = Jsoup.parse(html);
        List<String> headlines = d.select(".figure-panel.killed .headlines li").eachText();
        assertThat(headlines).anyMatch(h -> h.startsWith("2 صحفيين المصدر: إدارة القناة"));
        assertThat(headlines).anyMatch(h -> h.startsWith("4 المصدر: وزارة الصحة"));
        assertThat(d.select(".figure-panel.killed .timeline td.value").eachText())
                .containsExactlyInAnyOrder("4", "2 صحفيين");
    }

    private static Article article(String id, String outlet, String title, String sentence) {
        return ArticleFigures.enrich(Article.builder().id(id).url("https://example.org/" + id).source(outlet)
                .title(title).published("2024-05-02").language("ar").body(List.of(sentence)).build());
    }
}
