package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The patterns propose the other number of a broken plural; the index, not this class, decides which exist. */
class BrokenPluralsTest {

    @Test
    void aSingularProposesItsBrokenPlural() {
        assertThat(BrokenPlurals.otherNumber("حريق")).contains("حرائق");
        assertThat(BrokenPlurals.otherNumber("خبير")).contains("خبراء");
        assertThat(BrokenPlurals.otherNumber("حزب")).contains("أحزاب");
        assertThat(BrokenPlurals.otherNumber("منطقة")).contains("مناطق");
        assertThat(BrokenPlurals.otherNumber("مشروع")).contains("مشاريع");
        assertThat(BrokenPlurals.otherNumber("تقرير")).contains("تقارير");
        assertThat(BrokenPlurals.otherNumber("قاعدة")).contains("قواعد");
        assertThat(BrokenPlurals.otherNumber("سلاح")).contains("أسلحة");
        assertThat(BrokenPlurals.otherNumber("رسالة")).contains("رسائل");
    }

    @Test
    void aBrokenPluralProposesItsSingular() {
        assertThat(BrokenPlurals.otherNumber("حرائق")).contains("حريق");
        assertThat(BrokenPlurals.otherNumber("أحزاب")).contains("حزب");
        assertThat(BrokenPlurals.otherNumber("احزاب")).contains("حزب");
        assertThat(BrokenPlurals.otherNumber("مناطق")).contains("منطقة");
        assertThat(BrokenPlurals.otherNumber("مشاريع")).contains("مشروع");
        assertThat(BrokenPlurals.otherNumber("خبراء")).contains("خبير");
        assertThat(BrokenPlurals.otherNumber("أسلحة")).contains("سلاح");
        assertThat(BrokenPlurals.otherNumber("تقارير")).contains("تقرير");
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
