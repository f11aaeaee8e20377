package org.marsad.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.discover.FeedCandidate.Found;
import org.marsad.ingest.discover.FeedCandidate.Kind;
import org.marsad.ingest.discover.FeedDiscovery.Discovery;

/** Which discovered candidate a source added by its site alone may follow, and when the user must choose. */
class DiscoveryChoiceTest {
    private static final FeedCandidate POLITICS = candidate("/politics.rss", Kind.RSS);
    private static final FeedCandidate SPORT = candidate("/sport.atom", Kind.ATOM);
    private static final FeedCandidate NEWS_MAP = candidate("/news-sitemap.xml", Kind.SITEMAP);
    private static final FeedCandidate ARCHIVE_MAP = candidate("/archive-sitemap.xml", Kind.SITEMAP);

    private static FeedCandidate candidate(String path, Kind kind) {
        return new FeedCandidate(URI.create("https://paper.example" + path), kind, null, 3, Found.PAGE_LINK);
    }

    private static Discovery found(FeedCandidate... candidates) {
        return new Discovery(URI.create("https://paper.example/"), "الصحيفة", List.of(candidates), List.of(), null);
    }

    @Test
    void aSiteWithSeveralFeedsLeavesTheChoiceToTheUserAmongItsFeeds() {
        Discovery d = found(POLITICS, SPORT, NEWS_MAP);
        assertThat(d.onlyChoice()).isEmpty();
        assertThat(d.choices()).containsExactly(POLITICS, SPORT);
        assertThat(d.choicesLine()).isEqualTo("2 feeds: https://paper.example/politics.rss, "
                + "https://paper.example/sport.atom");
    }

    @Test
    void aSiteWithOneFeedIsFollowedByThatFeedWhateverSitemapsItAlsoHas() {
        assertThat(found(SPORT, NEWS_MAP, ARCHIVE_MAP).onlyChoice()).contains(SPORT);
        assertThat(found(POLITICS).onlyChoice()).contains(POLITICS);
    }

    @Test
    void sitemapsAreTheChoiceOnlyWhenTheSiteHasNoFeed() {
        assertThat(found(NEWS_MAP).onlyChoice()).contains(NEWS_MAP);
        Discovery two = found(NEWS_MAP, ARCHIVE_MAP);
        assertThat(two.onlyChoice()).isEmpty();
        assertThat(two.choices()).containsExactly(NEWS_MAP, ARCHIVE_MAP);
        assertThat(two.choicesLine()).startsWith("2 sitemaps (no feed): https://paper.example/news-sitemap.xml, ");
        assertThat(found().onlyChoice()).isEmpty();
        assertThat(found().choices()).isEmpty();
    }
}
