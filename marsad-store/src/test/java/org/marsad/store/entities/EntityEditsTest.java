package org.marsad.store.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;

/**
 * Editors' changes to entities through the archive: merge, split, rename, retype and "not an entity" change the
 * stored articles, the entity pages' counts and search at once, and hold for re-enrichment and new articles.
 * Texts are short news sentences written for this test.
 */
class EntityEditsTest {
    @TempDir
    Path dir;

    /** The archive under test (SQLite here; PostgreSQL in {@link PostgresEntityEditsTest}). */
    protected Archive open() {
        return Archive.open(dir, null);
    }

    private static final String TRUMP = "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة. وأضاف ترامب أن القرار نهائي.";
    private static final String TRUMP_EGYPT = "أعلن الرئيس الأمريكي دونالد ترمب فرض رسوم جمركية على الصين.";
    private static final String LEBANON = "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.";

    private static Article article(int i, String title, String body, String source) {
        return Article.builder().url("https://example.org/" + i).title(title).body(List.of(body)).source(source)
                .published("2024-01-0" + i).language("ar").build();
    }

    private static void fill(Archive a) {
        a.save(article(1, "عقوبات أمريكية", TRUMP, "الجزيرة"), null);
        a.save(article(2, "رسوم على الصين", TRUMP_EGYPT, "اليوم السابع"), null);
        a.save(article(3, "دعوة إلى التهدئة", LEBANON, "العربية"), null);
    }

    private static Article from(Archive a, String source) {
        return a.store().bySource(List.of(source), 1, 0).get(0);
    }

