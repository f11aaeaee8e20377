package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    @Test
    void severalWritersOfOneBylineAreListedWithCommas() {
        assertThat(Authors.clean("بقلم: أحمد علي ومحمد حسن")).isEqualTo("أحمد علي, محمد حسن");
        assertThat(Authors.clean("بقلم: أحمد علي و محمد حسن وسعاد إبراهيم")).isEqualTo("أحمد علي, محمد حسن, سعاد إبراهيم");
        assertThat(Authors.clean("By Jane Doe and John Smith")).isEqualTo("Jane Doe, John Smith");
        assertThat(Authors.clean("كتب: أحمد علي، محمد حسن")).isEqualTo("أحمد علي, محمد حسن");
    }

    @Test
    void aNameContainingWawIsOneName() {
        assertThat(Authors.clean("بقلم: عبد الله وهبي")).isEqualTo("عبد الله وهبي");
        assertThat(Authors.clean("بقلم: سيدي محمد ولد الشيخ")).isEqualTo("سيدي محمد ولد الشيخ");
        assertThat(Authors.clean("بقلم: وليد حسن")).isEqualTo("وليد حسن");
    }

    private static String author(String html) {
        PageIndex page = PageIndex.of(Jsoup.parse(html));
        return Authors.find(page, PageMeta.read(page), JsonLd.read(page), null);
    }

    @Test
    void aPlainBylineIsFoundOnlyWhenItHasItsLabel() {
        String prose = "<p>" + "قالت الوزارة إن العمل مستمر في المشروع. ".repeat(4) + "</p>";
        assertThat(author("<body><p>كتب: ليلى حداد</p>" + prose + "</body>")).isEqualTo("ليلى حداد");
        assertThat(author("<body><p><strong>بقلم:</strong> أحمد علي ومحمد حسن</p>" + prose + "</body>"))
                .isEqualTo("أحمد علي, محمد حسن");
        assertThat(author("<body><p>كتب الوزير في رسالته إلى النواب أن الموازنة تأخرت</p>" + prose + "</body>"))
                .isNull();
    }

    /** The printed bylines are tried in document order. */
    @Test
    void theFirstPrintedBylineOfThePageIsTaken() {
        String prose = "<p>" + "قالت الوزارة إن العمل مستمر في المشروع. ".repeat(4) + "</p>";
        assertThat(author("<body><div><span>بقلم: ليلى حداد</span></div><p>كتب: سعاد إبراهيم</p>" + prose
                + "<p>بقلم: أحمد علي</p></body>")).isEqualTo("ليلى حداد");
    }
}
