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

    /**
     * A story watch's first alert about a story: "new story" only when the article began it; an article that joined
     * a story reported before (the watch was added later, or the earlier reports did not match) is in an ongoing one.
     */
    @Test
    void aStoryAlertCallsTheStoryNewOnlyWhenTheArticleBeganIt() throws Exception {
        AlertMail m = AlertMail.of(ArticleJson.mapper().readTree("""
                {"event": "digest",
                 "watch": {"id": 4, "name": "كردفان", "query": "كردفان", "mode": "stories",
                           "link": "http://marsad.test/watches/4"},
                 "alerts": [
                   {"reason": "story",
                    "story": {"id": "k1", "title": "قصف على سوق المدينة", "articles": 2,
                              "outlets": ["بريد الإقليم"], "link": "http://marsad.test/story/k1"},
                    "article": {"id": "k3", "title": "قصف جديد على أحياء المدينة", "source": "بريد الإقليم",
                                "url": null, "published": "2026-12-06", "snippet": "",
                                "link": "http://marsad.test/article/k3"}},
                   {"reason": "story",
                    "story": {"id": "d4", "title": "اشتباكات في محيط البلدة", "articles": 2,
                              "outlets": ["صوت الوادي", "أخبار النهر"], "link": "http://marsad.test/story/d4"},
                    "article": {"id": "d4", "title": "اشتباكات في محيط البلدة", "source": "صوت الوادي",
                                "url": null, "published": "2026-12-06", "snippet": "",
                                "link": "http://marsad.test/article/d4"}}
                 ],
                 "created_at": "2026-12-06T18:00:00Z"}
                """));
        assertThat(m.text()).contains("بريد الإقليم · 6 ديسمبر 2026 · قصة جارية\n",
                "صوت الوادي · 6 ديسمبر 2026 · قصة جديدة تنقلها وسيلتان\n");
        assertThat(m.html()).contains("بريد الإقليم</bdi> · <bdi>6 ديسمبر 2026</bdi> · قصة جارية</div>",
                "صوت الوادي</bdi> · <bdi>6 ديسمبر 2026</bdi> · قصة جديدة تنقلها وسيلتان</div>");
    }

    @Test
    void aTimeInUtcAndAValueNoDateReaderKnowsAreStillShown() {
        assertThat(AlertMail.publishedText("2026-01-05T22:05:00Z")).isEqualTo("5 يناير 2026، الساعة 22:05 UTC");
        assertThat(AlertMail.publishedText("")).isEmpty();
        assertThat(AlertMail.publishedText("قبل ساعة")).isEqualTo("قبل ساعة");
    }
}
