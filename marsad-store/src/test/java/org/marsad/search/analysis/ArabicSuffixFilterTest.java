package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicSuffixFilterTest {
    private static List<String> strip(String folded) {
        return AnalysisTesting.filtered(ts -> new ArabicSuffixFilter(ts, StemExceptions.defaults()), folded);
    }

    @Test
    void removesPluralAndDualEndings() {
        assertThat(strip("مفاوضات معلمون معلمين يبحثان")).containsExactly("مفاوض", "معلم", "معلم", "يبحث");
    }

    @Test
    void removesFeminineAndNisbaEndingsInTheirFoldedForm() {
        // مدينة and اتفاقية arrive folded as مدينه and اتفاقيه.
        assertThat(strip("مدينه اتفاقيه عربي")).containsExactly("مدين", "اتفاق", "عرب");
    }

    @Test
    void keepsAtLeastThreeLetters() {
        assertThat(strip("بيان مكان غزه")).containsExactly("بيان", "مكان", "غزه");
    }

    @Test
    void stopsAtAProtectedName() {
        assertThat(strip("لبنان ايران لبنانيين ايرانيه فلسطينيون"))
                .containsExactly("لبنان", "ايران", "لبنان", "ايران", "فلسطين");
    }

    @Test
    void removesTheCaseAlifButNotAfterYaWawOrTheTwoLetterMinimum() {
        // شهيداً and جريحاً arrive folded as شهيدا and جريحا.
        assertThat(strip("شهيدا جريحا عاما عليا روسيا قالوا هذا بيتها"))
                .containsExactly("شهيد", "جريح", "عام", "عليا", "روسيا", "قالوا", "هذا", "بيت");
    }

    @Test
    void aPluralInAtThatEndsInAnLosesBothLikeItsSingular() {
        assertThat(strip("فيضانات فيضان فيضانا امتحانات امتحان بيانات"))
                .containsExactly("فيض", "فيض", "فيض", "امتح", "امتح", "بيان");
    }
}
