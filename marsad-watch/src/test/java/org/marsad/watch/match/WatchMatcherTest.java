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
        corpus.addAll(withForms(120, 43, "f"));
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
            String[] q = randomQuery(r, Corpus.WORDS);
            queries.add(q[0]);
            exact.add(q[1]);
        }
        assertSameAsSearch(queries, exact);
    }

    /**
     * Words whose other forms search takes or refuses by the archive's counts, drawn as often as written here: مستودع
     * is common and its forms behind ب ل ك rare (taken), بطاقة is commoner than طاقة (a card, not ب + energy:
     * refused), الحرائق and حريق a broken plural and its singular, كمستودع in no article of the archive.
     */
    static final List<String> FORM_WORDS = List.of("مستودع", "مستودع", "مستودع", "مستودع", "المستودع", "المستودع",
            "بمستودع", "لمستودع", "حريق", "حريق", "الحرائق", "طاقة", "بطاقة", "بطاقة", "بطاقة", "البطاقة", "شاهد",
            "شواهد", "بيروت", "بيروت");

    /** Articles of the corpus's words and {@link #FORM_WORDS}, half and half. */
    static List<Article> withForms(int n, long seed, String prefix) {
        Random r = new Random(seed);
        List<String> words = new ArrayList<>(Corpus.WORDS);
        for (int i = 0; i < Corpus.WORDS.size(); i++) {
            words.add(FORM_WORDS.get(i % FORM_WORDS.size()));
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Article.builder().id(prefix + i).url("https://forms.example/" + prefix + i)
                    .title(sentence(r, words, 3 + r.nextInt(4))).published("2025-03-" + String.format("%02d", 1 + i % 28))
                    .source("الجزيرة").language("ar")
                    .body(List.of(sentence(r, words, 6 + r.nextInt(10)))).tags(List.of()).build());
        }
        return out;
    }

    private static String sentence(Random r, List<String> words, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.get(r.nextInt(words.size())));
        }
        return b.toString();
    }

    /**
     * A saved search alerts on what the same query, typed as a user types it, shows in search once the article is
     * stored: its words' other forms included (لمستودع for مستودع), chosen by the archive's counts. The watches are
     * registered before the articles arrive; each arriving article is stored (as the service stores it before
     * matching), matched, and every query searched.
     */
    @Test
    void arrivingArticlesAlertAsSearchFindsThemTyped() {
        Random r = new Random(11);
        List<String> words = new ArrayList<>(Corpus.WORDS);
        words.addAll(FORM_WORDS);
        List<String> queries = new ArrayList<>(WRITTEN);
        queries.addAll(List.of("مستودع", "بمستودع", "لمستودع", "كمستودع", "المستودع", "حريق", "الحرائق", "طاقة",
                "بطاقة", "شاهد", "شواهد", "مستودع -حريق", "مستودع OR طاقة", "يروت"));
        for (int i = 0; i < 100; i++) {
            queries.add(randomQuery(r, words)[0]);
        }
        List<Article> arriving = new ArrayList<>(withForms(25, 44, "new"));
        arriving.add(Article.builder().id("new-k").url("https://forms.example/new-k").title("نقل الأجهزة كمستودع مؤقت")
                .published("2025-03-05").source("الجزيرة").language("ar").body(List.of("استخدمت القاعة كمستودع.")).build());
        int alerts = 0;
        int throughOtherForms = 0;
        try (WatchMatcher m = new WatchMatcher(org.marsad.search.EntityNames.NONE, index.formCounts())) {
            Map<Long, String> all = new java.util.LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                all.put((long) i, queries.get(i));
            }
            m.registerAll(all);
            for (Article a : arriving) {
                index.put(a);
                index.refresh();
                Set<Long> matched = m.match(a);
                for (int i = 0; i < queries.size(); i++) {
                    boolean found = index.matchingIds(SearchRequest.of(queries.get(i))).contains(a.id());
                    assertThat(matched.contains((long) i)).as("query %s, article %s", queries.get(i), a.title())
                            .isEqualTo(found);
                    alerts += found ? 1 : 0;
                    if (found && !index.matchingIds(SearchRequest.of(quoted(queries.get(i)))).contains(a.id())) {
                        throughOtherForms++;
                    }
                }
                index.delete(a.id()); // seen by the next article's refresh
            }
            index.refresh();
        }
        // the comparison means something only if articles alert, some of them through other forms only
        assertThat(alerts).isGreaterThan(100);
        assertThat(throughOtherForms).isGreaterThan(10);
    }

    /**
     * The counts move as the archive grows: لمستودع as common as مستودع is a word of its own (refused), and after
     * more articles of مستودع it reads as ل + مستودع; the matcher asks the counts again for an article holding either.
     */
    @Test
    void aWatchFollowsTheArchivesCounts() {
        try (LuceneIndex small = LuceneIndex.open(dir.resolve("small"));
             WatchMatcher m = new WatchMatcher(org.marsad.search.EntityNames.NONE, small.formCounts())) {
            small.put(note("a1", "افتتاح مستودع جديد"));
            small.put(note("a2", "نقل الحبوب لمستودع الميناء"));
            small.put(note("a3", "الأجهزة لمستودع البلدية"));
            small.commit("test", 3);
            m.register(1, "مستودع");
            Article arriving = note("n1", "وصول الشحنة لمستودع الجمارك");
            small.put(arriving);
            small.refresh();
            assertThat(m.match(arriving)).isEmpty();
            assertThat(small.matchingIds(SearchRequest.of("مستودع"))).containsExactly("a1");
            for (int i = 0; i < 12; i++) {
                small.put(note("b" + i, "تفتيش مستودع رقم " + i));
            }
            small.refresh();
            assertThat(m.match(arriving)).containsExactly(1L);
            assertThat(small.matchingIds(SearchRequest.of("مستودع"))).contains("n1");
        }
    }

    private static Article note(String id, String title) {
        return Article.builder().id(id).url("https://forms.example/" + id).title(title).published("2025-03-01")
                .source("الجزيرة").language("ar").body(List.of(title + ".")).tags(List.of()).build();
    }

    /** A query with its bare words quoted (exactly the form written: no other forms). */
    private static String quoted(String query) {
        StringBuilder b = new StringBuilder();
        for (String part : query.split(" ")) {
            boolean bare = !part.isEmpty() && !part.contains(":") && !part.contains("\"") && !part.equals("OR")
                    && !part.equals("AND") && !part.equals("NOT") && !part.startsWith("(") && !part.endsWith(")")
                    && !part.startsWith("-");
            b.append(b.length() == 0 ? "" : " ").append(bare ? "\"" + part + "\"" : part);
        }
        return b.toString();
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
    private static String[] randomQuery(Random r, List<String> words) {
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