    private static ArticleEntity entity(Article a, String type) {
        return a.entities().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + a.entities()));
    }

    private static List<String> urls(Archive a, String query) {
        a.refresh();
        return a.search(new SearchRequest(query, null, null, null, null, SearchRequest.Sort.DATE, 20, 0)).hits()
                .stream().map(SearchHit::url).sorted().toList();
    }

    @Test
    void aSplitSpellingKeepsItsOwnEntityThroughReEnrichmentAndNewArticlesAndAMergeBringsItBack() {
        try (Archive a = open()) {
            fill(a);
            String trump = entity(from(a, "الجزيرة"), "PER").id();
            assertThat(entity(from(a, "اليوم السابع"), "PER").id()).isEqualTo(trump);

            EntityEdits.Done split = a.editEntities(e -> e.split(trump, "دونالد ترمب"));
            String other = split.entityId();
            assertThat(other).isNotEqualTo(trump);
            assertThat(split.articles()).isEqualTo(1);
            // The article JSON, the entity pages and search follow at once.
            ArticleEntity moved = entity(from(a, "اليوم السابع"), "PER");
            assertThat(moved.id()).isEqualTo(other);
            assertThat(moved.name()).isEqualTo("دونالد ترمب");
            assertThat(entity(from(a, "الجزيرة"), "PER").id()).isEqualTo(trump);
            assertThat(a.entities().get(trump).orElseThrow().entity().articles()).isEqualTo(1);
            assertThat(a.entities().get(trump).orElseThrow().spellings()).extracting(Entities.Spelling::text)
                    .doesNotContain("دونالد ترمب");
            assertThat(a.entities().get(other).orElseThrow().entity().articles()).isEqualTo(1);
            assertThat(a.entities().articles(other, 10, 0)).extracting(Article::url)
                    .containsExactly("https://example.org/2");

            // Re-enrichment and a new article keep the split.
            a.enrichStored(true, n -> { });
            assertThat(entity(from(a, "اليوم السابع"), "PER").id()).isEqualTo(other);
            assertThat(entity(from(a, "الجزيرة"), "PER").id()).isEqualTo(trump);
            a.save(article(4, "تصريحات", "قال دونالد ترمب إن الاتفاق انتهى.", "الشرق"), null);
            assertThat(entity(from(a, "الشرق"), "PER").id()).isEqualTo(other);

            // Merging it back: one entity again, the old id sends on to it, and it holds for re-enrichment.
            EntityEdits.Done merged = a.editEntities(e -> e.merge(other, trump));
            assertThat(merged.entityId()).isEqualTo(trump);
            assertThat(merged.articles()).isEqualTo(2);
            assertThat(a.entities().get(other)).isEmpty();
            assertThat(new EntityEdits(a.store()).mergedInto(other)).contains(trump);
            assertThat(entity(from(a, "اليوم السابع"), "PER").id()).isEqualTo(trump);
            assertThat(a.entities().get(trump).orElseThrow().entity().articles()).isEqualTo(3);
            assertThat(urls(a, "person:\"دونالد ترمب\"")).containsExactly("https://example.org/1",
                    "https://example.org/2", "https://example.org/4");
            a.enrichStored(true, n -> { });
            assertThat(entity(from(a, "الشرق"), "PER").id()).isEqualTo(trump);
            a.save(article(5, "تصريحات", "أعلن دونالد ترمب عقوبات.", "الحياة"), null);
            assertThat(entity(from(a, "الحياة"), "PER").id()).isEqualTo(trump);
        }
    }

    @Test
    void editsSurviveARestartAndAnotherProcessesEnrichment() {
        String trump;
        String other;
        try (Archive a = open()) {
            fill(a);
            trump = entity(from(a, "الجزيرة"), "PER").id();
            other = a.editEntities(e -> e.split(trump, "دونالد ترمب")).entityId();
        }
        try (Archive a = open()) {
            a.save(article(4, "تصريحات", "قال دونالد ترمب إن الاتفاق انتهى.", "الشرق"), null);
            assertThat(entity(from(a, "الشرق"), "PER").id()).isEqualTo(other);
            // An edit made while this archive's resolver is open (as another process would) is seen before it writes.
            a.entityIndexer();
            new EntityEdits(a.store()).merge(other, trump);
            a.save(article(5, "تصريحات", "أعلن دونالد ترمب عقوبات.", "الحياة"), null);
            assertThat(entity(from(a, "الحياة"), "PER").id()).isEqualTo(trump);
            assertThat(a.entities().get(other)).isEmpty();
            assertThat(a.entities().get(trump).orElseThrow().entity().articles()).isEqualTo(4);
        }
    }

    @Test
    void renameRetypeAndNotAnEntityHoldForReEnrichmentAndNewArticles() {
        try (Archive a = open()) {
            fill(a);
            Article lebanon = from(a, "العربية");
            String un = entity(lebanon, "ORG").id();
            String place = entity(lebanon, "LOC").id();
            String person = entity(lebanon, "PER").id();

            a.editEntities(e -> e.rename(un, "منظمة الأمم المتحدة"));
            assertThat(entity(from(a, "العربية"), "ORG").name()).isEqualTo("منظمة الأمم المتحدة");
            // Tags made from entities follow a rename (article 1 names Trump twice, so he is one of its tags).
            String trump = entity(from(a, "الجزيرة"), "PER").id();
            assertThat(from(a, "الجزيرة").autoTags()).contains("دونالد ترامب");
            a.editEntities(e -> e.rename(trump, "دونالد جون ترامب"));
            assertThat(from(a, "الجزيرة").autoTags()).contains("دونالد جون ترامب").doesNotContain("دونالد ترامب");
            assertThat(a.store().byTag(List.of("دونالد جون ترامب"), 10, 0)).extracting(Article::url)
                    .containsExactly("https://example.org/1");
            assertThat(urls(a, "org:\"منظمة الأمم المتحدة\"")).containsExactly("https://example.org/3");

            a.editEntities(e -> e.retype(person, "ORG"));
            assertThat(from(a, "العربية").entities()).filteredOn(x -> x.id().equals(person))
                    .extracting(ArticleEntity::type).containsExactly("ORG");
            assertThat(urls(a, "org:غوتيريش")).containsExactly("https://example.org/3");
            assertThat(urls(a, "person:غوتيريش")).isEmpty();

            a.editEntities(e -> e.reject(place));
            assertThat(from(a, "العربية").entities()).extracting(ArticleEntity::id).doesNotContain(place);
            assertThat(from(a, "العربية").autoTags()).doesNotContain("لبنان");
            assertThat(a.entities().get(place)).isEmpty();
            assertThat(urls(a, "place:لبنان")).isEmpty();
            assertThat(urls(a, "لبنان")).containsExactly("https://example.org/3");

            a.enrichStored(true, n -> { });
            a.save(article(4, "زيارة", "وصل أنطونيو غوتيريش إلى لبنان في زيارة للأمم المتحدة.", "الشرق"), null);
            for (String source : List.of("العربية", "الشرق")) {
                Article x = from(a, source);
                assertThat(x.entities()).extracting(ArticleEntity::name).doesNotContain("لبنان");
                assertThat(x.entities()).filteredOn(y -> y.id().equals(person)).extracting(ArticleEntity::type)
                        .containsExactly("ORG");
            }
            assertThat(entity(from(a, "العربية"), "ORG").name()).isIn("منظمة الأمم المتحدة", "أنطونيو غوتيريش");
            assertThat(from(a, "العربية").entities()).extracting(ArticleEntity::name)
                    .contains("منظمة الأمم المتحدة");
        }
    }

    @Test
    void restoringANotAnEntityBringsItBackUnderItsIdAndItHoldsForReEnrichmentAndNewArticles() {
        try (Archive a = open()) {
            fill(a);
            a.save(article(4, "زيارة", "وصل أنطونيو غوتيريش إلى لبنان في زيارة رسمية.", "الشرق"), null);
            Article before = from(a, "العربية");
            String place = entity(before, "LOC").id();
            long mentions = a.entities().get(place).orElseThrow().entity().mentions();
            assertThat(urls(a, "place:لبنان")).containsExactly("https://example.org/3", "https://example.org/4");

            a.editEntities(e -> e.reject(place));
            assertThat(new EntityEdits(a.store()).rejected(10)).extracting(EntityEdits.Rejected::id)
                    .containsExactly(place);
            assertThat(urls(a, "place:لبنان")).isEmpty();
            // Article 4 changes while the entity is out: its old mention is not put back into the new text.
            a.save(article(4, "زيارة", "وصل أنطونيو غوتيريش إلى بيروت في زيارة رسمية إلى لبنان.", "الشرق"), null);
            assertThat(from(a, "الشرق").entities()).extracting(ArticleEntity::id).doesNotContain(place);

            EntityEdits.Done done = a.editEntities(e -> e.restore(place));
            assertThat(done.entityId()).isEqualTo(place);
            assertThat(done.articles()).isEqualTo(1);
            assertThat(from(a, "العربية").entities()).isEqualTo(before.entities());
            assertThat(from(a, "العربية").autoTags()).isEqualTo(before.autoTags());
            Entities.Summary back = a.entities().get(place).orElseThrow().entity();
            assertThat(back.name()).isEqualTo("لبنان");
            assertThat(back.type()).isEqualTo("LOC");
            assertThat(back.articles()).isEqualTo(1);
            assertThat(back.mentions()).isLessThan(mentions);
            assertThat(urls(a, "place:لبنان")).containsExactly("https://example.org/3");
            assertThat(new EntityEdits(a.store()).rejected(10)).isEmpty();

            // Its spellings are no longer refused: re-enrichment and new articles find it again, under its id.
            a.enrichStored(true, n -> { });
            a.save(article(5, "مساعدات", "وصلت مساعدات إنسانية إلى لبنان عبر مطار بيروت.", "الجزيرة"), null);
            assertThat(urls(a, "place:لبنان")).containsExactly("https://example.org/3", "https://example.org/4",
                    "https://example.org/5");
            assertThat(a.entities().get(place).orElseThrow().entity().articles()).isEqualTo(3);

            assertThatThrownBy(() -> a.editEntities(e -> e.restore(place)))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessageContaining("not marked");
            assertThatThrownBy(() -> a.editEntities(e -> e.restore("999")))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessageContaining("999");
        }
    }

    @Test
    void refusedEditsSayWhyAndChangeNothing() {
        try (Archive a = open()) {
            fill(a);
            String trump = entity(from(a, "الجزيرة"), "PER").id();
            long version = a.entities().version();
            assertThatThrownBy(() -> a.editEntities(e -> e.merge(trump, trump)))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessageContaining("itself");
            assertThatThrownBy(() -> a.editEntities(e -> e.merge(trump, "999")))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessage("no entity with id 999");
            assertThatThrownBy(() -> a.editEntities(e -> e.split(trump, "بايدن")))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessageContaining("no spelling");
            assertThatThrownBy(() -> a.editEntities(e -> e.retype(trump, "MISC")))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessageContaining("PER, LOC, ORG");
            assertThatThrownBy(() -> a.editEntities(e -> e.rename(trump, "  ")))
                    .isInstanceOf(EntityEdits.Refused.class);
            assertThatThrownBy(() -> a.editEntities(e -> e.reject("abc")))
                    .isInstanceOf(EntityEdits.Refused.class).hasMessageContaining("no entity id");
            assertThat(a.entities().version()).isEqualTo(version);
            assertThat(a.entities().get(trump).orElseThrow().entity().articles()).isEqualTo(2);
        }
    }

    @Test
    void aHiddenArticleLeavesTheEntityCountsDaysOutletsAndListsUntilItIsShownAgain() {
        try (Archive a = open()) {
            fill(a);
            Article one = from(a, "الجزيرة");
            Article lebanon = from(a, "العربية");
            String trump = entity(one, "PER").id();
            String guterres = entity(lebanon, "PER").id();
            Entities e = a.entities();
            Entities.Summary before = e.get(trump).orElseThrow().entity();
            assertThat(before.articles()).isEqualTo(2);
            // article 1 names him twice (دونالد ترامب, then ترامب), article 2 once
            assertThat(before.mentions()).isEqualTo(3);
            assertThat(e.mentionsPerDay(trump)).containsOnlyKeys(java.time.LocalDate.parse("2024-01-01"),
                    java.time.LocalDate.parse("2024-01-02"));

            assertThat(a.hide(List.of(one.id(), lebanon.id()), "editor")).hasSize(2);
            Entities.Detail d = e.get(trump).orElseThrow();
            assertThat(d.entity().articles()).isEqualTo(1);
            assertThat(d.entity().mentions()).isEqualTo(1);
            // spellings only the hidden article used are not shown
            assertThat(d.spellings()).extracting(Entities.Spelling::text).containsExactly("دونالد ترمب");
            assertThat(e.mentionsPerDay(trump)).containsExactly(
                    java.util.Map.entry(java.time.LocalDate.parse("2024-01-02"), 1L));
            assertThat(e.outlets(trump, 10)).extracting(org.marsad.store.NameCount::name)
                    .containsExactly("اليوم السابع");
            assertThat(e.together(trump, 10)).extracting(Entities.Summary::id).doesNotContain(guterres);
            // the lists: all time (stored counts less the hidden) and by period (counted from visible rows)
            assertThat(e.top("PER", null, null, 10, 0)).extracting(Entities.Summary::id, Entities.Summary::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(trump, 1L));
            assertThat(e.top("PER", java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-01-03"),
                    10, 0)).extracting(Entities.Summary::id).containsExactly(trump);
            assertThat(e.top("PER", java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-01-01"),
                    10, 0)).isEmpty();

            // what the hidden articles take off is read from them (few), not from every article of the entity or
            // every mention of the archive (SQLite's plan; PostgreSQL plans by its statistics)
            for (String sql : a.store().database().isSqlite()
                    ? List.of(Entities.HIDDEN_COUNTS, Entities.HIDDEN_SPELLINGS) : List.<String>of()) {
                List<String> plan = a.store().database().read(tx -> tx.query("EXPLAIN QUERY PLAN " + sql,
                        rs -> rs.getString("detail"), Long.parseLong(trump)));
                assertThat(plan).as("%s", plan).noneMatch(step -> step.startsWith("SCAN"))
                        .anyMatch(step -> step.contains("articles_hidden_at"))
                        .noneMatch(step -> step.contains("article_entities_entity"));
            }

            assertThat(a.unhide(List.of(one.id(), lebanon.id()))).hasSize(2);
            Entities.Detail back = e.get(trump).orElseThrow();
            assertThat(back.entity()).isEqualTo(before);
            assertThat(back.spellings()).extracting(Entities.Spelling::text).contains("ترامب");
            assertThat(e.mentionsPerDay(trump)).hasSize(2);
            assertThat(e.top("PER", null, null, 10, 0)).extracting(Entities.Summary::id)
                    .containsExactlyInAnyOrder(trump, guterres);
        }
    }
}
