package org.marsad.watch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.LuceneIndex;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchRequest;
import org.marsad.watch.Corpus;

/**
 * A watch must match exactly what the same query finds in search. The corpus is indexed by the real search index,
 * every query is registered in the matcher, and for each query the articles the matcher reports equal the ids
 * search returns. This also checks lucene-monitor (published for Lucene 9.11) against the Lucene on the class
 * path, with Marsad's own analyzers.
 */
class WatchMatcherTest {
    @TempDir
    static Path dir;
    static LuceneIndex index;
    static List<Article> corpus;

    @BeforeAll
    static void indexCorpus() {
        corpus = new ArrayList<>(Corpus.fixture());
        // File the synthetic articles under categories (as articles polled from categorized sources are).
        List<String> categories = java.util.Arrays.asList(null, "اقتصاد", "اقتصاد/أسواق الخليج", "رياضة");
        List<Article> synthetic = Corpus.synthetic(400, 42);
        for (int i = 0; i < synthetic.size(); i++) {
            corpus.add(synthetic.get(i).withCategory(categories.get(i % categories.size())));
        }
        index = LuceneIndex.open(dir.resolve("index"));
        corpus.forEach(index::put);
        index.commit("test", corpus.size());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static final List<String> WRITTEN = List.of(
            "المفاوضات", "مفاوضات غزة", "\"وقف إطلاق النار\"", "لبنان", "اللبن", "لبنان -اللبن", "لبنان OR إيران",
            "ايران", "الإيرانية", "العاب", "الألعاب", "المانيا", "الاف", "آلاف", "كوفيد-19", "كوفيد", "ceasefire",
            "CEASEFIRE talks", "source:الجزيرة", "source:\"الجزيرة نت\"", "tag:غزة", "tag:\"الشرق الأوسط\"",
            "author:خليل", "lang:en", "from:2025-02-01", "to:2025-01-31", "غزة from:2025-03-01 to:2025-03-02",
            "NOT غزة", "(غزة OR لبنان) AND NOT source:العربية", "مسئول", "مسؤول", "\"الجزيرة نت\"", "زلزال تركيا",
            "المساعدات source:\"بي بي سي عربي\"", "وزير -الوزراء", "؟", "category:اقتصاد",
            "category:\"اقتصاد/أسواق الخليج\"", "غزة category:رياضة", "غزة -category:اقتصاد", "category:أسواق");

    @Test
    void writtenQueriesMatchWhatSearchFinds() {
        assertSameAsSearch(WRITTEN, WRITTEN);
    }

    @Test
    void randomQueriesMatchWhatSearchFinds() {
        Random r = new Random(7);
        List<String> queries = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String[] q = randomQuery(r);
            queries.add(q[0]);
            exact.add(q[1]);
        }
        assertSameAsSearch(queries, exact);
    }

    @Test
    void copiesOfAnArticleMatchTheSameWatches() {
        try (WatchMatcher m = new WatchMatcher()) {
            m.register(1, "\"وقف إطلاق النار\" غزة");
            Article orig = Corpus.fixture().get(0);
            Article copy = Corpus.fixture().get(1);
            assertThat(m.match(orig)).containsExactly(1L);
            assertThat(m.match(copy)).containsExactly(1L);
        }
    }

    @Test
    void aBadQueryIsRefusedWithTheQueryErrorAndRegistersNothing() {
        try (WatchMatcher m = new WatchMatcher()) {
            assertThatThrownBy(() -> m.register(1, "\"وقف إطلاق")).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("unclosed quote");
            assertThatThrownBy(() -> m.register(2, "colour:red")).isInstanceOf(QuerySyntaxException.class)
                    .hasMessageContaining("unknown field");
            assertThat(m.size()).isZero();
        }
    }

    @Test
    void reRegisteringReplacesAndRemovingForgets() {
        try (WatchMatcher m = new WatchMatcher()) {
            Article quake = Corpus.fixture().stream().filter(a -> a.id().equals("quake")).findFirst().orElseThrow();
            m.register(5, "لبنان");
            assertThat(m.match(quake)).isEmpty();
            m.register(5, "زلزال");
            assertThat(m.match(quake)).containsExactly(5L);
            assertThat(m.size()).isEqualTo(1);
            m.remove(5);
            assertThat(m.match(quake)).isEmpty();
        }
    }

    /**
     * Each watch query matches what search finds for its {@code searched} twin: the same query, or with its words
     * quoted — a watch takes no other forms chosen by the archive's counts (بمستودع for مستودع, see OtherForms), and a
     * quoted word is exactly the word without them.
     */
    private static void assertSameAsSearch(List<String> queries, List<String> searched) {
        Map<Long, Set<String>> matched = new HashMap<>();
        try (WatchMatcher m = new WatchMatcher()) {
            Map<Long, String> all = new java.util.LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                all.put((long) i, queries.get(i));
                matched.put((long) i, new HashSet<>());
            }
            m.registerAll(all);
            for (Article a : corpus) {
                for (long id : m.match(a)) {
                    matched.get(id).add(a.id());
                }
            }
        }
        int nonEmpty = 0;
        for (int i = 0; i < queries.size(); i++) {
            Set<String> found = new HashSet<>(index.matchingIds(SearchRequest.of(searched.get(i))));
            assertThat(matched.get((long) i)).as("query %s", queries.get(i)).isEqualTo(found);
            nonEmpty += found.isEmpty() ? 0 : 1;
        }
        // The comparison means something only if most queries find articles.
        assertThat(nonEmpty).isGreaterThan(queries.size() / 2);
    }

    /** A random query, and the same with its words quoted (see {@link #assertSameAsSearch}). */
    private static String[] randomQuery(Random r) {
        List<String> words = Corpus.WORDS;
        String w1 = words.get(r.nextInt(words.size()));
        String w2 = words.get(r.nextInt(words.size()));
        String w3 = words.get(r.nextInt(words.size()));
        int kind = r.nextInt(9);
        String rest = switch (kind) {
            case 5 -> " source:\"" + Corpus.SOURCES.get(r.nextInt(Corpus.SOURCES.size())) + "\"";
            case 6 -> " tag:\"" + Corpus.TAGS.get(r.nextInt(Corpus.TAGS.size())) + "\"";
            case 7 -> " from:2025-02-" + String.format("%02d", 1 + r.nextInt(28));
            default -> "";
        };
        String[] out = new String[2];
        for (int way = 0; way < 2; way++) {
            String a = way == 0 ? w1 : "\"" + w1 + "\"";
            String b = way == 0 ? w2 : "\"" + w2 + "\"";
            String c = way == 0 ? w3 : "\"" + w3 + "\"";
            out[way] = switch (kind) {
                case 0 -> a;
                case 1 -> a + " " + b;
                case 2 -> a + " OR " + b;
                case 3 -> a + " -" + b;
                case 4 -> "\"" + w1 + " " + w2 + "\"";
                case 5, 6, 7 -> a + rest;
                default -> "(" + a + " OR " + b + ") NOT " + c;
            };
        }
        return out;
    }
}
