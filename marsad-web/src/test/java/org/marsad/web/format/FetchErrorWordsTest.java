package org.marsad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FetchErrorWordsTest {
    @Test
    void thePollersMessagesReadAsWhatTheyMean() {
        assertThat(FetchErrorWords.arabic("https://x.example/feed: HTTP 404 from https://x.example/feed"))
                .isEqualTo("العنوان غير موجود على موقع المصدر (HTTP 404)");
        assertThat(FetchErrorWords.arabic("https://x.example/rss: HTTP 503 from https://x.example/rss"))
                .isEqualTo("خادم المصدر معطّل أو مشغول (HTTP 503)");
        assertThat(FetchErrorWords.arabic("https://x.example/feed: unknown host: x.example"))
                .isEqualTo("اسم النطاق غير معروف");
        assertThat(FetchErrorWords.arabic("https://x.example/feed: no complete response within 30000 ms "
                + "(https://x.example/feed)")).isEqualTo("انتهت مهلة الاتصال بموقع المصدر");
        assertThat(FetchErrorWords.arabic("http://10.0.0.1/feed: refused 10.0.0.1: resolves to non-public address "
                + "10.0.0.1 (add the source with --allow-private to permit)"))
                .contains("العنوان خاص أو محلي");
        assertThat(FetchErrorWords.arabic("https://x.example/: an HTML page, not a feed: 'marsad sources discover "
                + "https://x.example/' lists the feeds a site links to")).startsWith("الرابط صفحة ويب وليس خلاصة");
        assertThat(FetchErrorWords.arabic("https://x.example/feed.xml: malformed XML: unexpected end"))
                .isEqualTo("الخلاصة أو خريطة الموقع غير صالحة");
        assertThat(FetchErrorWords.arabic("https://x.example/feed.xml: robots.txt disallows https://x.example/feed.xml"))
                .isEqualTo("ملف robots.txt في موقع المصدر يمنع القراءة");
    }

    @Test
    void aFeedUrlInAnUnknownErrorIsNotMistakenForAFeedProblem() {
        assertThat(FetchErrorWords.arabic("https://x.example/feed.xml: IOException: broken pipe"))
                .isEqualTo("تعذّر جلب المصدر");
        assertThat(FetchErrorWords.arabic(null)).isNull();
        assertThat(FetchErrorWords.arabic("  ")).isNull();
    }
}
