package org.marsad.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;
import org.marsad.store.Archive;
import org.marsad.store.IndexStandIn;

/**
 * Workers enriching into one PostgreSQL store (each with its own resolver in memory, serialized by the enrichment
 * lock): an entity one worker created is known to the others at their next save, without a restart — a spelling
 * variant resolves to it, and no worker gives a new entity an id another worker already used.
 */
class SharedEntitiesTest {

    private static final String TRUMP = "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة. وأضاف ترامب أن القرار نهائي.";
    private static final String TRUMP_EGYPT = "أعلن الرئيس الأمريكي دونالد ترمب فرض رسوم جمركية على الصين.";
    private static final String LEBANON = "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.";
    private static final String GUTERRES_AGAIN = "قال أنطونيو غوتيريس إن الوضع في غزة كارثي.";

    @TempDir
    Path dir;
    private final org.marsad.testing.TestSchemas schemas = new org.marsad.testing.TestSchemas();

    private static Article article(String id, String title, String body, String source) {
        return Article.builder().url("https://example.org/" + id).title(title).body(List.of(body)).source(source)
                .published("2024-01-02").language("ar").build();
    }

    @Test
    void anEntityOneWorkerCreatedIsTheOneAnotherWorkerResolvesAVariantToWithoutARestart() {
        String url = pgSchema();
        try (Archive a = Archive.open(dir.resolve("a"), url, shared(dir.resolve("a-index")));
             Archive b = Archive.open(dir.resolve("b"), url, shared(dir.resolve("b-index")))) {
            // b's resolver is open (it learnt the UN article's entities) before a creates Trump.
            Article un = b.store().get(b.save(article("1", "دعوة إلى التهدئة", LEBANON, "العربية"), null).id())
                    .orElseThrow();
            Article first = a.store().get(a.save(article("2", "عقوبات أمريكية", TRUMP, "الجزيرة"), null).id())
                    .orElseThrow();
            // Another outlet's spelling of him, and of Guterres, reach b.
            Article second = b.store().get(b.save(article("3", "رسوم على الصين", TRUMP_EGYPT, "اليوم السابع"), null)
                    .id()).orElseThrow();
            Article third = a.store().get(a.save(article("4", "غزة", GUTERRES_AGAIN, "الشرق"), null).id())
                    .orElseThrow();

            String trump = person(first).id();
            assertThat(person(second).id()).isEqualTo(trump);
            assertThat(person(third).id()).isEqualTo(person(un).id());
            Entities.Detail d = a.entities().get(trump).orElseThrow();
            assertThat(d.entity().type()).isEqualTo("PER");
            assertThat(d.entity().name()).isEqualTo("دونالد ترامب");
            assertThat(d.entity().articles()).isEqualTo(2);
            assertThat(d.spellings()).extracting(Entities.Spelling::text).contains("دونالد ترامب", "دونالد ترمب");
            // Every id names one entity in every article, and the entity rows hold what the articles say.
            assertOneEntityPerId(a, List.of(un, first, second, third));
            assertCountsMatchRows(a);
        }
    }

