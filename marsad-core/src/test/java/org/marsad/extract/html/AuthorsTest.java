package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    @Test
    void aPlainBylineIsFoundOnlyWhenItHasItsLabel() {
        String prose = "<p>" + "قالت الوزارة إن العمل مستمر في المشروع. ".repeat(4) + "</p>";
        Document withByline = Jsoup.parse("<body><p>كتب: ليلى حداد</p>" + prose + "</body>");
        assertThat(Authors.find(withByline, PageMeta.read(withByline), JsonLd.read(withByline), null))
                .isEqualTo("ليلى حداد");
        Document boldLabel = Jsoup.parse("<body><p><strong>بقلم:</strong> أحمد علي ومحمد حسن</p>" + prose + "</body>");
        assertThat(Authors.find(boldLabel, PageMeta.read(boldLabel), JsonLd.read(boldLabel), null))
                .isEqualTo("أحمد علي, محمد حسن");
        Document sentence = Jsoup.parse("<body><p>كتب الوزير في رسالته إلى النواب أن الموازنة تأخرت</p>"
                + prose + "</body>");
        assertThat(Authors.find(sentence, PageMeta.read(sentence), JsonLd.read(sentence), null)).isNull();
    }
}
