package org.marsad.web;

import org.marsad.store.Archive;

/**
 * What a reader is told while the search index is rebuilt and nothing can be searched: why (the same cause
 * {@code /healthz} reports as its reason, not always an upgrade), how far it is, and what still works; and while
 * the index cannot be reached at all.
 */
final class RebuildNotice {
    private RebuildNotice() {
    }

    /** The page heading of a search refused meanwhile. */
    static final String HEADING = "البحث غير متاح مؤقتاً";

    /** The notice of a refused search: why, how far, and that the rest works. */
    static String refused(Archive.RebuildProgress p) {
        return why(p) + " " + progress(p) + " الأخبار والصفحات الأخرى متاحة، والبحث يعود بعد انتهاء البناء؛ أعد المحاولة"
                + " بعد قليل.";
    }

    /** The banner above lists read from the store meanwhile. */
    static String banner(Archive.RebuildProgress p) {
        return HEADING + ": " + why(p) + " " + progress(p) + " تُعرض هنا أحدث الأخبار المحفوظة حسب التاريخ،"
                + " والبحث والتصفية يعودان بعد انتهاء البناء.";
    }

    /** Why a search is refused while the index cannot be reached (a shared index's nodes all down). */
    static final String UNREACHABLE = "تعذّر الوصول إلى فهرس البحث الآن. الأخبار المحفوظة لم تُفقد؛ حاول مرة أخرى"
            + " بعد قليل.";

    /** The banner above the lists read from the store while the index cannot be reached (front, outlet, tag pages). */
    static final String UNREACHABLE_BANNER = HEADING + ": تعذّر الوصول إلى فهرس البحث الآن. تُعرض هنا أحدث الأخبار"
            + " المحفوظة حسب التاريخ، والبحث والتصفية يعودان حين يعود الفهرس.";

    static String why(Archive.RebuildProgress p) {
        return switch (p.cause()) {
            case UPGRADE -> "يُعاد بناء فهرس البحث بعد ترقية مرصد.";
            case OTHER_STORE -> "يُعاد بناء فهرس البحث لأن الفهرس الموجود بُني من أرشيف آخر.";
            case MISSING -> "يُعاد بناء فهرس البحث لأنه لم يُعثر عليه (فُقد أو حُذف).";
            case MISMATCH -> "يُعاد بناء فهرس البحث لأنه لا يطابق الأخبار المحفوظة في الأرشيف.";
            case INTERRUPTED -> "يُستأنف بناء فهرس البحث بعد أن توقف قبل اكتماله.";
        };
    }

    private static String progress(Archive.RebuildProgress p) {
        return "(فُهرس " + p.indexed() + " من " + p.total() + " خبراً)";
    }
}
