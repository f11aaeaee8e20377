package org.marsad.watch;

import org.marsad.search.QuerySyntaxException;

/**
 * Query errors in Arabic, for the pages where a watch is made and the search pages. The English message of a
 * {@link QuerySyntaxException} (one line, written by the query language) is recognised by its wording; one not
 * recognised gets a general Arabic sentence followed by the English detail.
 */
public final class QueryErrors {
    private QueryErrors() {
    }

    static String arabic(QuerySyntaxException e) {
        String hint = hint(e);
        return "تعذر فهم الاستعلام: " + (hint == null ? e.getMessage().replaceFirst("^bad query: ", "") : hint + ".");
    }

    /** What is wrong with the query, in Arabic words, or null when the error is not one of those recognised. */
    public static String hint(QuerySyntaxException e) {
        String m = e.getMessage().replaceFirst("^bad query: ", "");
        String hint;
        if (m.startsWith("unclosed quote")) {
            hint = "علامة تنصيص لم تُغلق";
        } else if (m.startsWith("unmatched ')'")) {
            hint = "قوس إغلاق بلا قوس فتح";
        } else if (m.startsWith("missing ')'")) {
            hint = "قوس فتح لم يُغلق";
        } else if (m.startsWith("empty parentheses")) {
            hint = "قوسان فارغان";
        } else if (m.startsWith("empty phrase")) {
            hint = "عبارة فارغة بين علامتي تنصيص";
        } else if (m.startsWith("unknown field")) {
            hint = "حقل غير معروف (الحقول المعروفة: source: tag: author: lang: category: person: place: org: from: to:)";
        } else if (m.endsWith("needs a value")) {
            hint = "حقل بلا قيمة بعد النقطتين";
        } else if (m.startsWith("'from:'") && m.contains(" is after 'to:'")) {
            hint = "تاريخ البداية (from:) بعد تاريخ النهاية (to:)";
        } else if (m.contains("is not a date")) {
            hint = "تاريخ غير صالح، اكتبه بالصيغة YYYY-MM-DD";
        } else if (m.startsWith("the query ends too early")) {
            // what the parser says of a '(' that ends the query ("(((", "غزة ("): no operator is written there
            hint = "قوس فتح بلا كلمة بعده";
        } else if (m.contains("needs a term after it")) {
            hint = "عامل (AND أو OR أو NOT) بلا كلمة بعده";
        } else if (m.contains("needs a term before it")) {
            hint = "عامل (AND أو OR) بلا كلمة قبله";
        } else {
            return null;
        }
        return hint;
    }
}