    @Test
    void twoWorkersSavingAtOnceNeverShareAnIdAndKeepCountsEqualToTheirRows() throws Exception {
        String url = pgSchema();
        String[] bodies = {TRUMP, TRUMP_EGYPT, LEBANON, GUTERRES_AGAIN};
        String[] extra = {"وزار رئيس الوزراء العراقي محمد شياع السوداني مدينة البصرة.",
            "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان.",
            "أعلنت شركة أرامكو السعودية عن أرباح قياسية.", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت."};
        Random random = new Random(80);
        List<Article> forA = new ArrayList<>();
        List<Article> forB = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = bodies[random.nextInt(bodies.length)] + " " + extra[random.nextInt(extra.length)];
            (random.nextBoolean() ? forA : forB).add(article("c" + i, "خبر رقم " + i, body, "المصدر " + (i % 3)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Article> stored = new ArrayList<>();
        try (Archive a = Archive.open(dir.resolve("a"), url, shared(dir.resolve("a-index")));
             Archive b = Archive.open(dir.resolve("b"), url, shared(dir.resolve("b-index")))) {
            Future<?> fa = pool.submit(() -> forA.forEach(x -> a.save(x, null)));
            Future<?> fb = pool.submit(() -> forB.forEach(x -> b.save(x, null)));
            fa.get();
            fb.get();
            for (Article x : forA) {
                stored.add(a.store().get(org.marsad.model.ArticleIds.of(x)).orElseThrow());
            }
            for (Article x : forB) {
                stored.add(a.store().get(org.marsad.model.ArticleIds.of(x)).orElseThrow());
            }
            assertOneEntityPerId(a, stored);
            assertCountsMatchRows(a);
            // Both spellings of one person, whichever worker met which first: one entity.
            assertThat(stored.stream().flatMap(x -> x.entities().stream())
                    .filter(e -> e.name().contains("ترامب") || e.name().contains("ترمب"))
                    .map(ArticleEntity::id).distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ArticleEntity person(Article a) {
        return a.entities().stream().filter(e -> e.type().equals("PER")).findFirst()
                .orElseThrow(() -> new AssertionError("no person in " + a.entities()));
    }

    /** No entity id stands for two types in the articles, and each article's entity ids are rows of that type. */
    private static void assertOneEntityPerId(Archive a, List<Article> articles) {
        Map<String, String> typeById = new HashMap<>();
        for (Article x : articles) {
            for (ArticleEntity e : x.entities()) {
                String before = typeById.putIfAbsent(e.id(), e.type());
                assertThat(before == null ? e.type() : before).as("entity %s (%s)", e.id(), e.name())
                        .isEqualTo(e.type());
                Entities.Detail d = a.entities().get(e.id()).orElseThrow();
                assertThat(d.entity().type()).as("row of entity %s (%s)", e.id(), e.name()).isEqualTo(e.type());
                assertThat(d.spellings()).extracting(Entities.Spelling::text).as("spellings of entity %s", e.id())
                        .containsAll(e.spellings());
            }
        }
    }

    /** The counts in the entity rows equal what the mention and article rows say (none overwritten by a stale one). */
    private static void assertCountsMatchRows(Archive a) {
        List<String> wrong = a.store().database().read(tx -> {
            List<String> out = new ArrayList<>();
            out.addAll(tx.query("SELECT e.id, e.mentions, (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id "
                    + "= e.id), e.articles, (SELECT COUNT(*) FROM article_entities x WHERE x.entity_id = e.id) FROM "
                    + "entities e WHERE e.mentions <> (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = "
                    + "e.id) OR e.articles <> (SELECT COUNT(*) FROM article_entities x WHERE x.entity_id = e.id)",
                    rs -> "entity " + rs.getLong(1) + " mentions " + rs.getLong(2) + "/" + rs.getLong(3)
                            + " articles " + rs.getLong(4) + "/" + rs.getLong(5)));
            out.addAll(tx.query("SELECT s.entity_id, s.spelling, s.mentions, (SELECT COUNT(*) FROM entity_mentions m "
                    + "WHERE m.entity_id = s.entity_id AND m.spelling = s.spelling) c FROM entity_spellings s WHERE "
                    + "s.mentions <> (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = s.entity_id AND "
                    + "m.spelling = s.spelling)",
                    rs -> "spelling " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + "/"
                            + rs.getLong(4)));
            out.addAll(tx.query("SELECT m.entity_id, m.spelling FROM entity_mentions m WHERE NOT EXISTS (SELECT 1 "
                    + "FROM entity_spellings s WHERE s.entity_id = m.entity_id AND s.spelling = m.spelling)",
                    rs -> "mention without spelling row " + rs.getLong(1) + " " + rs.getString(2)));
            return out;
        });
        assertThat(wrong).isEmpty();
    }

    /** An embedded index that says it is shared (as a SolrCloud collection is), so the archives take the lock. */
    private static SearchIndex shared(Path path) {
        return IndexStandIn.shared(LuceneIndex.open(path));
    }

    private String pgSchema() {
        return schemas.create();
    }

    @AfterEach
    void dropSchema() throws Exception {
        schemas.dropAll();
    }
}
