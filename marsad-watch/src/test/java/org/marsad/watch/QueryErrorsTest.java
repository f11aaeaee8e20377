package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.search.ArticleMatching;
import org.marsad.search.QuerySyntaxException;

class QueryErrorsTest {
    private static String arabic(String query) {
        QuerySyntaxException e = catchThrowableOfType(() -> ArticleMatching.query(query),
                QuerySyntaxException.class);
        assertThat(e).as("'%s' should not parse", query).isNotNull();
        return QueryErrors.arabic(e);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"غزة                | علامة تنصيص لم تُغلق",
            "غزة)                 | قوس إغلاق بلا قوس فتح",
            "(غزة                 | قوس فتح لم يُغلق",
            "()                   | قوسان فارغان",
            "\"\"                 | عبارة فارغة",
            "colour:red           | حقل غير معروف",
            "source:              | حقل بلا قيمة",
            "from:2025-13-01      | تاريخ غير صالح",
            "غزة OR               | بلا كلمة بعده",
            "غزة AND              | بلا كلمة بعده",
            "NOT                  | بلا كلمة بعده",
            "(((                  | قوس فتح بلا كلمة بعده",
            "غزة (                | قوس فتح بلا كلمة بعده",
            "AND غزة              | بلا كلمة قبله"})
    void everyQueryErrorHasAnArabicExplanation(String query, String expected) {
        assertThat(arabic(query.strip())).startsWith("تعذر فهم الاستعلام: ").contains(expected.strip());
    }

    @Test
    void anUnknownWordingStillSaysSomethingWithTheDetail() {
        assertThat(QueryErrors.arabic(new QuerySyntaxException("something new"))).isEqualTo(
                "تعذر فهم الاستعلام: something new");
    }
}
