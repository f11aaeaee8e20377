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
            Article two = a.store().bySource("اليوم السابع", 1, 0).get(0);
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
            Article untagged = a.store().bySource("الجزيرة", 1, 0).get(0);
            assertThat(untagged.tags()).isEmpty();
            assertThat(untagged.autoTags()).contains("دونالد ترامب");
            Article tagged = a.store().bySource("اليوم السابع", 1, 0).get(0);
            assertThat(tagged.tags()).containsExactly("تجارة");
            assertThat(tagged.autoTags()).isEmpty();
            a.refresh();
            assertThat(urls(a, "tag:\"دونالد ترامب\"")).containsExactly("https://example.org/1");
            assertThat(a.store().byTag("دونالد ترامب", 10, 0)).extracting(Article::url)
                    .containsExactly("https://example.org/1");
        }
    }

    @Test
    void idsStayAcrossRestartsAndAChangedArticleIsCountedAgain() {
        String trumpId;
        try (Archive a = Archive.open(dir, null)) {
            fill(a);
            trumpId = entity(a.store().bySource("الجزيرة", 1, 0).get(0), "PER").id();
            Entities.Detail d = a.entities().get(trumpId).orElseThrow();
            assertThat(d.entity().articles()).isEqualTo(2);
            assertThat(d.spellings()).extracting(Entities.Spelling::text)
                    .contains("دونالد ترامب", "دونالد ترمب", "ترامب");
        }
        try (Archive a = Archive.open(dir, null)) {
            a.save(article(5, "تصريحات", "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق انتهى.", "الشرق"), null);
            assertThat(entity(a.store().bySource("الشرق", 1, 0).get(0), "PER").id()).isEqualTo(trumpId);
            assertThat(a.entities().get(trumpId).orElseThrow().entity().articles()).isEqualTo(3);

            // Article 1 changes: Trump is no longer in it.
            a.save(article(1, "عقوبات أمريكية", MILK, "الجزيرة"), null);
            assertThat(a.store().bySource("الجزيرة", 1, 0).get(0).entities()).isEmpty();
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
            Article one = a.store().bySource("الجزيرة", 1, 0).get(0);
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
            assertThat(entity(a.store().bySource("الجزيرة", 1, 0).get(0), "PER").id()).isEqualTo(trumpId);
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
            String id = entity(a.store().bySource("الجزيرة", 1, 0).get(0), "PER").id();
            assertThat(a.enrichStored(true, n -> { })).isEqualTo(2);
            assertThat(entity(a.store().bySource("الجزيرة", 1, 0).get(0), "PER").id()).isEqualTo(id);
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
}
