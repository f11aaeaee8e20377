package org.marsad.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults.FacetCount;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/** Entities through the archive: stored, resolved across outlets, searched by any spelling, kept stable. */
class ArchiveEntitiesTest {
    @TempDir
    Path dir;

    private static final String TRUMP = "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة. وأضاف ترامب أن القرار نهائي.";
    private static final String TRUMP_EGYPT = "أعلن الرئيس الأمريكي دونالد ترمب فرض رسوم جمركية على الصين.";
    private static final String LEBANON = "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.";
    private static final String MILK = "ارتفعت أسعار اللبن والحليب في الأسواق هذا الشهر.";

    private static Article article(int i, String title, String body, String source, String... tags) {
        return Article.builder().url("https://example.org/" + i).title(title).body(List.of(body)).source(source)
                .published("2024-01-0" + i).tags(List.of(tags)).language("ar").build();
    }

    private static List<String> urls(Archive a, String query) {
        return a.search(new SearchRequest(query, null, null, null, null, SearchRequest.Sort.DATE, 20, 0)).hits()
                .stream().map(SearchHit::url).sorted().toList();
    }

    private static void fill(Archive a) {
        a.save(article(1, "عقوبات أمريكية", TRUMP, "الجزيرة"), null);
        a.save(article(2, "رسوم على الصين", TRUMP_EGYPT, "اليوم السابع", "تجارة"), null);
        a.save(article(3, "دعوة إلى التهدئة", LEBANON, "العربية"), null);
        a.save(article(4, "أسعار الألبان", MILK, "العربية"), null);
    }

