package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFormatTest {
    @Test
    void htmlIsRecognisedByNameOrContent() {
        assertThat(PageFormat.sniff("page.HTML", "anything")).isEqualTo(PageFormat.HTML);
        assertThat(PageFormat.sniff("https://example.com/a.htm?x=1", "anything")).isEqualTo(PageFormat.HTML);
        assertThat(PageFormat.sniff("dump.txt", "  <!DOCTYPE html><html><body>x</body></html>"))
                .isEqualTo(PageFormat.HTML);
        assertThat(PageFormat.sniff(null, "<html lang=\"ar\">")).isEqualTo(PageFormat.HTML);
    }

    @Test
    void textDumpsAreText() {
        assertThat(PageFormat.sniff("dump.txt", "عنوان الخبر\nنص الخبر <b>مع وسم</b>.")).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void onlyTextHasAnExtractorSoFar() {
        assertThat(PageExtractors.forFormat(PageFormat.TEXT)).isPresent();
    }
}
