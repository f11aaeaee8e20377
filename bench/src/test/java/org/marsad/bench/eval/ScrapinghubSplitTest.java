package org.marsad.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrapinghubSplitTest {

    @Test
    void followsTheStatedRuleOnTheHashOfThePageId() {
        // Expected values computed apart with Python: int.from_bytes(sha256(id).digest()[:4], 'big') % 100.
        assertThat(ScrapinghubSplit.of("a")).isEqualTo(ScrapinghubSplit.DEV); // 10
        assertThat(ScrapinghubSplit.of("page-1")).isEqualTo(ScrapinghubSplit.TEST); // 85
        assertThat(ScrapinghubSplit.of("page-2")).isEqualTo(ScrapinghubSplit.DEV); // 35
        assertThat(ScrapinghubSplit.of("x")).isEqualTo(ScrapinghubSplit.TEST); // 86
    }

    @Test
    void putsAboutSixtyPercentInDevAndNeverMovesAPage() {
        int dev = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            String id = Integer.toHexString(i * 7919) + "-page";
            ScrapinghubSplit s = ScrapinghubSplit.of(id);
            assertThat(ScrapinghubSplit.of(id)).isEqualTo(s);
            dev += s == ScrapinghubSplit.DEV ? 1 : 0;
        }
        assertThat(dev).isBetween(5_700, 6_300);
    }
}
