package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void knownSiteNameIsCutFromEitherEnd() {
        assertThat(Titles.stripSiteName("وزير الري يشهد توقيع عقد دراسة - اليوم السابع", "اليوم السابع", null,
                List.of())).isEqualTo("وزير الري يشهد توقيع عقد دراسة");
        assertThat(Titles.stripSiteName("اليوم السابع | وزير الري يشهد توقيع عقد دراسة", "اليوم السابع", null,
                List.of())).isEqualTo("وزير الري يشهد توقيع عقد دراسة");
    }

    @Test
    void hostNameStandsForTheSiteName() {
        assertThat(Titles.stripSiteName("Robbery in Paris – Beirut Observer", null, "www.beirutobserver.com",
                List.of())).isEqualTo("Robbery in Paris");
    }

    @Test
    void anotherStatementOfTheTitleShowsWhichSegmentIsExtra() {
        String core = "أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا";
        assertThat(Titles.stripSiteName("المدينة نيوز - " + core, null, null, List.of(core))).isEqualTo(core);
    }

    @Test
    void aDashInsideTheHeadlineIsKept() {
        String t = "Talks resume - but no deal in sight";
        assertThat(Titles.stripSiteName(t, "Coastal Daily", "coastal.example", List.of())).isEqualTo(t);
    }

    @Test
    void siteAndSectionSegmentsGoEvenWhenTheSiteIsNotKnown() {
        String t = "وزارة الصحة - الأخبار - افتتاح مستشفى جديد للأطفال";
        assertThat(Titles.stripSiteName(t, null, null, List.of(t))).isEqualTo("افتتاح مستشفى جديد للأطفال");
        String u = "Flood warnings issued for the coast | News | Coastal Daily";
        assertThat(Titles.stripSiteName(u, null, null, List.of(u))).isEqualTo("Flood warnings issued for the coast");
        // Two segments may be a headline with a dash in it; a long middle segment is not a section name.
        String two = "الحكومة تستقيل - والبرلمان يجتمع غدا";
        assertThat(Titles.stripSiteName(two, null, null, List.of(two))).isEqualTo(two);
        String longMiddle = "عاجل - الحكومة تعلن استقالتها بعد جلسة طويلة - البرلمان يجتمع غدا لمناقشة البدائل";
        assertThat(Titles.stripSiteName(longMiddle, null, null, List.of(longMiddle))).isEqualTo(longMiddle);
    }
}
