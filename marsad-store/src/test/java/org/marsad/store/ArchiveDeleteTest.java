package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.ArchiveCases.article;
import static org.marsad.store.ArchiveCases.found;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchRequest;
import org.marsad.store.entities.EntityEdits;

/** Issue 17: deleting articles removes them from the store and the index, whoever owns the index. */
class ArchiveDeleteTest {
    @TempDir
    Path dir;

    @Test
    void theOwnerDeletesFromStoreAndIndexAtOnce() {
        try (Archive a = Archive.open(dir, null)) {
            String flood = a.save(article(1, "فيضانات في البصرة"), RawSource.text(RawSource.KIND_JSON, "x", "{}"))
                    .id();
            String other = a.save(article(2, "انتخابات بلدية"), null).id();
            assertThat(found(a, "فيضانات")).containsExactly(flood);

            assertThat(a.delete(List.of(flood, "no-such-id"))).containsExactly(flood);

            assertThat(a.store().get(flood)).isEmpty();
            assertThat(a.store().raw(flood)).isEmpty();
            assertThat(found(a, "فيضانات")).isEmpty();
            assertThat(found(a, "انتخابات")).containsExactly(other);
            assertThat(a.delete(List.of(flood))).isEmpty();
        }
        try (Archive again = Archive.open(dir, null)) {
            assertThat(again.repair().rebuilt()).as("index and store agree after reopening").isFalse();
            assertThat(again.index().count()).isEqualTo(1);
        }
    }

    @Test
    void aDeletionByAnotherProcessReachesTheOwnersIndexThroughTheChangeCounter() {
        try (Archive owner = Archive.open(dir, null)) {
            String flood = owner.save(article(1, "فيضانات في البصرة"), null).id();
            owner.commit();
            try (Archive other = Archive.open(dir, null)) {
                assertThat(other.owner()).isFalse();
                assertThat(other.delete(List.of(flood))).containsExactly(flood);
                assertThat(other.store().get(flood)).isEmpty();
            }
            assertThat(found(owner, "فيضانات")).as("not caught up yet").containsExactly(flood);
            owner.catchUp();
            assertThat(found(owner, "فيضانات")).isEmpty();
            assertThat(owner.indexedSeq()).isEqualTo(owner.store().lastSeq());
        }
    }

    @Test
    void anArticleDeletedThenStoredAgainIsSearchable() {
        try (Archive owner = Archive.open(dir, null)) {
            String id = owner.save(article(1, "فيضانات في البصرة"), null).id();
            try (Archive other = Archive.open(dir, null)) {
                other.delete(List.of(id));
                other.save(article(1, "فيضانات في البصرة"), null);
            }
            owner.catchUp();
            assertThat(found(owner, "فيضانات")).containsExactly(id);
        }
    }

    @Test
    void deletingAStorysLeadRecountsTheStoryAndFreesItsCopies() {
        Article original = ArchiveCases.twoOutletsOneStory().get(0);
        Article copy = ArchiveCases.twoOutletsOneStory().get(1);
        try (Archive a = Archive.open(dir, null)) {
            String originalId = a.save(original, null).id();
            String copyId = a.save(copy, null).id();
            assertThat(a.store().get(copyId).orElseThrow().duplicateOf()).isEqualTo(originalId);
            String story = a.store().get(copyId).orElseThrow().story();
            assertThat(a.stories().story(story).orElseThrow().articles()).isEqualTo(2);

            a.delete(List.of(originalId));

            assertThat(a.store().get(copyId).orElseThrow().duplicateOf()).as("a copy of nothing is an original")
                    .isNull();
            var recounted = a.stories().story(story).orElseThrow();
            assertThat(recounted.articles()).isEqualTo(1);
            assertThat(recounted.leadId()).isEqualTo(copyId);
            assertThat(recounted.title()).isEqualTo("البصرة: إجلاء 3200 عائلة");
            assertThat(recounted.outlets()).containsExactly("صحيفة الجنوب");

            a.delete(List.of(copyId));
            assertThat(a.stories().story(story)).isEmpty();
        }
    }

