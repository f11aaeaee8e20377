package org.marsad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArabicRelativeTimeTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static String ago(Duration d) {
        return ArabicRelativeTime.since(NOW.minus(d), NOW);
    }

    @Test
    void hoursUseSingularDualPluralAndAccusativeForms() {
        assertThat(ago(Duration.ofHours(1))).isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofHours(2))).isEqualTo("منذ ساعتين");
        assertThat(ago(Duration.ofHours(3))).isEqualTo("منذ 3 ساعات");
        assertThat(ago(Duration.ofHours(10))).isEqualTo("منذ 10 ساعات");
        assertThat(ago(Duration.ofHours(11))).isEqualTo("منذ 11 ساعة");
        assertThat(ago(Duration.ofHours(23))).isEqualTo("منذ 23 ساعة");
    }

    @Test
    void anAgeRoundsToTheNearestCountOfItsUnitNotDown() {
        assertThat(ago(Duration.ofMinutes(119))).as("1 h 59").isEqualTo("منذ ساعتين");
        assertThat(ago(Duration.ofMinutes(89))).as("1 h 29").isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofMinutes(90))).as("1 h 30").isEqualTo("منذ ساعتين");
        assertThat(ago(Duration.ofSeconds(3590))).as("59 min 50 s is an hour, not 60 minutes").isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofMinutes(23 * 60 + 50))).as("23 h 50").isEqualTo("منذ يوم");
        assertThat(ago(Duration.ofHours(47))).isEqualTo("منذ يومين");
        assertThat(ago(Duration.ofDays(13))).isEqualTo("منذ أسبوعين");
        assertThat(ago(Duration.ofDays(59))).isEqualTo("منذ شهرين");
        assertThat(ago(Duration.ofDays(355))).as("almost a year").isEqualTo("منذ سنة");
        assertThat(ago(Duration.ofDays(657))).as("1.8 years").isEqualTo("منذ سنتين");
        assertThat(ago(Duration.ofDays(1077))).as("2.95 years").isEqualTo("منذ 3 سنوات");
    }

    @Test
    void everyAgeIsWithinHalfAUnitOfTheTruth() {
        Random random = new Random(20261205L);
        for (int i = 0; i < 5000; i++) {
            long seconds = 45 + (long) (random.nextDouble() * random.nextDouble() * 10L * 365 * 86_400);
            String text = ago(Duration.ofSeconds(seconds));
            double unitSeconds = unitSeconds(text);
            double shown = shownCount(text) * unitSeconds;
            assertThat(Math.abs(shown - seconds)).as("%d s read as %s", seconds, text)
                    .isLessThanOrEqualTo(unitSeconds / 2 + 1);
        }
    }

    @Test
    void theTimeUntilAPollRoundsToo() {
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofMinutes(119)), NOW)).isEqualTo("بعد ساعتين");
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofSeconds(3590)), NOW)).isEqualTo("بعد ساعة");
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofHours(47)), NOW)).isEqualTo("بعد يومين");
    }

    @Test
    void timeUntilANextPoll() {
        assertThat(ArabicRelativeTime.until(NOW.plusSeconds(10), NOW)).isEqualTo("الآن");
        assertThat(ArabicRelativeTime.until(NOW.minus(Duration.ofHours(3)), NOW)).as("overdue").isEqualTo("الآن");
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofMinutes(2)), NOW)).isEqualTo("بعد دقيقتين");
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofMinutes(15)), NOW)).isEqualTo("بعد 15 دقيقة");
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofHours(3)), NOW)).isEqualTo("بعد 3 ساعات");
        assertThat(ArabicRelativeTime.until(NOW.plus(Duration.ofHours(24)), NOW)).isEqualTo("بعد يوم");
    }

    @Test
    void minutesAndMoments() {
        assertThat(ago(Duration.ofSeconds(10))).isEqualTo("الآن");
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("منذ دقيقة");
        assertThat(ago(Duration.ofMinutes(2))).isEqualTo("منذ دقيقتين");
        assertThat(ago(Duration.ofMinutes(5))).isEqualTo("منذ 5 دقائق");
        assertThat(ago(Duration.ofMinutes(45))).isEqualTo("منذ 45 دقيقة");
    }

    @Test
    void masculineNounsTakeTanweenAlifFromElevenToNinetyNine() {
        assertThat(ago(Duration.ofDays(2))).isEqualTo("منذ يومين");
        assertThat(ago(Duration.ofDays(4))).isEqualTo("منذ 4 أيام");
        assertThat(ago(Duration.ofDays(14))).isEqualTo("منذ أسبوعين");
        assertThat(ago(Duration.ofDays(60))).isEqualTo("منذ شهرين");
        assertThat(ago(Duration.ofDays(330))).isEqualTo("منذ 11 شهراً");
        assertThat(ArabicRelativeTime.count(15, ArabicRelativeTime.DAY)).isEqualTo("15 يوماً");
        assertThat(ArabicRelativeTime.count(100, ArabicRelativeTime.DAY)).isEqualTo("100 يوم");
        assertThat(ArabicRelativeTime.count(103, ArabicRelativeTime.DAY)).isEqualTo("103 أيام");
        assertThat(ArabicRelativeTime.count(111, ArabicRelativeTime.DAY)).isEqualTo("111 يوماً");
    }

    @Test
    void yearsAndFutureInstants() {
        assertThat(ago(Duration.ofDays(365))).isEqualTo("منذ سنة");
        assertThat(ago(Duration.ofDays(800))).isEqualTo("منذ سنتين");
        assertThat(ArabicRelativeTime.since(NOW.plusSeconds(3600), NOW)).isEqualTo("الآن");
    }

    @Test
    void dayOnlyDatesCountCalendarDays() {
        LocalDate today = LocalDate.of(2024, 3, 10);
        assertThat(ArabicRelativeTime.since(today, today)).isEqualTo("اليوم");
        assertThat(ArabicRelativeTime.since(today.minusDays(1), today)).isEqualTo("أمس");
        assertThat(ArabicRelativeTime.since(today.minusDays(2), today)).isEqualTo("منذ يومين");
        assertThat(ArabicRelativeTime.since(today.minusDays(6), today)).isEqualTo("منذ 6 أيام");
    }

    @Test
    void everyDurationReadsAsOnePhraseThatNeverGoesBackInTime() {
        Random random = new Random(20240310L);
        String previous = null;
        long previousSeconds = -1;
        long[] samples = random.longs(2000, 0, 20L * 365 * 86_400).sorted().toArray();
        for (long s : samples) {
            String text = ago(Duration.ofSeconds(s));
            assertThat(text).matches("الآن|منذ (\\d+ )?\\S+");
            if (previous != null && s > previousSeconds) {
                assertThat(unitRank(text)).isGreaterThanOrEqualTo(unitRank(previous));
            }
            previous = text;
            previousSeconds = s;
        }
    }

    /** The count an age phrase shows: its digits, or 1 for a bare noun and 2 for a dual. */
    private static long shownCount(String text) {
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(text);
        if (digits.find()) {
            return Long.parseLong(digits.group());
        }
        return text.matches(".*(تين|ين)$") ? 2 : 1;
    }

    /** The length of the unit an age phrase counts in (a month as 30.44 days, a year as 365.25). */
    private static double unitSeconds(String text) {
        double day = 86_400;
        double[] seconds = {0, 60, 3600, day, 7 * day, 30.44 * day, 365.25 * day};
        return seconds[unitRank(text)];
    }

    private static int unitRank(String text) {
        String[][] units = {{"الآن"}, {"دقيق"}, {"ساع"}, {"يوم", "أيام"}, {"أسبوع", "أسابيع"}, {"شهر", "أشهر"},
                {"سن"}};
        for (int i = units.length - 1; i >= 0; i--) {
            for (String u : units[i]) {
                if (text.contains(u)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
