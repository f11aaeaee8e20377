package org.marsad.web.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's last polling error in Arabic words for the sources page. The stored error is the poller's one-line
 * English message ("https://x/feed: HTTP 503 from https://x/feed"); a reader at a monitoring desk needs what it
 * means ("خادم المصدر معطل مؤقتاً") and the page keeps the message itself beside it for whoever fixes it.
 */
public final class FetchErrorWords {
    private static final Pattern HTTP = Pattern.compile("\\bHTTP (\\d{3})\\b");

    private FetchErrorWords() {
    }

    /** The error in words; null for no error. */
    public static String arabic(String error) {
        if (error == null || error.isBlank()) {
            return null;
        }
        String e = error.toLowerCase(java.util.Locale.ROOT);
        Matcher m = HTTP.matcher(error);
        if (m.find()) {
            int status = Integer.parseInt(m.group(1));
            String code = " (HTTP " + status + ")";
            if (status == 404 || status == 410) {
                return "العنوان غير موجود على موقع المصدر" + code;
            }
            if (status == 401 || status == 403) {
                return "موقع المصدر يرفض طلبات مرصد" + code;
            }
            if (status == 429) {
                return "موقع المصدر يطلب التمهّل بين الطلبات" + code;
            }
            if (status >= 500) {
                return "خادم المصدر معطّل أو مشغول" + code;
            }
            if (status >= 300 && status < 400) {
                return "تحويلات كثيرة أو حلقة تحويل" + code;
            }
            return "ردّ غير متوقع من موقع المصدر" + code;
        }
        if (e.contains("non-public address")) {
            return "العنوان خاص أو محلي، ولم يُسمح لهذا المصدر بالعناوين الخاصة";
        }
        if (e.contains("robots.txt")) {
            return "ملف robots.txt في موقع المصدر يمنع القراءة";
        }
        if (e.contains("unknown host")) {
            return "اسم النطاق غير معروف";
        }
        if (e.contains("no complete response") || e.contains("timeout") || e.contains("timed out")) {
            return "انتهت مهلة الاتصال بموقع المصدر";
        }
        if (e.contains("connectexception") || e.contains("connection refused")) {
            return "تعذّر الاتصال بموقع المصدر";
        }
        if (e.contains("redirect")) {
            return "تحويلات كثيرة أو حلقة تحويل";
        }
        if (e.contains("larger than") || e.contains("exceeds") || e.contains("too large")) {
            return "الردّ أكبر من الحد المسموح";
        }
        if (e.contains("html page, not a feed")) {
            return "الرابط صفحة ويب وليس خلاصة: أضف الموقع بعنوان صفحته الرئيسية ليجد مرصد خلاصاته";
        }
        if (e.contains("not a feed") || e.contains("not a sitemap") || e.contains("not a json feed")
                || e.contains("malformed") || e.contains("unreadable") || e.contains("empty feed")
                || e.contains("empty sitemap") || e.contains("dtd") || e.contains("cannot be decoded")
                || e.contains("corrupt")) {
            return "الخلاصة أو خريطة الموقع غير صالحة";
        }
        return "تعذّر جلب المصدر";
    }
}