    @Test
    void randomSavesAndDeletesByAnotherProcessLeaveTheIndexEqualToTheStore() {
        Random random = new Random(17);
        Set<String> stored = new HashSet<>();
        try (Archive owner = Archive.open(dir, null)) {
            try (Archive other = Archive.open(dir, null)) {
                for (int round = 0; round < 1200; round++) {
                    int i = random.nextInt(300);
                    if (random.nextInt(3) == 0 && !stored.isEmpty()) {
                        List<String> ids = new ArrayList<>(stored);
                        String victim = ids.get(random.nextInt(ids.size()));
                        other.delete(List.of(victim));
                        stored.remove(victim);
                    } else {
                        stored.add(other.save(article(i, "خبر " + i), null).id());
                    }
                }
            }
            owner.catchUp();
            owner.refresh();
            assertThat(owner.index().count()).isEqualTo(stored.size());
            assertThat(owner.store().count()).isEqualTo(stored.size());
            Set<String> indexed = new HashSet<>(owner.index().matchingIds(
                    new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE, 10, 0)));
            assertThat(indexed).isEqualTo(stored);
        }
    }

    /**
     * Tables that keep a deleted article's id on purpose: the deletion log the index follows, the poll memory (so
     * that a deleted page is not fetched and stored again) and what watches already sent.
     */
    private static final Set<String> KEPT_AFTER_DELETION = Set.of("article_deletions", "seen_urls", "watch_alerts");

    /** Every table with an {@code article_id} column, and how many of its rows name the article. */
    private static Map<String, Long> rowsNaming(Archive a, String id) {
        return a.store().database().read(tx -> {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData md = tx.createStatement().getConnection().getMetaData();
            try (ResultSet rs = md.getColumns(null, null, "%", "article_id")) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            Map<String, Long> out = new java.util.TreeMap<>();
            for (String t : tables) {
                out.put(t, tx.number("SELECT COUNT(*) FROM " + t + " WHERE article_id = ?", id));
            }
            return out;
        });
    }

    @Test
    void aDeletedArticleLeavesNoRowsInAnyPerArticleTable() {
        Article toll = Article.builder().url("https://example.org/toll").title("حصيلة جديدة في غزة").source("وفا")
                .published("2023-12-24").language("ar").tags(List.of("غزة"))
                .body(List.of("وقالت وزارة الصحة في غزة إن حصيلة الشهداء ارتفعت إلى 20 ألفاً و258 شهيداً.",
                        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع كارثي، وأصيب 53 ألفا و688 آخرون."))
                .build();
        Article other = Article.builder().url("https://example.org/other").title("دعوة إلى التهدئة").source("العربية")
                .published("2023-12-25").language("ar")
                .body(List.of("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة ومقتل 12 شخصاً في لبنان."))
                .build();
        try (Archive a = Archive.open(dir, null)) {
            String id = a.save(toll, RawSource.text(RawSource.KIND_JSON, "x", "{}")).id();
            String kept = a.save(other, null).id();
            // An editor's "not an entity" keeps the mentions it took away, per article, so that it can be undone.
            String place = a.store().get(id).orElseThrow().entities().stream().filter(e -> e.type().equals("LOC"))
                    .findFirst().orElseThrow().id();
            new EntityEdits(a.store()).reject(place);
            Map<String, Long> before = rowsNaming(a, id);
            assertThat(before).as("the article has rows in the tables the test is about")
                    .containsEntry("article_figures", 2L).containsEntry("article_figure_versions", 1L);
            assertThat(List.of("article_entities", "entity_mentions", "entity_enriched", "entity_rejected_mentions",
                    "article_enrichment", "article_tags", "raw_sources")).allSatisfy(t -> assertThat(before.get(t))
                    .as(t).isPositive());

            a.delete(List.of(id));

            Map<String, Long> after = rowsNaming(a, id);
            after.keySet().removeAll(KEPT_AFTER_DELETION);
            assertThat(after).as("rows naming the deleted article").allSatisfy((table, n) -> assertThat(n)
                    .as(table).isZero());
            assertThat(rowsNaming(a, kept).get("article_figures")).as("the other article keeps its figures")
                    .isEqualTo(1L);
            assertThat(a.figures().list(new org.marsad.store.figures.FigureQuery(null, null, null, null, true, 10, 0)))
                    .extracting(r -> r.articleId()).containsOnly(kept);
        }
    }

    @Test
    void aStoreWhoseOldDeletionsLeftFigureRowsLosesThemOnUpgrade() throws Exception {
        Article toll = Article.builder().url("https://example.org/toll").title("حصيلة جديدة").source("وفا")
                .published("2023-12-24").language("ar")
                .body(List.of("وقالت وزارة الصحة في غزة إن حصيلة الشهداء ارتفعت إلى 20 ألفاً و258 شهيداً.")).build();
        Article kept = Article.builder().url("https://example.org/kept").title("حصيلة أخرى").source("وفا")
                .published("2023-12-25").language("ar").body(List.of("استشهد 12 فلسطينيا في غارة.")).build();
        String gone;
        String stays;
        try (Archive a = Archive.open(dir, null)) {
            gone = a.save(toll, null).id();
            stays = a.save(kept, null).id();
        }
        // A store made before migrations V53 and V61, where a deletion took only the article's own rows.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marsad.db"));
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM articles WHERE id = '" + gone + "'");
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('53', '61')");
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(rowsNaming(a, gone)).containsEntry("article_figures", 0L)
                    .containsEntry("article_figure_versions", 0L);
            assertThat(rowsNaming(a, stays)).containsEntry("article_figures", 1L)
                    .containsEntry("article_figure_versions", 1L);
        }
    }

    @Test
    void anOwnerThatEnrichesKeepsEnrichingOthersArticlesAfterADeletion() {
        try (Archive owner = Archive.open(dir, null)) {
            // As the server does at start: others' articles get their entities and story as it catches up.
            owner.storyIndexer();
            owner.entityIndexer();
            String first = owner.save(article(1, "فيضانات في البصرة"), null).id();
            try (Archive other = Archive.open(dir, null)) {
                other.delete(List.of(first));
            }
            owner.catchUp();
            String later;
            try (Archive other = Archive.open(dir, null)) {
                later = other.save(Article.builder().url("https://example.org/later").title("غوتيريش يدعو إلى التهدئة")
                        .body(List.of("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان."))
                        .source("العربية").published("2024-03-05").language("ar").build(), null).id();
            }
            owner.catchUp();
            Article stored = owner.store().get(later).orElseThrow();
            assertThat(stored.story()).as("story of an article stored by another process").isNotNull();
            assertThat(stored.entities()).as("its entities").isNotEmpty();
        }
    }
}
