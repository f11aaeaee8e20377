package org.marsad.arabic.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The resolution of overlapping date readings: the longest first, and work linear in the text. */
class LongestReadingsTest {
    private static final LocalDate REF = LocalDate.of(2024, 1, 20);

    @Test
    void keepsTheLongestReadingOfOverlappingOnes() {
        Candidate weekday = candidate(0, 5);
        Candidate date = candidate(0, 14);
        Candidate later = candidate(20, 27);
        List<Candidate> kept = new LongestReadings().keep(List.of(weekday, later, date), 30);
        assertThat(kept).containsExactly(date, later);
    }

    @Test
    void aReadingBlockedOnlyByADroppedOneIsKept() {
        // [3,10) overlaps both others but is shorter than [8,20); [0,5) only overlaps [3,10), which is dropped
        Candidate a = candidate(0, 5);
        Candidate b = candidate(3, 10);
        Candidate c = candidate(8, 20);
        assertThat(new LongestReadings().keep(List.of(a, b, c), 20)).containsExactly(a, c);
    }

    @Test
    void agreesWithComparingEveryPairOnRandomReadings() {
        Random random = new Random(20240120L);
        for (int round = 0; round < 500; round++) {
            int textLength = 1 + random.nextInt(400);
            List<Candidate> found = new ArrayList<>();
            int count = random.nextInt(40);
            for (int k = 0; k < count; k++) {
                int start = random.nextInt(textLength);
                int end = Math.min(textLength, start + 1 + random.nextInt(90));
                found.add(candidate(start, end));
            }
            assertThat(new LongestReadings().keep(found, textLength))
                    .as("round %d", round).containsExactlyElementsOf(everyPair(found));
        }
    }

    @Test
    void workGrowsLinearlyOnDateDenseText() {
        // the red-team input: '24 ديسمبر ' repeated; comparing every reading with every kept one was quadratic
        long previous = 0;
        for (int n = 1_000; n <= 16_000; n *= 2) {
            String f = DateWords.fold("24 ديسمبر ".repeat(n));
            List<Candidate> found = ArabicDates.candidates(f, REF);
            LongestReadings readings = new LongestReadings();
            assertThat(readings.keep(found, f.length())).hasSize(n);
            // each reading spans at most two 64-char words of the bitmap: checked once, marked once
            assertThat(readings.probes()).isLessThanOrEqualTo(4L * found.size());
            if (previous > 0) {
                assertThat(readings.probes()).isLessThanOrEqualTo(2 * previous + 8);
            }
            previous = readings.probes();
        }
        assertThat(ArabicDates.find("24 ديسمبر ".repeat(20_000), REF)).hasSize(20_000)
                .allSatisfy(m -> assertThat(m.value()).isEqualTo(LocalDate.of(2023, 12, 24)));
    }

    @Test
    void workIsBoundedByTheTextWhenReadingsOfAllKindsOverlap() {
        // every kind of reading at once, overlapping its neighbours: the readings and the work stay linear
        String line = "الأحد 24 ديسمبر 2023 الساعة 10:30 ص أمس 2023/12/24 December 24, 2023 منذ ثلاثة أيام ";
        for (int n = 500; n <= 4_000; n *= 2) {
            String f = DateWords.fold(line.repeat(n));
            List<Candidate> found = ArabicDates.candidates(f, REF);
            LongestReadings readings = new LongestReadings();
            readings.keep(found, f.length());
            assertThat(found.size()).isLessThanOrEqualTo(10 * n);
            long bound = 0;
            for (Candidate c : found) {
                bound += 2 * (c.length() / 64 + 2);
            }
            assertThat(readings.probes()).isLessThanOrEqualTo(bound);
            assertThat(bound).isLessThanOrEqualTo(8L * f.length());
        }
    }

    /** The rule stated plainly: longest first, each compared with every kept one. */
    private static List<Candidate> everyPair(List<Candidate> found) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> c.start() < k.end() && k.start() < c.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private static Candidate candidate(int start, int end) {
        return new Candidate(start, end, REF, null, false);
    }
}
