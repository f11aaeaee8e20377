package org.marsad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** review23: a web page uploaded as the list of sources is named as one on the sources page, not as a bad OPML file. */
class OpmlErrorWordsTest {
    @Test
    void aWebPageIsCalledAWebPage() {
        assertThat(OpmlErrorWords.arabic("an HTML page, not an OPML list of sources: a feed reader exports its list"))
                .startsWith("هذا الملف صفحة ويب وليس قائمة مصادر OPML");
        assertThat(OpmlErrorWords.arabic("not an OPML document")).startsWith("هذا الملف ليس ملف OPML صالحاً");
    }
}
