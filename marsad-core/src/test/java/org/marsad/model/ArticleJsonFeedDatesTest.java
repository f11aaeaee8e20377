package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Review: a researcher's scraped dump kept each feed item's pubDate as the feed wrote it (RFC 1123); every line was
 * refused ("not an ISO-8601 date or date-time"), so a whole dump needed a converter before Marsad would read it.
 */
class ArticleJsonFeedDatesTest {
    private static Article line(String published) {
        return ArticleJson.fromInput(ArticleJson.tree("{\"title\":\"خبر\",\"published\":\"" + published + "\"}"));
    }

    @Test
    void aFeedsDateIsReadInItsOwnOffsetAndKeptAsWritten() {
        Article a = line("Sun, 01 Apr 2018 02:56:52 +0400");
        assertThat(a.published()).isEqualTo("2018-04-01T02:56:52+04:00");
        assertThat(a.publishedText()).isEqualTo("Sun, 01 Apr 2018 02:56:52 +0400");

        assertThat(line("Mon, 30 Apr 2018 18:18:03 GMT").published()).isEqualTo("2018-04-30T18:18:03Z");
        assertThat(line("5 Jun 2020 07:00:00 +0300").published()).isEqualTo("2020-06-05T07:00:00+03:00");
    }

    @Test
    void isoValuesAreReadAsBeforeAndOtherTextIsNotTakenForAFeedDate() {
        assertThat(line("2018-04-01T02:56:52+04:00").published()).isEqualTo("2018-04-01T02:56:52+04:00");
        assertThat(line("2018-04-01T02:56:52+04:00").publishedText()).isNull();
        assertThat(line("2018-04-01").published()).isEqualTo("2018-04-01");
        assertThat(PublishedDates.fromRfc1123("الأحد 1 أبريل 2018")).isNull();
        assertThat(PublishedDates.fromRfc1123("منذ ساعتين")).isNull();
    }
}
