package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicFoldingFilterTest {
    @Test
    void foldsSpellingVariantsToOneForm() {
        assertThat(AnalysisTesting.filtered(ArabicFoldingFilter::new, "أحمد إيران آلاف مدرسة مستشفى مسؤول"))
                .containsExactly("احمد", "ايران", "الاف", "مدرسه", "مستشفي", "مسوول");
    }

    @Test
    void removesDiacriticsAndFoldsDigits() {
        assertThat(AnalysisTesting.filtered(ArabicFoldingFilter::new, "مُفَاوَضَات ٢٠٢٣"))
                .containsExactly("مفاوضات", "2023");
    }

    @Test
    void passesLatinTokensThrough() {
        assertThat(AnalysisTesting.filtered(ArabicFoldingFilter::new, "Gaza UN")).containsExactly("Gaza", "UN");
    }
}
