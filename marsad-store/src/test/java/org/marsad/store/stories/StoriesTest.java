package org.marsad.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.store.Archive;

class StoriesTest {
    // Written for this test: a report, an outlet's lightly edited copy of it, and an unrelated report.
    static final List<String> FLOOD = List.of(
            "أعلنت السلطات في محافظة البصرة جنوب العراق صباح الثلاثاء إجلاء أكثر من 3200 عائلة من القرى الواقعة"
                    + " على ضفاف شط العرب بعد ارتفاع منسوب المياه إلى مستوى غير مسبوق منذ عقدين.",
            "وقال محافظ البصرة في مؤتمر صحفي إن فرق الدفاع المدني أقامت سواتر ترابية بطول 14 كيلومترا لحماية"
                    + " الأحياء السكنية، وإن المدارس في القضاء ستبقى مغلقة حتى نهاية الأسبوع.",
            "وأضاف أن وزارة الموارد المائية فتحت منافذ تصريف إضافية نحو الأهوار لتخفيف الضغط على السدود،"
                    + " داعيا الأهالي إلى الالتزام بتعليمات الإخلاء وعدم الاقتراب من مجرى النهر.",
            "وتشهد مناطق جنوب العراق منذ أيام أمطارا غزيرة تسببت في سيول جارفة أتلفت مساحات واسعة من"
                    + " الأراضي الزراعية وبساتين النخيل.");
    static final List<String> FLOOD_COPY = List.of(
            "أعلنت السلطات في محافظة البصرة جنوب العراق صباح اليوم الثلاثاء إجلاء أكثر من 3200 عائلة من القرى"
                    + " الواقعة على ضفاف شط العرب بعد ارتفاع منسوب المياه إلى مستوى غير مسبوق منذ عقدين.",
            "وقال محافظ البصرة في مؤتمر صحفي إن فرق الدفاع المدني أقامت سواتر ترابية بطول 14 كيلومترا لحماية"
                    + " الأحياء السكنية، وإن المدارس ستبقى مغلقة حتى نهاية الأسبوع.",
            "وأضاف أن وزارة الموارد المائية فتحت منافذ تصريف إضافية نحو الأهوار لتخفيف الضغط على السدود،"
                    + " داعيا الأهالي إلى الالتزام بتعليمات الإخلاء.");
    static final List<String> CHESS = List.of(
            "توج لاعب الشطرنج المصري الشاب بلقب بطولة أفريقيا للناشئين في العاصمة الكينية نيروبي، بعد فوزه في"
                    + " الجولة الأخيرة على منافسه الجنوب أفريقي في مباراة استمرت أكثر من خمس ساعات.",
            "وأهدى البطل الصغير فوزه إلى مدربه ووالديه، مؤكدا أنه يستعد للمشاركة في أولمبياد الشطرنج المقبل"
                    + " ضمن صفوف المنتخب الأول.");

    @TempDir
    Path dir;

    private static Article article(String url, String source, String published, String title, List<String> body) {
        return Article.builder().url(url).source(source).published(published).title(title).language("ar")
                .body(body).build();
    }

    private final Article flood = article("https://a.example/flood", "وكالة الأنباء", "2024-04-02T08:00:00+03:00",
            "إجلاء آلاف العائلات في البصرة بسبب الفيضانات", FLOOD);
    private final Article copy = article("https://b.example/news/77", "صحيفة الجنوب", "2024-04-02T11:20:00+03:00",
            "البصرة: إجلاء 3200 عائلة مع ارتفاع منسوب شط العرب", FLOOD_COPY);
    private final Article chess = article("https://c.example/chess", "موقع الرياضة", "2024-04-02T12:00:00+03:00",
            "مصري بطلا لأفريقيا في الشطرنج للناشئين", CHESS);

    @Test
    void storedArticlesCarryTheirOriginalAndStory() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            String chessId = a.save(chess, null).id();