    private static ArticleEntity entity(Article a, String type) {
        return a.entities().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + a.entities()));
    }

    @Test
    void outletsSpellingsAreOneEntityFoundByEitherSpellingWithoutFalseFriends() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            a.refresh();
            Article one = a.store().get(a.search(SearchRequest.of("عقوبات")).hits().get(0).id()).orElseThrow();
            Article two = a.store().bySource(List.of("اليوم السابع"), 1, 0).get(0);
            assertThat(entity(two, "PER").id()).isEqualTo(entity(one, "PER").id());
            assertThat(entity(one, "PER").name()).isEqualTo("دونالد ترامب");

            // The spelling typed finds the other outlet's spelling, and the entity filter finds both.
            assertThat(urls(a, "ترمب")).containsExactly("https://example.org/1", "https://example.org/2");
            assertThat(urls(a, "ترامب")).containsExactly("https://example.org/1", "https://example.org/2");
            assertThat(urls(a, "person:ترمب")).containsExactly("https://example.org/1", "https://example.org/2");
            assertThat(urls(a, "person:\"دونالد ترامب\"")).containsExactly("https://example.org/1",
                    "https://example.org/2");
            assertThat(urls(a, "place:ترامب")).isEmpty();
            assertThat(urls(a, "place:لبنان")).containsExactly("https://example.org/3");
            assertThat(urls(a, "org:\"الأمم المتحدة\"")).containsExactly("https://example.org/3");
            // A spelling no article uses, heard the same way (ج for غ), finds the person too.
            assertThat(urls(a, "person:جوتيريش")).containsExactly("https://example.org/3");
            assertThat(urls(a, "person:أنطونيو")).containsExactly("https://example.org/3");
            assertThat(urls(a, "جوتيريش")).containsExactly("https://example.org/3");
            // ... and one with another letter for one more sound (ش written س), which the word's key alone misses
            assertThat(urls(a, "person:جوتيريس")).containsExactly("https://example.org/3");
            assertThat(urls(a, "person:\"أنطونيو جوتيريس\"")).containsExactly("https://example.org/3");
            assertThat(urls(a, "جوتيريس")).containsExactly("https://example.org/3");
            assertThat(a.entityNames().ids("PER", "جوتيريس")).isEqualTo(a.entityNames().ids("PER", "غوتيريش"));
            // The analysis keeps its false-friend protection: لبنان (an entity) never reaches اللبن.
            assertThat(urls(a, "لبنان")).containsExactly("https://example.org/3");
            assertThat(urls(a, "اللبن")).containsExactly("https://example.org/4");

            // Entity facets beside the others.
            var facets = a.search(SearchRequest.of("")).facets();
            assertThat(facets.get("person")).contains(new FacetCount("دونالد ترامب", 2));
            assertThat(facets.get("place")).contains(new FacetCount("لبنان", 1));
        }
    }

    @Test
    void tagsAreMadeOnlyForPagesWithoutAndPageTagsStay() {
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            Article untagged = a.store().bySource(List.of("الجزيرة"), 1, 0).get(0);
            assertThat(untagged.tags()).isEmpty();
            assertThat(untagged.autoTags()).contains("دونالد ترامب");
            Article tagged = a.store().bySource(List.of("اليوم السابع"), 1, 0).get(0);
            assertThat(tagged.tags()).containsExactly("تجارة");
            assertThat(tagged.autoTags()).isEmpty();
            a.refresh();
            assertThat(urls(a, "tag:\"دونالد ترامب\"")).containsExactly("https://example.org/1");
            assertThat(a.store().byTag(List.of("دونالد ترامب"), 10, 0)).extracting(Article::url)
                    .containsExactly("https://example.org/1");
        }
    }

    @Test
    void idsStayAcrossRestartsAndAChangedArticleIsCountedAgain() {
        String trumpId;
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            trumpId = entity(a.store().bySource(List.of("الجزيرة"), 1, 0).get(0), "PER").id();
            Entities.Detail d = a.entities().get(trumpId).orElseThrow();
            assertThat(d.entity().articles()).isEqualTo(2);
            assertThat(d.spellings()).extracting(Entities.Spelling::text)
                    .contains("دونالد ترامب", "دونالد ترمب", "ترامب");
        }
        try (Archive a = Archive.open(dir, null)) {
            a.save(article(5, "تصريحات", "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق انتهى.", "الشرق"), null);
            assertThat(entity(a.store().bySource(List.of("الشرق"), 1, 0).get(0), "PER").id()).isEqualTo(trumpId);
            assertThat(a.entities().get(trumpId).orElseThrow().entity().articles()).isEqualTo(3);

            // Article 1 changes: Trump is no longer in it.
            a.save(article(1, "عقوبات أمريكية", MILK, "الجزيرة"), null);
            assertThat(a.store().bySource(List.of("الجزيرة"), 1, 0).get(0).entities()).isEmpty();
            assertThat(a.entities().get(trumpId).orElseThrow().entity().articles()).isEqualTo(2);
            a.refresh();
            assertThat(urls(a, "person:ترامب")).containsExactly("https://example.org/2", "https://example.org/5");
            assertThat(a.entities().top("PER", null, null, 5, 0)).extracting(Entities.Summary::id)
                    .startsWith(trumpId);
        }
    }

    @Test
    void aDeletedArticleLeavesItsEntitiesCountsAndSearchesAndTheIdStays() {
        String trumpId;
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            Article one = a.store().bySource(List.of("الجزيرة"), 1, 0).get(0);
            trumpId = entity(one, "PER").id();
            assertThat(a.delete(List.of(one.id()))).containsExactly(one.id());
            Entities.Detail d = a.entities().get(trumpId).orElseThrow();
            assertThat(d.entity().articles()).isEqualTo(1);
            assertThat(d.entity().name()).isEqualTo("دونالد ترمب");
            // Only the deleted article said "ترامب" alone: that partial spelling goes, the full one stays a key.
            assertThat(d.spellings()).extracting(Entities.Spelling::text).doesNotContain("ترامب")
                    .contains("دونالد ترمب", "دونالد ترامب");
            assertThat(a.entities().articles(trumpId, 10, 0)).extracting(Article::url)
                    .containsExactly("https://example.org/2");
            a.refresh();
            assertThat(urls(a, "person:ترامب")).containsExactly("https://example.org/2");
            // Stored again, it finds its old entity.
            a.save(article(1, "عقوبات أمريكية", TRUMP, "الجزيرة"), null);
            assertThat(entity(a.store().bySource(List.of("الجزيرة"), 1, 0).get(0), "PER").id()).isEqualTo(trumpId);
            assertThat(a.entities().get(trumpId).orElseThrow().entity().articles()).isEqualTo(2);
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.entities().get(trumpId).orElseThrow().entity().articles()).isEqualTo(2);
            a.refresh();
            assertThat(urls(a, "person:ترمب")).containsExactly("https://example.org/1", "https://example.org/2");
        }
    }

    @Test
    void articlesStoredBeforeEntitiesGetThemFromEnrich() {
        try (Archive a = Archive.open(dir, null)) {
            // Stored without enrichment, as an archive made before entities existed.
            a.store().upsertAll(List.of(new ArticleStore.Incoming(article(1, "عقوبات", TRUMP, "الجزيرة"), null),
                    new ArticleStore.Incoming(article(2, "رسوم", TRUMP_EGYPT, "اليوم السابع"), null)));
            a.reindex();
            assertThat(urls(a, "person:ترامب")).isEmpty();
            assertThat(a.entityIndexer().undecided()).isEqualTo(2);
            List<Long> progress = new ArrayList<>();
            assertThat(a.enrichStored(false, progress::add)).isEqualTo(2);
            assertThat(progress).last().isEqualTo(2L);
            a.refresh();
            assertThat(urls(a, "person:ترامب")).containsExactly("https://example.org/1", "https://example.org/2");
            assertThat(a.entityIndexer().undecided()).isZero();
            assertThat(a.enrichStored(false, n -> { })).isZero();
            // Enriching everything again keeps the ids and the counts.
            String id = entity(a.store().bySource(List.of("الجزيرة"), 1, 0).get(0), "PER").id();
            assertThat(a.enrichStored(true, n -> { })).isEqualTo(2);
            assertThat(entity(a.store().bySource(List.of("الجزيرة"), 1, 0).get(0), "PER").id()).isEqualTo(id);
            assertThat(a.entities().get(id).orElseThrow().entity().articles()).isEqualTo(2);
        }
    }

    @Test
    void aSoundAlikeOfANameIsNoVariantWhenTheArchiveWritesItAsAWordOfItsOwn() {
        try (Archive a = Archive.open(dir, null)) {
            a.save(article(1, "عقوبات", TRUMP, "الجزيرة"), null);
            EntityDirectory unseen = new EntityDirectory(a.store(), w -> 0);
            assertThat(unseen.variants("ترمب")).containsExactly("ترامب");
            assertThat(unseen.variants("وترمب")).isEmpty(); // a clitic form is no name word
            EntityDirectory common = new EntityDirectory(a.store(), w -> 40);
            assertThat(common.variants("ترمب")).isEmpty();
            assertThat(common.ids("PER", "ترامب")).hasSize(1);
            assertThat(common.ids("LOC", "ترامب")).isEmpty();
        }
    }

    @Test
    void aWordTheArchiveWritesReachesOnlyEntitiesThatWriteItTooNotEveryNameThatSoundsLikeIt() {
        try (Archive a = Archive.open(dir, null)) {
            a.save(article(1, "عقوبات", TRUMP, "الجزيرة"), null);
            a.save(article(2, "رسوم", TRUMP_EGYPT, "اليوم السابع"), null);
            // Names as a tagger may leave them: a person whose surname sounds like the common word اللبن ("milk"),
            // and a mis-tagged phrase that holds that word itself (the fault seen on a news archive).
            insertEntity(a, 901, "PER", "مارين لوبان");
            insertEntity(a, 902, "PER", "بدائل لبن الأم");
            // As written in the archive: ترمب by one outlet; اللبن in a dozen articles about milk; لبن once.
            java.util.Map<String, Long> written = java.util.Map.of("ترمب", 1L, "ترامب", 1L, "اللبن", 12L, "لبن", 1L);
            EntityDirectory names = new EntityDirectory(a.store(), w -> written.getOrDefault(w, 0L));
            assertThat(names.variants("اللبن")).isEmpty();
            assertThat(names.variants("لبن")).isEmpty();
            // ترمب is written too, but by the very entity that also writes ترامب: still one person's spellings.
            assertThat(names.variants("ترمب")).containsExactly("ترامب");
            // A spelling no article writes still finds the name it sounds like, but not the common word لبن that a
            // stray name holds.
            assertThat(names.variants("لوبن")).containsExactly("لوبان");
        }
    }

    @Test
    void rememberedVariantsAreLookedUpAgainWhenTheIndexOrTheNamesChangeAndOneQuerysNamesStayAsTheyWere() {
        try (Archive a = Archive.open(dir, null)) {
            a.save(article(1, "عقوبات", TRUMP, "الجزيرة"), null);
            java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong(0);
            java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong(1);
            java.util.concurrent.atomic.AtomicInteger counts = new java.util.concurrent.atomic.AtomicInteger();
            EntityDirectory names = new EntityDirectory(a.store(), w -> {
                counts.incrementAndGet();
                return written.get();
            }, version::get);
            assertThat(names.variants("ترمب")).containsExactly("ترامب");
            // The names as they are now, for one query's words (EntityNames.at): the same answers.
            Object first = names.generation();
            org.marsad.search.EntityNames oneQuery = names.at(first);
            assertThat(oneQuery.variants("ترمب")).containsExactly("ترامب");
            assertThat(oneQuery.ids("PER", "ترامب")).hasSize(1).isEqualTo(names.ids("PER", "ترامب"));
            int looked = counts.get();
            assertThat(looked).isPositive();
            // Asked again on the same index and names: the answer is remembered, the words are not counted again.
            assertThat(names.variants("ترمب")).containsExactly("ترامب");
            assertThat(counts.get()).isEqualTo(looked);
            // The index now writes ترمب as a word of its own (no entity writes it): a new version, a new answer.
            written.set(40);
            assertThat(names.variants("ترمب")).containsExactly("ترامب"); // same version: still the remembered one
            version.incrementAndGet();
            assertThat(names.variants("ترمب")).isEmpty();
            // A new generation answers anew; the query built at the first one keeps that one's answers, so that
            // one query is built from one state; a token of no generation of this directory is the directory now.
            assertThat(names.generation()).isNotSameAs(first);
            assertThat(names.at(names.generation()).variants("ترمب")).isEmpty();
            assertThat(oneQuery.variants("ترمب")).containsExactly("ترامب");
            assertThat(names.at(new Object()).variants("ترمب")).isEmpty();
            // The names change (a new person spelled لوبان): a word no article writes finds it at once.
            written.set(0);
            assertThat(names.variants("لوبن")).isEmpty();
            insertEntity(a, 901, "PER", "مارين لوبان");
            names.recheck();
            assertThat(names.variants("لوبن")).containsExactly("لوبان");
            // An index without versions (-1) remembers nothing.
            EntityDirectory unversioned = new EntityDirectory(a.store(), w -> {
                counts.incrementAndGet();
                return written.get();
            }, () -> -1);
            unversioned.variants("ترمب");
            int before = counts.get();
            unversioned.variants("ترمب");
            assertThat(counts.get()).isGreaterThan(before);
        }
    }

    private static void insertEntity(Archive a, long id, String type, String spelling) {
        a.store().database().write(tx -> {
            tx.update("INSERT INTO entities (id, type, name, mentions, articles, created_at, updated_at) "
                    + "VALUES (?, ?, ?, 1, 1, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')", id, type, spelling);
            tx.update("INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, 1, 1)",
                    id, spelling);
            tx.update("UPDATE entity_state SET value = value + 1 WHERE name = 'version'");
            return null;
        });
    }

    @Test
    void aBatchTaggedOnWorkerThreadsGetsWhatArticlesSavedOneByOneGet() {
        String[] bodies = {TRUMP, TRUMP_EGYPT, LEBANON, MILK};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Varied order of texts, so that a result given to the wrong article shows.
            String body = bodies[(i * 7) % 4] + " " + bodies[(i * 3 + 1) % 4];
            articles.add(Article.builder().url("https://example.org/b" + i).title("خبر رقم " + i)
                    .body(List.of(body)).source("المصدر " + (i % 5)).published("2024-02-01").language("ar").build());
        }
        List<Article> batched = new ArrayList<>();
        List<Article> single = new ArrayList<>();
        try (Archive a = Archive.open(dir.resolve("batch"), null)) {
            List<ArticleStore.Incoming> in = new ArrayList<>();
            for (Article x : articles) {
                in.add(new ArticleStore.Incoming(x, null));
            }
            a.save(in).forEach(u -> batched.add(a.store().get(u.id()).orElseThrow()));
        }
        try (Archive a = Archive.open(dir.resolve("single"), null)) {
            for (Article x : articles) {
                single.add(a.store().get(a.save(x, null).id()).orElseThrow());
            }
        }
        assertThat(batched).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(batched.get(i).entities()).as("article %d", i).isNotEmpty()
                    .isEqualTo(single.get(i).entities());
            assertThat(batched.get(i).autoTags()).isEqualTo(single.get(i).autoTags());
        }
    }

    @Test
    void anArticleTwiceInOneBatchLeavesTheRowsAndCountsOfSavingItTwiceInTurn() {
        // The entity rows of a batch are written together: the second version of an article in the same batch must
        // replace the first's rows, as it does when the two are saved one after the other.
        List<Article> articles = List.of(
                article(1, "عقوبات أمريكية", TRUMP, "الجزيرة"),
                article(2, "رسوم على الصين", TRUMP_EGYPT, "اليوم السابع"),
                article(1, "عقوبات أمريكية", LEBANON + " " + TRUMP_EGYPT, "الجزيرة"),
                article(3, "دعوة إلى التهدئة", LEBANON, "العربية"));
        List<String> batched;
        List<String> single;
        try (Archive a = Archive.open(dir.resolve("batch"), null)) {
            List<ArticleStore.Incoming> in = new ArrayList<>();
            for (Article x : articles) {
                in.add(new ArticleStore.Incoming(x, null));
            }
            a.save(in);
            batched = entityRows(a);
        }
        try (Archive a = Archive.open(dir.resolve("single"), null)) {
            for (Article x : articles) {
                a.save(x, null);
            }
            single = entityRows(a);
        }
        assertThat(batched).isNotEmpty().isEqualTo(single);
        assertThat(batched).anyMatch(row -> row.startsWith("mention ") && row.contains("غوتيريش"));
    }

    /** Every entity row of the archive as text, in a fixed order. */
    private static List<String> entityRows(Archive a) {
        return a.store().database().read(tx -> {
            List<String> rows = new ArrayList<>();
            rows.addAll(tx.query("SELECT a.url, m.ord, m.entity_id, m.part, m.start_offset, m.end_offset, m.spelling "
                    + "FROM entity_mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.url, m.ord",
                    rs -> "mention " + rs.getString(1) + " " + rs.getInt(2) + " " + rs.getLong(3) + " "
                            + rs.getInt(4) + " " + rs.getInt(5) + "-" + rs.getInt(6) + " " + rs.getString(7)));
            rows.addAll(tx.query("SELECT a.url, e.entity_id, e.mentions, e.day FROM article_entities e "
                    + "JOIN articles a ON a.id = e.article_id ORDER BY a.url, e.entity_id",
                    rs -> "article " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getInt(3) + " "
                            + rs.getString(4)));
            rows.addAll(tx.query("SELECT a.url, t.tag FROM article_tags t JOIN articles a ON a.id = t.article_id "
                    + "WHERE t.auto = 1 ORDER BY a.url, t.tag", rs -> "tag " + rs.getString(1) + " " + rs.getString(2)));
            rows.addAll(tx.query("SELECT id, type, name, mentions, articles FROM entities ORDER BY id",
                    rs -> "entity " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getLong(4) + " " + rs.getLong(5)));
            rows.addAll(tx.query("SELECT entity_id, spelling, mentions, keyed FROM entity_spellings "
                    + "ORDER BY entity_id, spelling", rs -> "spelling " + rs.getLong(1) + " " + rs.getString(2) + " "
                    + rs.getLong(3) + " " + rs.getInt(4)));
            return rows;
        });
    }
}
