package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
    private static final PageZone CAIRO = PageZone.of(ZoneId.of("Africa/Cairo"));

    @Test
    void aTimeWithoutOffsetIsNeverTakenAsUtc() {
        assertThat(PublishedDates.settle("2025-02-03T16:30", PageZone.UNKNOWN)).isEqualTo("2025-02-03");
        assertThat(PublishedDates.settle("2025-02-03T16:30", null)).isEqualTo("2025-02-03");
        assertThat(PublishedDates.settle("2025-02-03T16:30", CAIRO)).isEqualTo("2025-02-03T16:30:00+02:00");
        // Egypt keeps summer time again since 2023: the zone's rules give +03:00 in July.
        assertThat(PublishedDates.settle("2024-07-10T09:05:30", CAIRO)).isEqualTo("2024-07-10T09:05:30+03:00");
    }

    @Test
    void datesAndOffsetTimesKeepTheirDayAndOffset() {
        assertThat(PublishedDates.settle("2023-12-24", CAIRO)).isEqualTo("2023-12-24");
        assertThat(PublishedDates.settle("2020-06-03T03:01+04:00", CAIRO)).isEqualTo("2020-06-03T03:01:00+04:00");
        assertThat(PublishedDates.settle("2020-06-02T22:10:00Z", CAIRO)).isEqualTo("2020-06-02T22:10:00Z");
        assertThat(PublishedDates.settle("yesterday", CAIRO)).isNull();
        assertThat(PublishedDates.settle(null, CAIRO)).isNull();
    }

    @Test
    void theContractRefusesALocalTime() {
        assertThat(PublishedDates.isValid("2023-12-24")).isTrue();
        assertThat(PublishedDates.isValid("2020-06-03T03:01:00+04:00")).isTrue();
        assertThat(PublishedDates.isValid("2020-06-02T22:10:00Z")).isTrue();
        assertThat(PublishedDates.isValid("2025-02-03T16:30")).isFalse();
        assertThatThrownBy(() -> Article.builder().title("t").published("2025-02-03T16:30").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    }

    @Test
    void aFeedInstantForTheSameArticleGivesThePageItsOffset() {
        // The page says 18:40, its feed 16:40Z: the page is at +02:00 (not 18:40Z).
        PageZone z = PageZone.matching(OffsetDateTime.parse("2025-02-03T16:40:27Z"));
        assertThat(PublishedDates.settle("2025-02-03T18:40", z)).isEqualTo("2025-02-03T18:40:00+02:00");
        // Written in another offset, the same instant gives the same answer.
        PageZone z2 = PageZone.matching(OffsetDateTime.parse("2025-02-03T19:40:00+03:00"));
        assertThat(PublishedDates.settle("2025-02-03T18:40", z2)).isEqualTo("2025-02-03T18:40:00+02:00");
        // A feed time that is another moment (an update 17 minutes later) says nothing about the offset.
        PageZone other = PageZone.matching(OffsetDateTime.parse("2025-02-03T16:57:00Z"));
        assertThat(PublishedDates.settle("2025-02-03T18:40", other)).isEqualTo("2025-02-03");
        // Round times meet by chance: 09:00 on the page and 12:00Z in the feed may be an article and its update.
        assertThat(PublishedDates.settle("2025-02-03T09:00",
                PageZone.matching(OffsetDateTime.parse("2025-02-03T12:00:00Z")))).isEqualTo("2025-02-03");
        // An offset no place uses (-02:45: 09:15 against 12:00Z) is not one.
        assertThat(PublishedDates.settle("2025-02-03T09:15",
                PageZone.matching(OffsetDateTime.parse("2025-02-03T12:00:00Z")))).isEqualTo("2025-02-03");
        // Tehran's half hour is.
        assertThat(PublishedDates.settle("2025-02-03T18:40",
                PageZone.matching(OffsetDateTime.parse("2025-02-03T15:10:00Z")))).isEqualTo("2025-02-03T18:40:00+03:30");
        // Nor does one more than 14 hours away.
        PageZone far = PageZone.matching(OffsetDateTime.parse("2025-02-02T01:40:00Z"));
        assertThat(PublishedDates.settle("2025-02-03T18:40", far)).isEqualTo("2025-02-03");
        // A configured zone is asked first.
        assertThat(PublishedDates.settle("2025-02-03T18:40", PageZone.of(ZoneId.of("Asia/Riyadh")).orElse(z)))
                .isEqualTo("2025-02-03T18:40:00+03:00");
        assertThat(PublishedDates.settle("2025-02-03T18:40", PageZone.UNKNOWN.orElse(z)))
                .isEqualTo("2025-02-03T18:40:00+02:00");
    }

    @Test
    void settledValuesAreValidAndKeepTheWrittenDayWhateverTheZone() {
        Random random = new Random(17);
        List<String> zones = List.of("Africa/Cairo", "Asia/Beirut", "Africa/Casablanca", "Asia/Tehran",
                "America/Sao_Paulo", "Pacific/Kiritimati", "Etc/GMT+12");
        for (int i = 0; i < 2000; i++) {
            LocalDateTime local = LocalDateTime.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
            PageZone zone = PageZone.of(ZoneId.of(zones.get(random.nextInt(zones.size()))));
            String settled = PublishedDates.settle(local.toString(), zone);
            assertThat(PublishedDates.isValid(settled)).as(settled).isTrue();
            // A wall-clock time in a spring-forward gap moves by the gap; every other keeps its day and time.
            OffsetDateTime t = PublishedDates.instant(settled).orElseThrow();
            assertThat(Math.abs(java.time.Duration.between(local, t.toLocalDateTime()).toMinutes()))
                    .as(local + " → " + settled).isLessThanOrEqualTo(60);
            assertThat(PublishedDates.settle(local.toString(), PageZone.UNKNOWN))
                    .isEqualTo(local.toLocalDate().toString());
            OffsetDateTime listed = local.atOffset(ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12,
                    0)).withOffsetSameInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(60));
            String matched = PublishedDates.settle(local.toString(), PageZone.matching(listed));
            assertThat(PublishedDates.day(matched)).isEqualTo(local.toLocalDate());
            if (local.getMinute() % 30 == 0) {
                assertThat(matched).isEqualTo(local.toLocalDate().toString());
            } else {
                assertThat(PublishedDates.instant(matched).orElseThrow().toInstant())
                        .isEqualTo(listed.withSecond(0).toInstant());
            }
        }
    }

    @Test
    void jsonWithALocalTimeIsReadAsItsDayKeepingTheTextAsWritten() {
        Article a = ArticleJson.parse("{\"title\":\"t\",\"published\":\"2025-02-03T16:30\"}");
        assertThat(a.published()).isEqualTo("2025-02-03");
        assertThat(a.publishedText()).isEqualTo("2025-02-03T16:30");
        Article b = ArticleJson.parse("{\"title\":\"t\",\"published\":\"2025-02-03T16:30\","
                + "\"published_text\":\"الاثنين 3 فبراير 2025 - 4:30 م\"}");
        assertThat(b.published()).isEqualTo("2025-02-03");
        assertThat(b.publishedText()).isEqualTo("الاثنين 3 فبراير 2025 - 4:30 م");
        assertThat(ArticleJson.parse("{\"title\":\"t\",\"published\":\"2020-06-03T03:01+04:00\"}").published())
                .isEqualTo("2020-06-03T03:01:00+04:00");
        assertThatThrownBy(() -> ArticleJson.parse("{\"title\":\"t\",\"published\":\"soon\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
    /** Fields near and past their bounds, and the pieces that make a value of another shape. */
    private static final String[][] FIELDS = {
        {"2024", "1999", "0000", "9999", "2100", "202"},
        {"-"},
        {"01", "02", "09", "12", "00", "13", "1"},
        {"-", "/"},
        {"01", "28", "29", "30", "31", "00", "32", "9"},
        {"T", " ", "t", ""},
        {"00", "09", "23", "24", "7"},
        {":"},
        {"00", "30", "59", "60"},
        {":", ""},
        {"00", "07", "59", "60", ""},
        {"+", "-", "Z", "", ".5+", "UTC"},
        {"00", "02", "05", "14", "18", "19"},
        {":", ""},
        {"00", "30", "45", "59", "60", ""},
    };

    /** What may end a date-time written in UTC: "Z" mostly, and what is near it. */
    private static final String[] UTC_MARKS = {"Z", "z", "+", "UTC", "ZZ"};

    /** The day, or null where it is refused (the refusal is an IllegalArgumentException). */
    private static java.time.LocalDate dayOrNull(java.util.function.Supplier<java.time.LocalDate> day) {
        try {
            return day.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The shapes extractors write are read by hand: whatever the value (valid or not, of those shapes or near them),
     * the answer must be java.time's, in every kind of zone, and so must the day (which every stored value is
     * checked by).
     */
    @Test
    void theWrittenShapesSettleAsJavaTimeSettlesThem() {
        Random random = new Random(2026_1205);
        List<PageZone> zones = List.of(PageZone.UNKNOWN, CAIRO,
                PageZone.matching(OffsetDateTime.parse("2024-02-29T10:00:00Z")));
        int read = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            // a date alone, a local date-time, a UTC time, or a date-time with an offset, each cut short now and then
            int parts = new int[] {5, 11, 12, 15, 15, 15, random.nextInt(FIELDS.length + 1)}[random.nextInt(7)];
            for (int f = 0; f < parts; f++) {
                String[] choices = parts == 12 && f == 11 ? UTC_MARKS : FIELDS[f];
                // mostly the plain choice, so that most values are valid
                sb.append(random.nextInt(3) == 0 ? choices[random.nextInt(choices.length)] : choices[0]);
            }
            String iso = sb.toString();
            PageZone zone = zones.get(random.nextInt(zones.size()));
            String expected = PublishedDates.settleParsed(iso, zone);
            assertThat(PublishedDates.settle(iso, zone)).as(iso).isEqualTo(expected);
            assertThat(dayOrNull(() -> PublishedDates.day(iso))).as("day of " + iso)
                    .isEqualTo(dayOrNull(() -> PublishedDates.dayParsed(iso)));
            read += expected != null ? 1 : 0;
        }
        assertThat(read).as("many values are readable").isGreaterThan(30_000);
    }
}
