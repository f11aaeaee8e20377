package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

class TermMemoTest {

    @Test
    void aRememberedWordGivesWhatTheStepGivesAndIsNotRecomputed() {
        TermMemo memo = new TermMemo();
        AtomicInteger calls = new AtomicInteger();
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        for (int pass = 0; pass < 2; pass++) {
            for (String w : List.of("والمفاوضات", "لبنان", "بالمفاوضات")) {
                term.setEmpty().append(w);
                memo.apply(term, s -> {
                    calls.incrementAndGet();
                    return new StringBuilder(s).reverse().toString();
                });
                assertThat(term.toString()).isEqualTo(new StringBuilder(w).reverse().toString());
            }
        }
        assertThat(calls).hasValue(3);
    }

    @Test
    void aFullMemoStartsOverAndStaysCorrect() {
        TermMemo memo = new TermMemo();
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        for (int i = 0; i <= TermMemo.MAX_WORDS + 10; i++) {
            term.setEmpty().append("w").append(Integer.toString(i));
            memo.apply(term, s -> s + "!");
            assertThat(term.toString()).isEqualTo("w" + i + "!");
        }
    }

    // A corpus has more distinct words than the memo holds: emptied when full, it made the frequent words misses
    // again after every fill. Now a full memo keeps the words it found again and forgets those seen once.
    @Test
    void aFullMemoKeepsTheWordsThatComeBack() {
        int capacity = 1_000;
        TermMemo memo = new TermMemo(capacity);
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        Random rnd = new Random(11L);
        List<String> frequent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            frequent.add("متكرر" + i);
        }
        java.util.Map<String, Integer> computed = new java.util.HashMap<>();
        int rare = 0;
        for (int i = 0; i < 60_000; i++) {
            // One token in three is a word never seen before (names, numbers, typos): 20 fills of the memo.
            String w = rnd.nextInt(3) == 0 ? "نادر" + rare++ : frequent.get(rnd.nextInt(frequent.size()));
            term.setEmpty().append(w);
            memo.apply(term, s -> {
                computed.merge(s, 1, Integer::sum);
                return s + "|";
            });
            assertThat(term.toString()).isEqualTo(w + "|");
            assertThat(memo.size()).isLessThanOrEqualTo(capacity);
        }
        assertThat(rare).isGreaterThan(20 * capacity);
        for (String w : frequent) {
            assertThat(computed.get(w)).as(w).isEqualTo(1);
        }
    }

    // Words as long as the tokenizer allows (255 chars) must not let a memo hold 50,000 of them.
    @Test
    void aMemoOfLongWordsStaysWithinItsCharBudget() {
        TermMemo memo = new TermMemo(TermMemo.SEARCH_WORDS);
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        String tail = "ب".repeat(250);
        long most = 0;
        for (int i = 0; i < 4 * TermMemo.SEARCH_WORDS; i++) {
            String w = i + tail;
            term.setEmpty().append(w);
            memo.apply(term, s -> s.substring(1));
            assertThat(term.toString()).isEqualTo(w.substring(1));
            most = Math.max(most, memo.chars());
        }
        assertThat(most).isLessThanOrEqualTo(memo.charBudget()).isGreaterThan(memo.charBudget() / 2);
        assertThat(memo.size()).isLessThan(TermMemo.SEARCH_WORDS / 2);
    }

    // The load bench's second round found the heap still growing: every server thread filled its own memos up to
    // 50,000 words. A memo never holds more than its capacity, and the search analyzers use the small one.
    @Test
    void aMemoNeverHoldsMoreThanItsCapacity() {
        TermMemo memo = new TermMemo(TermMemo.SEARCH_WORDS);
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        int most = 0;
        for (int i = 0; i < 3 * TermMemo.SEARCH_WORDS; i++) {
            term.setEmpty().append("كلمة").append(Integer.toString(i));
            memo.apply(term, s -> s + "!");
            assertThat(term.toString()).isEqualTo("كلمة" + i + "!");
            most = Math.max(most, memo.size());
        }
        assertThat(most).isEqualTo(TermMemo.SEARCH_WORDS);
    }

    @Test
    void theSearchAnalyzersGiveTheIndexAnalyzersTerms() {
        Random rnd = new Random(7L);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءـ";
        String[] heads = {"", "و", "ب", "ال", "وال", "لل"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            text.append(heads[rnd.nextInt(heads.length)]);
            for (int j = 2 + rnd.nextInt(5); j > 0; j--) {
                text.append(letters.charAt(rnd.nextInt(letters.length())));
            }
            text.append(rnd.nextInt(9) == 0 ? " Reuters 2024 " : " ");
        }
        for (MarsadAnalyzer.Mode mode : MarsadAnalyzer.Mode.values()) {
            try (MarsadAnalyzer index = new MarsadAnalyzer(mode);
                 MarsadAnalyzer search = MarsadAnalyzer.forSearch(mode)) {
                assertThat(AnalysisTesting.terms(search, text.toString()))
                        .isEqualTo(AnalysisTesting.terms(index, text.toString()));
            }
        }
    }

    /** Random Arabic words with clitics, hamza seats, diacritics and tatweel: seen again, they analyze the same. */
    @Test
    void repeatedWordsAnalyzeAsOnFirstSight() {
        Random rnd = new Random(20180401L);
        String[] heads = {"", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ك"};
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءـ";
        String marks = "\u064B\u064E\u064F\u0650\u0651\u0652";
        String[] tails = {"", "ات", "ون", "ين", "ها", "ية", "ه", "ي", "ان"};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder w = new StringBuilder(heads[rnd.nextInt(heads.length)]);
            int n = 2 + rnd.nextInt(5);
            for (int j = 0; j < n; j++) {
                w.append(letters.charAt(rnd.nextInt(letters.length())));
                if (rnd.nextInt(4) == 0) {
                    w.append(marks.charAt(rnd.nextInt(marks.length())));
                }
            }
            words.add(w.append(tails[rnd.nextInt(tails.length)]).toString());
        }
        words.addAll(List.of("للبنان", "لبنانيين", "الألعاب", "لإيران", "Beirut", "٢٠١٨"));
        for (MarsadAnalyzer.Mode mode : MarsadAnalyzer.Mode.values()) {
            try (MarsadAnalyzer reused = new MarsadAnalyzer(mode)) {
                String text = String.join(" ", words);
                List<String> first = AnalysisTesting.terms(reused, text);
                List<String> again = AnalysisTesting.terms(reused, text);
                assertThat(again).isEqualTo(first);
                List<String> oneByOne = new ArrayList<>();
                for (String w : words) {
                    try (MarsadAnalyzer fresh = new MarsadAnalyzer(mode)) {
                        oneByOne.addAll(AnalysisTesting.terms(fresh, w));
                    }
                }
                assertThat(first).isEqualTo(oneByOne);
            }
        }
    }
}
