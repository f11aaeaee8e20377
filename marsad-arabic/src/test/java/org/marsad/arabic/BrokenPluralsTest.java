package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The patterns propose the other number of a broken plural; the index, not this class, decides which exist. */
class BrokenPluralsTest {

    @ParameterizedTest
    @CsvSource({"حريق,حرائق", "خبير,خبراء", "حزب,أحزاب", "منطقة,مناطق", "مشروع,مشاريع", "تقرير,تقارير",
            "قاعدة,قواعد", "سلاح,أسلحة", "رسالة,رسائل"})
    void eachNumberProposesTheOther(String singular, String plural) {
        assertThat(BrokenPlurals.otherNumber(singular)).contains(plural);
        assertThat(BrokenPlurals.otherNumber(plural)).contains(singular);
    }

    @Test
    void aPluralTypedWithoutItsHamzaStillProposesItsSingular() {
        assertThat(BrokenPlurals.otherNumber("احزاب")).contains("حزب");
    }

    @Test
    void aVerbalNounWithHamzaBelowIsNotReadAsAPlural() {
        assertThat(BrokenPlurals.otherNumber("إسقاط")).doesNotContain("سقط");
        assertThat(BrokenPlurals.otherNumber("إعلان")).doesNotContain("علن");
    }

    @Test
    void theWordItselfIsNeverProposed() {
        for (String w : new String[] {"حريق", "مناطق", "أحزاب", "كتاب", "غزة"}) {
            assertThat(BrokenPlurals.otherNumber(w)).doesNotContain(w);
        }
    }
}
