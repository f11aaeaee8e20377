package org.marsad.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;

/**
 * The entity resolver's context file (Archive.ENTITY_CONTEXT_FILE): an archive reopened from it holds the context
 * that counting every stored article gives; an old-format, damaged or stale file is not read but counted from the
 * store again, with one warning line, and rewritten.
 */
class EntityContextFileTest {
    // Sentences naming people, places and organisations (written for this test), combined by a seeded generator so
    // that entities meet in many different articles.
    private static final String[] SENTENCES = {
        "قال الرئيس الأمريكي دونالد ترامب إن واشنطن ستفرض عقوبات جديدة.",
        "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التهدئة في لبنان.",
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني في موسكو.",
        "أعلن الرئيس المصري عبد الفتاح السيسي افتتاح مشروع جديد في القاهرة.",
        "قالت المستشارة الألمانية أنجيلا ميركل إن برلين تدعم الاتفاق.",
        "زار رئيس الوزراء البريطاني لندن بعد قمة حلف شمال الأطلسي في بروكسل.",
        "أكد الرئيس الفرنسي إيمانويل ماكرون أن باريس لن تتراجع.",
        "أعلنت منظمة الصحة العالمية في جنيف عن حملة تطعيم في اليمن.",
        "استقبل العاهل الأردني الملك عبد الله الثاني في عمان وفدا من البنك الدولي.",
        "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن تل أبيب سترد.",
    };

    @TempDir
    Path dir;

    private final Random rnd = new Random(5122026L);
    private int made;

    @Test
    void anArchiveReopenedFromTheFileHoldsTheContextCountedFromEveryArticle() {
        try (Archive a = Archive.open(dir, null)) {
            save(a, 40);
            assertThat(a.entityIndexer().loadedFrom()).isEqualTo("store (no context file yet)");
        }
        assertThat(dir.resolve(Archive.ENTITY_CONTEXT_FILE)).exists();
        for (int round = 0; round < 2; round++) {
            try (Archive a = Archive.open(dir, null)) {
                assertThat(a.entityIndexer().loadedFrom()).isEqualTo("context file");
                assertThat(contexts(a)).isEqualTo(counted(a));
                save(a, 25);
            }
        }
        try (Archive a = Archive.open(dir, null)) {
            Map<Long, Map<Long, Integer>> counted = counted(a);
            assertThat(contexts(a)).isEqualTo(counted);
            // Entities met beside several others in several articles: the equality says something.
            assertThat(counted.values().stream().filter(c -> c.size() >= 3).count()).isGreaterThan(5);
            assertThat(counted.values().stream().flatMap(c -> c.values().stream()).anyMatch(n -> n >= 5)).isTrue();
        }
    }

    @Test
    void aDamagedFileIsCountedFromTheStoreWithOneWarningAndWrittenAgain() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            save(a, 40);
        }
        Path file = dir.resolve(Archive.ENTITY_CONTEXT_FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        assertRebuiltWithWarning("store \\((damaged|unreadable) context file.*");
    }

    @Test
    void aFileOfAnOlderFormatIsCountedFromTheStoreWithOneWarning() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            save(a, 30);
        }
        Path file = dir.resolve(Archive.ENTITY_CONTEXT_FILE);
        byte[] bytes = Files.readAllBytes(file);
        // The format number follows the 8-byte magic.
        bytes[8] = 0;
        bytes[9] = 0;
        bytes[10] = 0;
        bytes[11] = 0;
        Files.write(file, bytes);
        assertRebuiltWithWarning("store \\(context file of another format\\)");
    }

    @Test
    void aFileOlderThanTheStoreIsCountedFromTheStoreWithOneWarning() throws Exception {
        try (Archive a = Archive.open(dir, null)) {
            save(a, 30);
        }
        Path file = dir.resolve(Archive.ENTITY_CONTEXT_FILE);
        byte[] before = Files.readAllBytes(file);
        try (Archive a = Archive.open(dir, null)) {
            save(a, 20);
        }
        // What a process killed before its close leaves: entities written since, the file from before them.
        Files.write(file, before);
        assertRebuiltWithWarning("store \\(context file is stale \\(entity version \\d+, store at \\d+\\)\\)");
    }

    private void assertRebuiltWithWarning(String loadedFrom) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.entityIndexer().loadedFrom()).matches(loadedFrom);
            assertThat(contexts(a)).isEqualTo(counted(a));
        } finally {
            System.setErr(saved);
        }
        String warning = err.toString(StandardCharsets.UTF_8);
        assertThat(warning.lines().filter(l -> l.contains("context")).toList()).hasSize(1)
                .allMatch(l -> l.startsWith("marsad: ") && l.endsWith("counting the entities' context from the store"));
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.entityIndexer().loadedFrom()).isEqualTo("context file");
            assertThat(contexts(a)).isEqualTo(counted(a));
        }
    }

    private void save(Archive a, int n) {
        List<org.marsad.store.ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            made++;
            StringBuilder body = new StringBuilder();
            int k = 2 + rnd.nextInt(4);
            for (int j = 0; j < k; j++) {
                body.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append(' ');
            }
            Article article = Article.builder().url("https://example.org/ctx/" + made).title("خبر رقم " + made)
                    .body(List.of(body.toString().strip(), "فقرة ثانية رقم " + made + " عن الموضوع نفسه."))
                    .source("المصدر " + (made % 3)).published("2024-02-" + String.format("%02d", 1 + made % 28))
                    .language("ar").build();
            batch.add(new org.marsad.store.ArticleStore.Incoming(article, null));
        }
        a.save(batch);
    }

    private static List<Long> entityIds(Archive a) {
        return a.store().database().read(tx -> tx.query("SELECT id FROM entities ORDER BY id", rs -> rs.getLong(1)));
    }

    // The context of every entity as the archive's own resolver holds it.
    private static Map<Long, Map<Long, Integer>> contexts(Archive a) {
        Map<Long, Map<Long, Integer>> out = new TreeMap<>();
        for (long id : entityIds(a)) {
            out.put(id, new TreeMap<>(a.entityIndexer().resolver().contextOf(id)));
        }
        return out;
    }

    // The context counted from every stored article's entities (an indexer opened without a file).
    private static Map<Long, Map<Long, Integer>> counted(Archive a) {
        EntityIndexer fresh = EntityIndexer.open(a.store());
        Map<Long, Map<Long, Integer>> out = new TreeMap<>();
        for (long id : entityIds(a)) {
            out.put(id, new TreeMap<>(fresh.resolver().contextOf(id)));
        }
        return out;
    }
}
