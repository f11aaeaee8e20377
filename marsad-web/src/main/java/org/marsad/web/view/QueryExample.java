package org.marsad.web.view;

import java.util.List;

/**
 * An example of the query language on the search help page: the query as typed, a link that runs it, and what it
 * finds, in Arabic.
 */
public record QueryExample(String query, String href, String meaning) {
    /** The example {@code query}, linked to its search. */
    public static QueryExample of(String query, String meaning) {
        return new QueryExample(query, Urls.withQuery("/search", Urls.params("q", query)), meaning);
    }

    /** The examples of the help page, grouped under their headings, in the order a newcomer needs them. */
    public static List<Group> all() {
        return List.of(
                new Group("كلمات", "تُبحث كل كلمة بأي صيغة صرفية: المفاوضات تجد «مفاوضات» و«بالمفاوضات» "
                        + "و«والمفاوضات». الكلمات المتعددة يجب أن ترد كلها.", List.of(
                        of("المفاوضات غزة", "المقالات التي ترد فيها الكلمتان معاً"),
                        of("\"وقف إطلاق النار\"", "العبارة بعينها، بكلماتها متتالية"))),
                new Group("أو، ليس، الأقواس", "تُكتب OR وAND وNOT بحروف لاتينية كبيرة.", List.of(
                        of("إيران OR لبنان", "إحدى الكلمتين على الأقل"),
                        of("غزة -لبنان", "غزة دون المقالات التي تذكر لبنان (ومثلها: غزة NOT لبنان)"),
                        of("(رفح OR خان يونس) مساعدات", "الأقواس تجمع البدائل"))),
                new Group("بداية الكلمة", "نجمة في آخر الكلمة تبحث عن كل كلمة تبدأ بحروفها، "
                        + "بحرفين على الأقل قبل النجمة.", List.of(
                        of("غز*", "غزة، وغزة، الغزو…"),
                        of("فيضان*", "فيضان، فيضانات…"))),
                new Group("المصدر والوسم والكاتب", "اسم من كلمات عدة يوضع بين علامتي تنصيص، "
                        + "وإلا عُدّت الكلمة الثانية كلمة بحث مستقلة.", List.of(
                        of("source:\"الخليج الجديد\"", "مقالات هذا المصدر (اسم من كلمتين: بين علامتي تنصيص)"),
                        of("source:الجزيرة", "المصدر «الجزيرة» و«الجزيرة نت»"),
                        of("tag:\"حرب غزة\"", "المقالات الموسومة بهذا الوسم"),
                        of("author:\"علي التومي\"", "مقالات هذا الكاتب"),
                        of("category:اقتصاد", "مقالات المصادر المتابَعة المصنفة في «اقتصاد»"),
                        of("lang:en", "المقالات المكتوبة بالإنجليزية"))),
                new Group("الأشخاص والأماكن والمنظمات", "يطابق الاسم كل تهجئاته في المصادر المختلفة، "
                        + "والجزء من الاسم الكامل يكفي.", List.of(
                        of("person:نتنياهو", "المقالات التي تذكر بنيامين نتنياهو، ومنها ما يكتبه «نتانياهو»"),
                        of("person:\"أنطونيو غوتيريش\"", "الاسم الكامل، ويطابق «جوتيريش» و«جوتيريس»"),
                        of("place:لبنان", "المقالات التي تذكر لبنان مكاناً"),
                        of("org:\"الأمم المتحدة\"", "المقالات التي تذكر هذه المنظمة"))),
                new Group("التاريخ", "تاريخ النشر بالصيغة YYYY-MM-DD، ميلادياً أو هجرياً (السنة من 1300 إلى 1600 "
                        + "سنة هجرية بتقويم أم القرى)، واليومان داخلان في المدة.", List.of(
                        of("غزة from:2024-01-01 to:2024-01-31", "ما نُشر عن غزة في يناير 2024"),
                        of("غزة from:1445-09-01 to:1445-09-30", "ما نُشر عن غزة في رمضان 1445 هـ"))));
    }

    /** A heading, a sentence on the rule, and its examples. */
    public record Group(String heading, String rule, List<QueryExample> examples) {
    }
}
