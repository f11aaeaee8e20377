package org.marsad.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateViewTest {
    private static String items(int n) {
        return new CandidateView("https://example.org/feed", org.marsad.ingest.discover.FeedCandidate.Kind.RSS, null, n).entriesText();
    }

    @Test
    void theItemCountReadsAsArabicCountsIt() {
        assertThat(items(0)).isEqualTo("لا عناصر");
        assertThat(items(1)).isEqualTo("عنصر واحد");
        assertThat(items(2)).isEqualTo("عنصران");
        assertThat(items(7)).isEqualTo("7 عناصر");
        assertThat(items(25)).isEqualTo("25 عنصراً");
        assertThat(items(100)).isEqualTo("100 عنصر");
    }
}
