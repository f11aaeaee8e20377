package org.marsad.store.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchIndex;
import org.marsad.store.Archive;
import org.marsad.store.IndexStandIn;
import org.marsad.store.OneCollection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * An archive on a shared index (a SolrCloud collection several workers write; here an embedded index that says it
 * is shared): opening never clears it on a count mismatch, and workers on one PostgreSQL store agree on
 * near-duplicates and stories whichever of them stores an article.
 */
class SharedIndexTest {

    @TempDir
    Path dir;
    private final org.marsad.testing.TestSchemas schemas = new org.marsad.testing.TestSchemas();

    private final Article flood = article("https://a.example/flood", "وكالة الأنباء", "2024-04-02T08:00:00+03:00",
            "إجلاء آلاف العائلات في البصرة بسبب الفيضانات", StoriesTest.FLOOD);
    private final Article copy = article("https://b.example/news/77", "صحيفة الجنوب", "2024-04-02T11:20:00+03:00",
            "البصرة: إجلاء 3200 عائلة مع ارتفاع منسوب شط العرب", StoriesTest.FLOOD_COPY);
    private final Article chess = article("https://c.example/chess", "موقع الرياضة", "2024-04-02T12:00:00+03:00",
            "مصري بطلا لأفريقيا في الشطرنج للناشئين", StoriesTest.CHESS);

    private static Article article(String url, String source, String published, String title, List<String> body) {
        return Article.builder().url(url).source(source).published(published).title(title).language("ar")
                .body(body).build();
    }

    /** The embedded index at {@code path}, claiming to be shared; {@code clears} counts {@link SearchIndex#clear}. */
    private static SearchIndex shared(Path path, AtomicInteger clears) {
        return IndexStandIn.over(LuceneIndex.open(path), (method, args) -> {
            if (method.equals("shared")) {
                return true;
            }
            if (method.equals("clear")) {
                clears.incrementAndGet();
            }
            return IndexStandIn.PASS;
        });
    }

    @Test
    void aSharedIndexIsNeverClearedBecauseItsCountDiffersFromTheStore() {
        Path d = dir.resolve("data");
        try (Archive a = Archive.open(d, null)) {
            a.save(flood, null);
            a.save(chess, null);
        }
        // Another writer's article reached the index without this store counting it (as a collection's count
        // differs from the store's while a worker is between storing and indexing).
        try (LuceneIndex index = LuceneIndex.open(d.resolve(Archive.INDEX_DIR))) {
            SearchIndex.IndexState state = index.state();
            index.put(copy.withId(ArticleIds.of(copy)));
            index.commit(state.storeId(), state.storeSeq());
        }
        AtomicInteger clears = new AtomicInteger();
        try (Archive a = Archive.open(d, null, shared(d.resolve(Archive.INDEX_DIR), clears))) {
            assertThat(a.repair().rebuilt()).isFalse();
            assertThat(clears).hasValue(0);
            assertThat(a.index().count()).isEqualTo(3);
        }
        // The same index, not shared: the mismatch rebuilds it (what a shared one must never do).
        try (Archive a = Archive.open(d, null)) {
            assertThat(a.repair().rebuilt()).isTrue();
            assertThat(a.index().count()).isEqualTo(2);
        }
    }

    @Test
    void aWorkerComparesWithWhatAnotherWorkerStoredAndDecided() {
        String url = pgSchema();
        AtomicInteger aWrites = new AtomicInteger();
        AtomicInteger bWrites = new AtomicInteger();
        try (OneCollection collection = new OneCollection(dir.resolve("collection"));
             Archive a = Archive.open(dir.resolve("a"), url, collection.view(true, aWrites));
             Archive b = Archive.open(dir.resolve("b"), url, collection.view(true, bWrites))) {
            // b's enricher is open (and knows nothing of the flood) before a stores the original.
            String chessId = b.save(chess, null).id();
            String floodId = a.save(flood, null).id();
            String copyId = b.save(copy, null).id();

            Article storedCopy = b.store().get(copyId).orElseThrow();
            assertThat(storedCopy.duplicateOf()).isEqualTo(floodId);
            assertThat(storedCopy.story()).isEqualTo(floodId);
            assertThat(a.store().get(chessId).orElseThrow().story()).isEqualTo(chessId);
            // One collection holds every worker's articles, each sent once, by the worker that stored it: b's
            // catch-up taught its enrichers a's flood report without sending it again.
            assertThat(collection.index().count()).isEqualTo(3);
            assertThat(aWrites).hasValue(1);
            assertThat(bWrites).hasValue(2);
            assertThat(a.indexWrites()[0]).isEqualTo(1);
            assertThat(b.indexWrites()[0]).isEqualTo(2);
            assertThat(b.indexWrites()[1]).as("left to a").isPositive();
            // Its two saves and its catch-up on open (which enriches what others stored undecided) took the lock.
            assertThat(b.enrichmentLockCost()[1]).isEqualTo(3);
            // Held: the time b's two saves spent under the lock (the serial part the bench reports).
            assertThat(b.enrichmentLockCost()[2]).isPositive();
        }
    }

