package org.marsad.watch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.marsad.model.ArticleJson;

/** The alert mail a newsroom reads: the publication written as the pages write it, never as ISO-8601. */
class AlertMailTest {
    /** A delivery payload of two alerts (made up for this test): one with a time and offset, one with a day. */
    static JsonNode payload() throws Exception {
        return ArticleJson.mapper().readTree("""
                {"event": "alert",
                 "watch": {"id": 3, "name": "فيضانات", "query": "فيضان", "mode": "every",
                           "link": "http://marsad.test/watches/3"},
                 "alerts": [
                   {"reason": "match", "story": null,
                    "article": {"id": "a1", "title": "فيضانات تغمر قرى الوادي", "source": "موقع الوادي",
                                "url": null, "published": "2026-12-06T03:30:00+03:00", "snippet": "غمرت المياه",
                                "link": "http://marsad.test/article/a1"}},
                   {"reason": "match", "story": null,
                    "article": {"id": "a2", "title": "سيول في الجنوب", "source": "وكالة", "url": null,
                                "published": "2023-12-24", "snippet": "", "link": "http://marsad.test/article/a2"}}
                 ],
                 "created_at": "2026-12-06T08:00:00Z"}
                """);
    }

    @Test
    void thePublicationIsWrittenInArabicWithTheOutletsOwnOffset() throws Exception {
        AlertMail m = AlertMail.of(payload());
        for (String body : new String[] {m.text(), m.html()}) {
            assertThat(body).contains("6 ديسمبر 2026، الساعة 03:30 UTC+03:00").contains("24 ديسمبر 2023")
                    .doesNotContain("2026-12-06T").doesNotContain("2023-12-24");
        }
    }

    @Test
    void aTimeInUtcAndAValueNoDateReaderKnowsAreStillShown() {
        assertThat(AlertMail.publishedText("2026-01-05T22:05:00Z")).isEqualTo("5 يناير 2026، الساعة 22:05 UTC");
        assertThat(AlertMail.publishedText("")).isEmpty();
        assertThat(AlertMail.publishedText("قبل ساعة")).isEqualTo("قبل ساعة");
    }
}
