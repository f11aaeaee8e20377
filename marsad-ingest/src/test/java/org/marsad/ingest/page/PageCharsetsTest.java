package org.marsad.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.extract.TextDecoding;
import org.marsad.ingest.testsite.TestSite;

class PageCharsetsTest {

    @Test
    void theHeaderWinsOverTheMetaTag() {
        byte[] page = "<meta charset=\"windows-1256\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(PageCharsets.declared(page, "text/html; charset=UTF-8")).contains("UTF-8");
        assertThat(PageCharsets.declared(page, "text/html")).contains("windows-1256");
        assertThat(PageCharsets.declared("<p>x</p>".getBytes(StandardCharsets.US_ASCII), null)).isEmpty();
    }

    @Test
    void aWindows1256PageDeclaredOnlyInItsMetaTagDecodesToArabic() {
        byte[] page = TestSite.readResource("/site/news/oil.html");

        String declared = PageCharsets.declared(page, "text/html").orElseThrow();
        TextDecoding.Result r = TextDecoding.decode(page, declared);

        assertThat(declared).isEqualToIgnoringCase("windows-1256");
        assertThat(r).isInstanceOfSatisfying(TextDecoding.Decoded.class,
                d -> assertThat(d.text()).contains("ارتفعت أسعار النفط في التعاملات المبكرة."));
    }
}