    @Test
    void twoWorkersSavingAtOnceFindEveryCopyWhoeverStoresWhich() throws Exception {
        String url = pgSchema();
        Random random = new Random(15);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder w = new StringBuilder();
            int len = 3 + random.nextInt(5);
            for (int j = 0; j < len; j++) {
                w.append((char) ('ا' + random.nextInt(26)));
            }
            words.add(w.toString());
        }
        // 20 reports, each with a copy that changes a few words; one worker gets the report, the other the copy.
        List<Article> forA = new ArrayList<>();
        List<Article> forB = new ArrayList<>();
        List<Article> originals = new ArrayList<>();
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<String> text = new ArrayList<>();
            for (int k = 0; k < 90; k++) {
                text.add(words.get(random.nextInt(words.size())));
            }
            List<String> edited = new ArrayList<>(text);
            for (int k = 0; k < 3; k++) {
                edited.set(random.nextInt(edited.size()), words.get(random.nextInt(words.size())));
            }
            String hour = String.format("2024-05-%02dT10:00:00+03:00", 1 + i);
            Article original = article("https://a.example/r/" + i, "وكالة", hour, "تقرير " + i,
                    List.of(String.join(" ", text)));
            Article copied = article("https://b.example/c/" + i, "صحيفة", hour, "نسخة " + i,
                    List.of(String.join(" ", edited)));
            originals.add(original);
            copies.add(copied);
            (random.nextBoolean() ? forA : forB).add(original);
            (forA.contains(original) ? forB : forA).add(copied);
        }
        Collections.shuffle(forA, random);
        Collections.shuffle(forB, random);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OneCollection collection = new OneCollection(dir.resolve("collection"));
             Archive a = Archive.open(dir.resolve("a"), url, collection.view());
             Archive b = Archive.open(dir.resolve("b"), url, collection.view())) {
            Future<?> fa = pool.submit(() -> forA.forEach(x -> a.save(x, null)));
            Future<?> fb = pool.submit(() -> forB.forEach(x -> b.save(x, null)));
            fa.get();
            fb.get();
            // Each of the 40 articles reached the collection once, whichever worker caught up with it.
            assertThat(collection.index().count()).isEqualTo(40);
            assertThat(collection.writes).hasValue(40);
            for (int i = 0; i < 20; i++) {
                Article r = a.store().get(ArticleIds.of(originals.get(i))).orElseThrow();
                Article c = a.store().get(ArticleIds.of(copies.get(i))).orElseThrow();
                // Whichever was stored first is the original, the other its copy, in one story.
                assertThat(r.duplicateOf() == null ? c.duplicateOf() : r.duplicateOf())
                        .as("pair %d", i).isEqualTo(r.duplicateOf() == null ? r.id() : c.id());
                assertThat(r.duplicateOf() == null || c.duplicateOf() == null).as("pair %d", i).isTrue();
                assertThat(r.story()).as("pair %d", i).isEqualTo(c.story());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aServerBesideWorkersEnrichesNothingAndSendsOnlyWhatNoWorkerSent() throws Exception {
        String url = pgSchema();
        try (OneCollection collection = new OneCollection(dir.resolve("collection"))) {
            String floodId;
            try (Archive worker = Archive.open(dir.resolve("w"), url, collection.view())) {
                floodId = worker.save(flood, null).id();
            }
            Map<String, Long> beforeOpen = derivedRows(url);
            AtomicInteger serverWrites = new AtomicInteger();
            try (Archive server = Archive.open(dir.resolve("web"), url, collection.view(true, serverWrites), false);
                 Archive worker = Archive.open(dir.resolve("w"), url, collection.view())) {
                assertThat(derivedRows(url)).isEqualTo(beforeOpen);
                assertThat(server.owner()).isTrue();
                assertThat(server.enriches()).isFalse();
                assertThatThrownBy(server::storyIndexer).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(server::entityIndexer).isInstanceOf(IllegalStateException.class);
                // While the server runs, the worker stores, enriches and sends an article (not committed yet) ...
                worker.save(chess, null);
                // ... and a command storing into the server's directory only stores (the server holds the
                // directory's writer lock): its article has no entities and no story yet.
                String copyId;
                try (Archive ingest = Archive.open(dir.resolve("web"), url,
                        collection.view(false, new AtomicInteger()))) {
                    assertThat(ingest.owner()).isFalse();
                    copyId = ingest.save(copy, null).id();
                }
                Map<String, Long> beforeCatchUp = derivedRows(url);
                server.catchUp();
                // The server sent the one article no writer had sent (searchable at once, without entities), not
                // the worker's.
                assertThat(serverWrites).hasValue(1);
                assertThat(server.indexWrites()[0]).isEqualTo(1);
                assertThat(server.indexedSeq()).isEqualTo(server.store().lastSeq());
                assertThat(collection.index().count()).isEqualTo(3);
                server.refresh();
                assertThat(server.search(org.marsad.search.SearchRequest.of("شط العرب")).hits())
                        .extracting(org.marsad.search.SearchHit::id).contains(copyId);
                // Not one derived row written: entities, enrichment, stories and their state are the workers'.
                assertThat(derivedRows(url)).isEqualTo(beforeCatchUp);
                assertThat(beforeCatchUp.get("entity_enriched")).as("the worker found entities").isPositive();
                assertThat(server.store().get(copyId).orElseThrow().duplicateOf()).isNull();

                // The worker's next save decides the copy the server left undecided.
                worker.save(article("https://d.example/x", "موقع", "2024-04-03T09:00:00+03:00",
                        "افتتاح معرض الكتاب", StoriesTest.CHESS), null);
                assertThat(worker.store().get(copyId).orElseThrow().duplicateOf()).isEqualTo(floodId);
            }
        }
    }

    @Test
    void anIdleWorkerDecidesWhatACommandStoredBesideAServerWithoutWaitingForItsNextSave() throws Exception {
        String url = pgSchema();
        try (OneCollection collection = new OneCollection(dir.resolve("collection"))) {
            String floodId;
            try (Archive worker = Archive.open(dir.resolve("w"), url, collection.view())) {
                floodId = worker.save(flood, null).id();
            }
            try (Archive server = Archive.open(dir.resolve("web"), url, collection.view(), false);
                 Archive worker = Archive.open(dir.resolve("w"), url, collection.view())) {
                String copyId;
                try (Archive ingest = Archive.open(dir.resolve("web"), url,
                        collection.view(false, new AtomicInteger()))) {
                    copyId = ingest.save(copy, null).id();
                }
                server.catchUp();
                assertThat(server.store().get(copyId).orElseThrow().entities()).isEmpty();
                assertThat(worker.followOthers()).as("nothing of its own stored: the worker only looks").isOne();

                Article decided = worker.store().get(copyId).orElseThrow();
                assertThat(decided.duplicateOf()).isEqualTo(floodId);
                assertThat(decided.entities()).extracting(e -> e.name()).contains("البصرة");
                // The collection has the decided article (its entities searchable), sent by the worker.
                collection.index().refresh();
                assertThat(collection.index().search(org.marsad.search.SearchRequest.of("place:البصرة")).hits())
                        .extracting(org.marsad.search.SearchHit::id).contains(copyId);
                assertThat(worker.followOthers()).as("the store has not moved since").isZero();
            }
        }
    }

    @Test
    void aNewCollectionGetsEveryArticleWhateverTheStoreSaysWasSentToTheOldOne() {
        String url = pgSchema();
        try (OneCollection old = new OneCollection(dir.resolve("old"))) {
            try (Archive a = Archive.open(dir.resolve("a"), url, old.view())) {
                a.save(flood, null);
                a.save(chess, null);
            }
        }
        // 'marsad solr init' made the collection again: empty, without any state.
        try (OneCollection fresh = new OneCollection(dir.resolve("fresh"));
             Archive b = Archive.open(dir.resolve("b"), url, fresh.view())) {
            assertThat(b.repair().indexed()).isEqualTo(2);
            assertThat(fresh.index().count()).isEqualTo(2);
        }
    }

    /** Rows of the tables enrichment writes (entities, stories, their state), by table. */
    private static Map<String, Long> derivedRows(String url) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String t : List.of("article_enrichment", "stories", "story_state", "entity_state", "entities",
                    "entity_spellings", "article_entities", "entity_mentions", "entity_enriched")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
            // Counters and versions change without a row being added.
            for (String t : List.of("story_state", "entity_state")) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(value), 0) FROM " + t)) {
                    rs.next();
                    out.put(t + " values", rs.getLong(1));
                }
            }
        }
        return out;
    }

    private String pgSchema() {
        return schemas.create();
    }

    @AfterEach
    void dropSchema() throws Exception {
        schemas.dropAll();
    }
}
