package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldLengthsTest {
    @Test
    void aShortValueAndAnArticleWithinBoundsStayAsTheyAre() {
        assertThat(FieldLengths.bounded("مقتل صحفيين في الزاوية", 1_000)).isEqualTo("مقتل صحفيين في الزاوية");
        assertThat(FieldLengths.bounded((String) null, 10)).isNull();
        Article a = Article.builder().url("https://example.org/a").title("عنوان").source("صدى الحدث")
                .body(List.of("نص")).tags(List.of("غزة")).build();
        assertThat(FieldLengths.bounded(a)).isSameAs(a);
    }

    @Test
    void aLongValueIsCutBeforeAWordAndEndsWithAnEllipsis() {
        assertThat(FieldLengths.bounded("واحد اثنان ثلاثة أربعة خمسة", 20)).isEqualTo("واحد اثنان ثلاثة…");
        // no space near the end: cut inside the word rather than lose most of what may be kept
        assertThat(FieldLengths.bounded("ا".repeat(50), 10)).isEqualTo("ا".repeat(9) + "…");
    }

    @Test
    void aCutNeverSplitsASurrogatePairAndNeverPassesTheBound() {
        Random random = new Random(19);
        String[] pieces = {"خبر", " ", "😀", "a", "𝕏", "  "};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            int max = 2 + random.nextInt(30);
            String cut = FieldLengths.bounded(sb.toString(), max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            for (int i = 0; i < cut.length(); i++) {
                char c = cut.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1))).isTrue();
                }
            }
            if (sb.length() <= max) {
                assertThat(cut).isEqualTo(sb.toString());
            } else {
                assertThat(cut).endsWith("…");
                assertThat(sb.toString()).startsWith(cut.substring(0, cut.length() - 1));
            }
        }
    }
}