            Article storedFlood = a.store().get(floodId).orElseThrow();
            Article storedCopy = a.store().get(copyId).orElseThrow();
            assertThat(storedFlood.duplicateOf()).isNull();
            assertThat(storedFlood.story()).isEqualTo(floodId);
            assertThat(storedCopy.duplicateOf()).isEqualTo(floodId);
            assertThat(storedCopy.story()).isEqualTo(floodId);
            assertThat(a.store().get(chessId).orElseThrow().story()).isEqualTo(chessId);
        }
    }

    /**
     * The versions of a page's reports are found from their ids (the copy index, the primary key), not by going
     * through every shown article: joined articles first, SQLite walked the {@code hidden_at} index over the whole
     * archive, about 35 ms a search page at 20,000 articles.
     */
    @Test
    void versionsAreFoundFromTheReportsIdsNotByReadingEveryArticle() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            a.save(chess, null);
            assertThat(a.stories().versions(List.of(floodId))).containsExactly(
                    java.util.Map.entry(floodId, List.of(floodId, copyId)));
            // a page's worth of reports, bound twice as versions() binds them
            List<Object> ids = pageOf(floodId, copyId);
            ids.addAll(List.copyOf(ids));
            List<String> plan = plan(a, Stories.versionsQuery(PAGE_MARKS), ids.toArray());
            assertThat(plan).as("%s", plan).noneMatch(step -> step.startsWith("SCAN"))
                    .noneMatch(step -> step.contains("hidden_at"))
                    .anyMatch(step -> step.contains("article_enrichment_duplicate"));
        }
    }

    /**
     * With an article hidden, the stories a page lists are counted and read from the hidden articles (few, by the
     * index on hidden_at) and the touched stories' ids. Before, the count read every decision row (SCAN by the story
     * index) on every page of stories, and the touched stories' shown articles were read by going through every shown
     * article by the hidden_at index (V95 made it hold the hidden ones only).
     */
    @Test
    void storiesTouchedByAHiddenArticleAreFoundFromTheHiddenOnesNotByReadingEveryArticle() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            String chessId = a.save(chess, null).id();
            a.hide(List.of(copyId, chessId), "salma");
            assertThat(a.stories().count()).isEqualTo(1);
            Story top = a.stories().top(10, null).get(0);
            assertThat(top.id()).isEqualTo(floodId);
            assertThat(top.articles()).isEqualTo(1);
            assertThat(top.outlets()).containsExactly("وكالة الأنباء");

            for (boolean only : new boolean[] {false, true}) {
                List<String> plan = plan(a, Stories.withHidden(only));
                assertThat(plan).as("%s", plan).noneMatch(step -> step.startsWith("SCAN"))
                        .anyMatch(step -> step.contains("articles_hidden_at"));
            }
            List<String> plan = plan(a, Stories.shownQuery(PAGE_MARKS), pageOf(floodId, chessId).toArray());
            assertThat(plan).as("%s", plan).noneMatch(step -> step.startsWith("SCAN"))
                    .noneMatch(step -> step.contains("hidden_at"))
                    .anyMatch(step -> step.contains("article_enrichment_story"));
        }
    }

    /** The parameter marks of a page's worth of ids (twenty). */
    private static final String PAGE_MARKS = String.join(", ", java.util.Collections.nCopies(20, "?"));

    /** A page's worth of ids (twenty): these, then ids of nothing stored. */
    private static List<Object> pageOf(String... known) {
        List<Object> ids = new java.util.ArrayList<>(List.of(known));
        for (int i = ids.size(); i < 20; i++) {
            ids.add("absent-" + i);
        }
        return ids;
    }

    private static List<String> plan(Archive a, String sql, Object... args) {
        return a.store().database().read(conn -> conn.query("EXPLAIN QUERY PLAN " + sql,
                rs -> rs.getString("detail"), args));
    }

    @Test
    void storiesListOutletsMembersAndCopies() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            String chessId = a.save(chess, null).id();
            Stories stories = a.stories();

            assertThat(stories.count()).isEqualTo(2);
            Story top = stories.top(10, null).get(0);
            assertThat(top.id()).isEqualTo(floodId);
            assertThat(top.articles()).isEqualTo(2);
            assertThat(top.outlets()).containsExactly("وكالة الأنباء", "صحيفة الجنوب");
            assertThat(stories.members(floodId)).extracting(Article::id).containsExactly(floodId, copyId);
            assertThat(stories.copies(floodId)).extracting(Article::id).containsExactly(copyId);
            assertThat(stories.copies(copyId)).extracting(Article::id).containsExactly(floodId);
            assertThat(stories.story("no-such-story")).isEmpty();
            // a page's stories in one read: asked ids that name no story are absent, and a list longer than one
            // query's 500 ids is read in parts without losing any
            List<String> asked = new java.util.ArrayList<>(java.util.Collections.nCopies(2, floodId));
            for (int i = 0; i < 600; i++) {
                asked.add("no-such-story-" + i);
            }
            asked.add(chessId);
            java.util.Map<String, Story> byId = stories.byId(asked);
            assertThat(byId).containsOnlyKeys(floodId, chessId);
            assertThat(byId.get(floodId)).isEqualTo(top);
            assertThat(byId.get(chessId).articles()).isEqualTo(1);
        }
    }

    // Issue 17: an integrator groups search results by story and folds copies without a request per result.
    @Test
    void searchHitsCarryTheirStoryAndOriginal() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            String chessId = a.save(chess, null).id();
            a.refresh();

            java.util.Map<String, org.marsad.search.SearchHit> hits = new java.util.HashMap<>();
            a.search(new org.marsad.search.SearchRequest("", null, null, null, null,
                    org.marsad.search.SearchRequest.Sort.DATE, 10, 0)).hits().forEach(h -> hits.put(h.id(), h));
            assertThat(hits).containsOnlyKeys(floodId, copyId, chessId);
            assertThat(hits.get(floodId).story()).isEqualTo(floodId);
            assertThat(hits.get(floodId).duplicateOf()).isNull();
            assertThat(hits.get(copyId).story()).isEqualTo(floodId);
            assertThat(hits.get(copyId).duplicateOf()).isEqualTo(floodId);
            assertThat(hits.get(chessId).story()).isEqualTo(chessId);
            assertThat(a.stories().memberships(List.of(copyId, "no-such-article")))
                    .containsOnlyKeys(copyId).containsEntry(copyId, new Stories.Membership(floodId, floodId));
        }
    }

    @Test
    void reopeningReplaysDecisionsSoLaterCopiesFindTheirOriginal() {
        String floodId;
        try (Archive a = Archive.open(dir, null)) {
            floodId = a.save(flood, null).id();
            a.save(chess, null);
        }
        try (Archive a = Archive.open(dir, null)) {
            String copyId = a.save(copy, null).id();

            assertThat(a.store().get(copyId).orElseThrow().duplicateOf()).isEqualTo(floodId);
            assertThat(a.storyIndexer().restored()).isEqualTo(2);
            assertThat(a.stories().story(floodId).orElseThrow().articles()).isEqualTo(2);
        }
    }

    @Test
    void articlesStoredWithoutADecisionAreEnrichedOnOpen() {
        String floodId;
        String copyId;
        try (Archive a = Archive.open(dir, null)) {
            // Straight into the store, as a run before stories existed would have left them.
            floodId = a.store().upsert(flood, null).id();
            copyId = a.store().upsert(copy, null).id();
        }
        try (Archive a = Archive.open(dir, null)) {
            a.storyIndexer();

            assertThat(a.store().get(copyId).orElseThrow().duplicateOf()).isEqualTo(floodId);
            assertThat(a.stories().count()).isEqualTo(1);
        }
    }

    @Test
    void relatedArticlesComeFromOtherStoriesOnly() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            String chessId = a.save(chess, null).id();

            List<Article> related = a.stories().related(floodId, List.of(copyId, chessId, floodId), 5);
            assertThat(related).extracting(Article::id).containsExactly(chessId);
            assertThat(a.related(floodId, 5)).extracting(Article::id).doesNotContain(floodId, copyId);
        }
    }

    @Test
    void anUpdatedArticleKeepsItsDecision() {
        try (Archive a = Archive.open(dir, null)) {
            String floodId = a.save(flood, null).id();
            String copyId = a.save(copy, null).id();
            Article edited = article(copy.url(), copy.source(), copy.published(), copy.title() + " (محدث)",
                    FLOOD_COPY);
            a.save(edited, null);

            Article stored = a.store().get(copyId).orElseThrow();
            assertThat(stored.title()).endsWith("(محدث)");
            assertThat(stored.duplicateOf()).isEqualTo(floodId);
            assertThat(stored.story()).isEqualTo(floodId);
            assertThat(a.stories().story(floodId).orElseThrow().articles()).isEqualTo(2);
        }
    }

    // Loose end of stop 27: an undated article collected days ago (an archive read later) is dated by its
    // collection time, not by the moment it was saved.
    @Test
    void anUndatedArticleIsDatedByItsFetchTime() {
        String fetched = "2024-04-02T09:30:00Z";
        Article undated = Article.builder().url("https://d.example/flood").source("وكالة الأنباء")
                .title(flood.title()).language("ar").body(FLOOD).fetchedAt(fetched).build();
        try (Archive a = Archive.open(dir, null)) {
            String id = a.save(undated, null).id();
            Story s = a.stories().story(a.store().get(id).orElseThrow().story()).orElseThrow();
            assertThat(s.firstSeen()).isEqualTo(java.time.Instant.parse(fetched));
            assertThat(s.lastSeen()).isEqualTo(java.time.Instant.parse(fetched));
        }
    }
}
