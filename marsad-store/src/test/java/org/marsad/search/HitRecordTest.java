package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.model.Article;

/** What a hit shows comes from its record in the index: every field as the article gave it, snippets and all. */
class HitRecordTest {
    private static final String[] PIECES = {"غزة", "القدس", " ", "\n", "، ", "Cairo", "é", "😀", "\u200f", "ـ", "1٬000",
        "", "\t", "\"", "\\"};

    @TempDir
    Path dir;

    @Test
    void everyFieldSurvivesPackingWhateverItHolds() {
        Random rnd = new Random(20261205L);
        for (int i = 0; i < 300; i++) {
            // Lengths around the one-, two- and three-byte counts (127, 16383 bytes), and missing fields.
            String[] f = new String[6];
            for (int k = 0; k < f.length; k++) {
                f[k] = rnd.nextInt(6) == 0 ? null : text(rnd, new int[] {0, 3, 60, 130, 9000}[rnd.nextInt(5)]);
            }
            HitRecord back = HitRecord.decode(new HitRecord(f[0], f[1], f[2], f[3], f[4], f[5]).encode());
            assertThat(new String[] {back.id(), back.title(), back.source(), back.published(), back.url(), back.body()})
                    .as("record %d", i).containsExactly(f);
        }
    }

    @Test
    void aWordOnlyAtTheEndOfALongBodyIsShownAndMarked() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 15_000; i++) {
            body.append("ناقش المجلس البلدي خطة الطرق والمدارس في جلسته رقم ").append(i).append(". ");
        }
        body.append("وفي الختام أعلن عن مهرجان الزيتون السنوي.");
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            Article a = article("long", "جلسة المجلس البلدي", body.toString());
            index.put(a);
            index.put(article("short", "مهرجان", "مهرجان صغير في القرية."));
            index.commit("test", 2);
            SearchHit hit = index.search(SearchRequest.of("الزيتون"), FacetSet.NONE).hits().get(0);
            assertThat(hit.id()).isEqualTo("long");
            assertThat(hit.title()).isEqualTo(a.title());
            assertThat(hit.source()).isEqualTo(a.source());
            assertThat(hit.published()).isEqualTo(a.published());
            assertThat(hit.url()).isEqualTo(a.url());
            assertThat(marked(hit)).containsExactly("الزيتون");
        }
    }

    @Test
    void anIndexInTheOldLayoutStillShowsItsHits() throws Exception {
        List<Article> articles = List.of(article("a1", "استئناف المفاوضات في القاهرة",
                        "استؤنفت المفاوضات بشأن الهدنة في غزة بمشاركة وفود من مصر وقطر."),
                article("a2", "أسعار اللبن ترتفع", "ارتفعت أسعار اللبن والحليب في الأسواق هذا الشهر."));
        OldLayoutIndex.write(dir, articles, Map.of("marsad.analysis_version", "6"));
        try (LuceneIndex index = LuceneIndex.openReadOnly(dir)) {
            SearchResults r = index.search(SearchRequest.of("الهدنة"), FacetSet.NONE);
            assertThat(r.hits()).hasSize(1);
            SearchHit hit = r.hits().get(0);
            assertThat(List.of(hit.id(), hit.title(), hit.source(), hit.published(), hit.url())).containsExactly(
                    "a1", articles.get(0).title(), articles.get(0).source(), articles.get(0).published(),
                    articles.get(0).url());
            assertThat(marked(hit)).containsExactly("الهدنة");
        }
    }

    @Test
    void aBodyKeepsEveryCodeUnitEvenALoneSurrogate() {
        String body = "نص \ud83d وسط \ude00 نهاية 😀";
        assertThat(HitRecord.decode(new HitRecord("x", "t", null, null, null, body).encode()).body()).isEqualTo(body);
    }

    // Version 8's records have no sentence boundaries after the body: its snippets find them in the text, and must
    // come out as today's, which read them from the record.
    @ParameterizedTest
    @ValueSource(ints = {7, 8})
    void anIndexOfAnOlderVersionShowsTheSameHitsAsTodaysWhileItIsRebuilt(int version) throws Exception {
        Random rnd = new Random(7L);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 3 + rnd.nextInt(30); s++) {
                body.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ').append(WORDS[rnd.nextInt(WORDS.length)])
                        .append(' ').append(WORDS[rnd.nextInt(WORDS.length)])
                        .append(new String[] {". ", "، ", "\n", "؟ ", " "}[rnd.nextInt(5)]);
            }
            articles.add(article("a" + i, WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)],
                    body.toString()));
        }
        Path today = dir.resolve("today");
        Path old = dir.resolve("v" + version);
        try (LuceneIndex index = LuceneIndex.open(today)) {
            articles.forEach(index::put);
            index.commit("test", articles.size());
        }
        if (version == 7) {
            OldLayoutIndex.writeVersion7(old, articles);
        } else {
            OldLayoutIndex.writeVersion8(old, articles);
        }
        try (LuceneIndex a = LuceneIndex.openReadOnly(today); LuceneIndex b = LuceneIndex.openReadOnly(old)) {
            for (String w : WORDS) {
                List<SearchHit> expected = a.search(SearchRequest.of(w), FacetSet.NONE).hits();
                assertThat(expected).as(w).isNotEmpty();
                assertThat(b.search(SearchRequest.of(w), FacetSet.NONE).hits()).as(w).isEqualTo(expected);
            }
        }
    }

    private static final String[] WORDS = {"الهدنة", "المفاوضات", "القاهرة", "الزيتون", "المجلس", "الأسعار", "غزة",
        "الحليب", "المدارس", "الطرق"};

    private static List<String> marked(SearchHit hit) {
        List<String> out = new ArrayList<>();
        for (SearchHit.Span s : hit.highlights()) {
            out.add(hit.snippet().substring(s.start(), s.end()));
        }
        return out;
    }

    private static Article article(String id, String title, String body) {
        return Article.builder().id(id).url("https://example.org/" + id).title(title).body(List.of(body))
                .source("مصدر " + id).published("2024-05-12").language("ar").build();
    }

    private static String text(Random rnd, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
