package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built queries are kept between searches only while the entity names they were expanded with stay the same. */
class RankedQueryCacheTest {
    @TempDir
    Path dir;

    /** Names that learn other spellings as a test goes on; each lesson is a new generation, when they have one. */
    private static final class LearningNames implements EntityNames {
        private final Map<String, List<String>> spellings = new HashMap<>();
        private final boolean generations;
        private Object generation = new Object();

        LearningNames(boolean generations) {
            this.generations = generations;
        }

        void learn(String word, String otherSpelling) {
            spellings.put(word, List.of(otherSpelling));
            generation = new Object();
        }

        @Override
        public Set<String> ids(String type, String name) {
            return Set.of();
        }

        @Override
        public List<String> variants(String word) {
            return spellings.getOrDefault(word, List.of());
        }

        @Override
        public Object generation() {
            return generations ? generation : null;
        }
    }

    private static SearchRequest page(String query, int page) {
        return new SearchRequest(query, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, (page - 1) * 10);
    }

    private void spellingLearnedAfterASearchIsFound(boolean generations) {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.put(Corpus.article("https://example.org/1", "غالانت يزور الحدود", "قال الوزير إن الجيش مستعد.")
                    .withId("e1"));
            index.put(Corpus.article("https://example.org/2", "الأمطار تغمر الشوارع", "هطلت أمطار غزيرة.")
                    .withId("e2"));
            index.commit("test", 2);
            LearningNames names = new LearningNames(generations);
            index.entityNames(names);
            assertThat(index.search(page("جالانت", 1), FacetSet.NONE).total()).isZero();
            assertThat(index.search(page("جالانت", 2), FacetSet.NONE).total()).isZero();

            names.learn("جالانت", "غالانت");

            assertThat(index.search(page("جالانت", 1), FacetSet.NONE).hits()).extracting(SearchHit::id)
                    .containsExactly("e1");
        }
    }

    @Test
    void aSpellingTheNamesLearnAfterASearchIsFoundByTheSameSearch() {
        spellingLearnedAfterASearchIsFound(true);
    }

    @Test
    void namesWithoutAGenerationAreAskedAgainOnEverySearch() {
        spellingLearnedAfterASearchIsFound(false);
    }

    @Test
    void aKeptQueryIsTheQueryBuiltAfreshForAnyRequest() {
        Random random = new Random(20261205L);
        String[] words = {"غزة", "جالانت", "غالانت", "الأمطار", "\"وقف إطلاق النار\"", "غز*", "-لبنان", "OR",
            "source:الجزيرة", "person:غوتيريش", "from:2024-01-01", "العاب", "كوفيد-19", "ترمب"};
        String[] sources = {null, "الجزيرة", "العربية"};
        LearningNames names = new LearningNames(true);
        RankedQueryCache cache = new RankedQueryCache(8);
        List<SearchRequest> asked = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            SearchRequest r;
            if (!asked.isEmpty() && random.nextInt(3) == 0) {
                // the same search again, maybe another page or order of it
                SearchRequest again = asked.get(random.nextInt(asked.size()));
                r = new SearchRequest(again.query(), again.source(), again.tag(), again.from(), again.to(),
                        random.nextBoolean() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE,
                        1 + random.nextInt(50), random.nextInt(100));
            } else {
                StringBuilder q = new StringBuilder();
                for (int w = random.nextInt(4); w >= 0; w--) {
                    q.append(words[random.nextInt(words.length)]).append(' ');
                }
                LocalDate from = random.nextInt(4) == 0 ? LocalDate.of(2024, 1, 1 + random.nextInt(28)) : null;
                r = new SearchRequest(q.toString().strip(), sources[random.nextInt(sources.length)], null, from, null,
                        SearchRequest.Sort.RELEVANCE, 20, 0);
            }
            if (random.nextInt(50) == 0) {
                names.learn(words[random.nextInt(words.length)], words[random.nextInt(words.length)]);
            }
            LuceneQueries.Ranked fresh;
            try {
                fresh = LuceneQueries.ranked(r, names);
            } catch (QuerySyntaxException e) {
                continue;
            }
            asked.add(r);
            LuceneQueries.Ranked kept = cache.ranked(r, names);
            assertThat(kept).as(r.toString()).isEqualTo(fresh);
            // asked again at once, nothing changed: the very query kept
            assertThat(cache.ranked(r, names)).isSameAs(kept);
        }
    }
}
