package org.marsad.web.format;

/**
 * Why an uploaded list of sources (OPML) was refused, in Arabic words for the sources page. The reader's message is
 * one English line ("malformed OPML at line 3, column 9: ..."); an editor needs what it means for the file, and the
 * page keeps the line itself beside it for whoever fixes the file.
 */
public final class OpmlErrorWords {
    private OpmlErrorWords() {
    }

    /** The refusal in words. */
    public static String arabic(String error) {
        String e = error == null ? "" : error;
        if (e.startsWith("empty file")) {
            return "الملف فارغ: لا قائمة مصادر فيه.";
        }
        if (e.startsWith("too large")) {
            return "الملف أكبر من أن يكون قائمة مصادر (الحد 16 ميغابايت).";
        }
        if (e.contains("lists no feed")) {
            return "لا يذكر الملف أي خلاصة يمكن متابعتها.";
        }
        if (e.startsWith("an HTML page")) {
            return "هذا الملف صفحة ويب وليس قائمة مصادر OPML؛ تصدّر برامج قراءة الأخبار قوائمها بصيغة OPML.";
        }
        if (e.startsWith("bad outline")) {
            return "في الملف مصدر برابط غير صالح؛ لم يُستورد شيء منه.";
        }
        return "هذا الملف ليس ملف OPML صالحاً (قائمة الخلاصات التي تصدّرها برامج قراءة الأخبار).";
    }
}
