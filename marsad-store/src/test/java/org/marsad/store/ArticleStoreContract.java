package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.RelatedLink;
import org.marsad.arabic.figures.Category;
import org.marsad.enrich.figures.FigureReport;
import org.marsad.store.Upserted.Change;
import org.marsad.store.figures.FigureQuery;
import org.marsad.store.figures.Figures;

/** What every store does, on any database: run by one subclass per database. */
abstract class ArticleStoreContract {
    protected ArticleStore store;

    /** A fresh, empty store. */
    protected abstract ArticleStore openStore() throws Exception;

    /** The same store, opened again (as the next command would). */
    protected abstract ArticleStore reopenStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Article article(String url, String title, String source, String published, String... tags) {
        return Article.builder().url(url).title(title).body(List.of("الفقرة الأولى من " + title, "والفقرة الثانية."))
                .source(source).published(published).tags(List.of(tags)).language("ar").author("مراسل")
                .related(List.of(new RelatedLink("خبر ذو صلة", "https://example.org/r"))).build();
    }

    @Test
    void storesAndReadsBackAnArticleExactly() {
        Article a = article("https://example.org/a", "عنوان", "الجزيرة", "2023-12-24T10:00:00+03:00", "غزة", "حرب");
        Upserted u = store.upsert(a, RawSource.text(RawSource.KIND_TEXT_PAGE, "/tmp/a.txt", "النص الخام"));
        assertThat(u.change()).isEqualTo(Change.NEW);
        assertThat(store.get(u.id())).contains(a.withId(u.id()));
        assertThat(store.raw(u.id())).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(RawSource.KIND_TEXT_PAGE);
            assertThat(r.location()).isEqualTo("/tmp/a.txt");
            assertThat(r.contentText()).isEqualTo("النص الخام");
        });
    }

    @Test
    void aFiveMegabyteTitleIsStoredCutToAHeadlineWithItsBodyWhole() {
        String words = "قصف على مقر الإذاعة في الزاوية ".repeat(170_000);
        Article huge = Article.builder().url("https://example.org/huge").title(words).body(List.of("نص الخبر."))
                .source("صدى الحدث ".repeat(100)).tags(List.of("وسم ".repeat(500))).published("2026-12-06").build();
        Upserted u = store.upsert(huge, RawSource.text(RawSource.KIND_TEXT_PAGE, "/tmp/huge.html", words));
        Article stored = store.get(u.id()).orElseThrow();
        assertThat(stored.title()).hasSizeLessThanOrEqualTo(1_000).startsWith("قصف على مقر الإذاعة في الزاوية قصف")
                .endsWith("…").doesNotContain("  ");
        assertThat(words).startsWith(stored.title().substring(0, stored.title().length() - 1) + " ");
        assertThat(stored.source()).hasSizeLessThanOrEqualTo(200).startsWith("صدى الحدث");
        assertThat(stored.tags()).singleElement().asString().hasSizeLessThanOrEqualTo(200);
        assertThat(stored.body()).containsExactly("نص الخبر.");
        assertThat(store.raw(u.id()).orElseThrow().contentText()).as("the raw source keeps it all").isEqualTo(words);
    }

    @Test
    void theSameUrlUpdatesInsteadOfAddingACopy() {
        Upserted first = store.upsert(article("https://example.org/a", "عنوان", "الجزيرة", "2023-12-24"), null);
        Upserted again = store.upsert(article("https://example.org/a", "عنوان", "الجزيرة", "2023-12-24"), null);
        Upserted changed = store.upsert(article(" https://example.org/a#top ", "عنوان معدل", "الجزيرة", "2023-12-24"),
                null);
        assertThat(List.of(first.change(), again.change(), changed.change()))
                .containsExactly(Change.NEW, Change.UNCHANGED, Change.UPDATED);
        assertThat(changed.id()).isEqualTo(first.id());
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.get(first.id()).orElseThrow().title()).isEqualTo("عنوان معدل");
        assertThat(changed.seq()).isGreaterThan(first.seq());
        assertThat(again.seq()).isEqualTo(first.seq());
    }

    @Test
    void withoutUrlTheSameTextAfterFoldingIsTheSameArticle() {
        Article plain = Article.builder().title("إيران والمفاوضات").body(List.of("نص الخبر هنا")).build();
        Article marked = Article.builder().title("إيرَان والمفاوضـات").body(List.of("نصّ الخبر   هنا"))
                .source("وكالة").build();
        Article other = Article.builder().title("خبر آخر").body(List.of("نص مختلف")).build();
        Upserted a = store.upsert(plain, null);
        Upserted b = store.upsert(marked, null);
        Upserted c = store.upsert(other, null);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.change()).isEqualTo(Change.UPDATED);
        assertThat(c.change()).isEqualTo(Change.NEW);
        assertThat(store.count()).isEqualTo(2);
    }

    /**
     * Found re-ingesting ANT rows without their URL: two versions of an article, one with no-break spaces, had the same
     * id but not the same content key, and the second was refused ("UNIQUE constraint failed: articles.id").
     */
    @Test
    void withoutUrlATextTheIdCallsTheSameUpdatesItWhateverItsContentKey() {
        Article plain = Article.builder().title("شهادة أمام الكونغرس").body(List.of("قال المحامي إن الشهادة مضللة")).build();
        Article spaced = Article.builder().title("شهادة أمام الكونغرس")
                .body(List.of("قال المحامي\u00a0 إن الشهادة\u00a0مضللة")).build();
        Upserted a = store.upsert(plain, null);
        Upserted b = store.upsert(spaced, null);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.change()).isEqualTo(Change.UPDATED);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.get(a.id()).orElseThrow().body()).containsExactly("قال المحامي\u00a0 إن الشهادة\u00a0مضللة");
    }

    @Test
    void storedUrlsAreFoundWithTheirIds() {
        String a = store.upsert(article("https://example.org/a", "عنوان", "الجزيرة", "2023-12-24"), null).id();
        String b = store.upsert(article("https://example.org/b", "عنوان آخر", "الجزيرة", "2023-12-24"), null).id();
        java.util.Map<String, String> found = store.idsByUrl(java.util.Arrays.asList("https://example.org/b",
                "https://example.org/missing", null, "https://example.org/a", "https://example.org/a"));
        assertThat(found).containsOnly(java.util.Map.entry("https://example.org/a", a),
                java.util.Map.entry("https://example.org/b", b));
        assertThat(store.idsByUrl(List.of())).isEmpty();
    }

    @Test
    void aFetchTimeAloneDoesNotChangeAnArticle() {
        Article a = article("https://example.org/a", "عنوان", "الجزيرة", null);
        store.upsert(a.withFetchedAt("2024-01-01T00:00:00Z"), null);
        assertThat(store.upsert(a.withFetchedAt("2024-02-01T00:00:00Z"), null).change()).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void aFailedBatchStoresNothing() {
        Article ok = article("https://example.org/ok", "سليم", "الجزيرة", "2023-12-24");
        List<ArticleStore.Incoming> batch = List.of(new ArticleStore.Incoming(ok, null),
                new ArticleStore.Incoming(null, null));
        assertThatThrownBy(() -> store.upsertAll(batch)).isInstanceOf(RuntimeException.class);
        assertThat(store.count()).isZero();
        assertThat(store.upsert(ok, null).change()).isEqualTo(Change.NEW);
    }

    /**
     * A store made before the sort column (migration V3) gets it filled when opened again, on either database (the
     * value is parsed in Java, not by the database's own date functions): its lists order by the moment across
     * offsets (10:00+03:00 is before 09:00Z), a date alone at its midnight UTC, undated last.
     */
    @Test
    void aStoreFromBeforeTheSortColumnListsByMomentOnceOpenedAgain() throws Exception {
        String[] published = {"2024-05-01T10:00:00+03:00", "2024-05-01T09:00:00Z", "2024-05-02",
                "2024-05-01T23:30:00-05:00", null, "2024-05-02T01:00:00+04:00"};
        for (int i = 0; i < published.length; i++) {
            store.upsert(article("https://example.org/v3/" + i, "خبر " + i, "الجزيرة", published[i]), null);
        }
        store.database().write(tx -> {
            tx.update("DROP INDEX articles_published_at");
            tx.update("ALTER TABLE articles DROP COLUMN published_at");
            assertThat(tx.update("DELETE FROM flyway_schema_history WHERE version = '3'")).isEqualTo(1);
            return null;
        });
        store.close();
        store = reopenStore();
        // 04:30Z on the 2nd, midnight of the 2nd, 21:00Z and 09:00Z and 07:00Z on the 1st, then the undated one
        assertThat(store.latest(10, 0)).extracting(Article::title)
                .containsExactly("خبر 3", "خبر 2", "خبر 5", "خبر 1", "خبر 0", "خبر 4");
    }

    @Test
    void listsNewestFirstBySourceAndByTag() {
        store.upsert(article("https://e.org/1", "أقدم", "الجزيرة", "2023-12-01", "غزة"), null);
        store.upsert(article("https://e.org/2", "أحدث", "الجزيرة", "2023-12-24T08:00:00+02:00", "غزة", "هدنة"), null);
        store.upsert(article("https://e.org/3", "بلا تاريخ", "العربية", null, "هدنة"), null);
        store.upsert(article("https://e.org/4", "وسط", "العربية", "2023-12-10"), null);
        assertThat(store.latest(10, 0)).extracting(Article::title).containsExactly("أحدث", "وسط", "أقدم", "بلا تاريخ");
        assertThat(store.latest(2, 1)).extracting(Article::title).containsExactly("وسط", "أقدم");
        assertThat(store.bySource(List.of("الجزيرة"), 10, 0)).extracting(Article::title).containsExactly("أحدث", "أقدم");
        assertThat(store.byTag(List.of("هدنة"), 10, 0)).extracting(Article::title).containsExactly("أحدث", "بلا تاريخ");
        // Several spellings of one name (a list while the index is rebuilt matches them all, as the index does).
        assertThat(store.bySource(List.of("العربية", "الجزيرة"), 2, 1)).extracting(Article::title)
                .containsExactly("وسط", "أقدم");
        assertThat(store.countBySource(List.of("العربية", "الجزيرة"))).isEqualTo(4);
        assertThat(store.byTag(List.of("غزة", "هدنة"), 10, 0)).extracting(Article::title)
                .containsExactly("أحدث", "أقدم", "بلا تاريخ");
        assertThat(store.countByTag(List.of("غزة", "هدنة"))).isEqualTo(3);
        assertThat(store.bySource(List.<String>of(), 10, 0)).isEmpty();
        assertThat(store.countByTag(List.of())).isZero();
        assertThat(store.sources()).containsExactly(new NameCount("الجزيرة", 2), new NameCount("العربية", 2));
        assertThat(store.tags(10)).containsExactly(new NameCount("غزة", 2), new NameCount("هدنة", 2));
        StoreStats stats = store.stats();
        assertThat(stats.articles()).isEqualTo(4);
        assertThat(stats.sources()).isEqualTo(2);
        assertThat(stats.tags()).isEqualTo(2);
        assertThat(stats.earliestPublished()).isEqualTo("2023-12-01");
        assertThat(stats.latestPublished()).isEqualTo("2023-12-24");
        assertThat(stats.lastUpdated()).isNotNull();
    }

    @Test
    void iteratesEveryArticleInChangeOrderAndFromASequenceNumber() {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            batch.add(new ArticleStore.Incoming(article("https://e.org/" + i, "خبر " + i, "س", null), null));
        }
        List<String> ids = store.upsertAll(batch).stream().map(Upserted::id).toList();
        List<String> seen = new ArrayList<>();
        store.forEach(a -> seen.add(a.id()));
        assertThat(seen).isEqualTo(ids);
        List<Long> tail = new ArrayList<>();
        long n = store.forEachSince(store.lastSeq() - 3, s -> tail.add(s.seq()));
        assertThat(n).isEqualTo(3);
        assertThat(tail).containsExactly(store.lastSeq() - 2, store.lastSeq() - 1, store.lastSeq());
    }

    @Test
    void keepsAPointerWhenTheRawBytesLiveElsewhere() {
        Upserted u = store.upsert(article("https://e.org/w", "من أرشيف", "س", null),
                RawSource.pointer(RawSource.KIND_WARC, "/data/crawl.warc.gz", 123_456_789_012L));
        RawSource r = store.raw(u.id()).orElseThrow();
        assertThat(r.offset()).isEqualTo(123_456_789_012L);
        assertThat(r.content()).isNull();
    }

    @Test
    void survivesReopeningWithEverythingInPlace() throws Exception {
        Random random = new Random(7);
        byte[] raw = new byte[4096];
        random.nextBytes(raw);
        Upserted u = store.upsert(article("https://e.org/x", "باق", "س", "2020-06-03T03:01:00+04:00", "وسم"),
                new RawSource(RawSource.KIND_HTML, "https://e.org/x", null, raw));
        String storeId = store.storeId();
        long seq = store.lastSeq();
        store.close();
        store = reopenStore();
        assertThat(store.storeId()).isEqualTo(storeId);
        assertThat(store.lastSeq()).isEqualTo(seq);
        assertThat(store.get(u.id()).orElseThrow().published()).isEqualTo("2020-06-03T03:01:00+04:00");
        assertThat(store.raw(u.id()).orElseThrow().content()).isEqualTo(raw);
        assertThat(new String(store.raw(u.id()).orElseThrow().kind().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).isEqualTo(RawSource.KIND_HTML);
    }

    private static Article toll(String url, String day, String... body) {
        return Article.builder().url(url).title("حصيلة جديدة").body(List.of(body)).source("وفا").published(day)
                .language("ar").build();
    }

    @Test
    void everyStoredVersionCarriesItsFiguresInJsonAndRows() {
        Upserted u = store.upsert(toll("https://example.org/t", "2023-12-24",
                "وقالت وزارة الصحة في غزة إن حصيلة الشهداء ارتفعت إلى 20 ألفاً و258 شهيداً.",
                "وأصيب 53 ألفا و688 آخرون."), null);
        Article stored = store.get(u.id()).orElseThrow();
        assertThat(stored.figures()).extracting(f -> f.category().key() + " " + f.value().toPlainString())
                .containsExactly("killed 20258", "injured 53688");
        Figures figures = new Figures(store);
        List<FigureReport> killed = figures.list(new FigureQuery(null, Category.KILLED, null, null, false, 10, 0));
        assertThat(killed).singleElement().satisfies(r -> {
            assertThat(r.figure()).isEqualTo(stored.figures().get(0));
            assertThat(r.outlet()).isEqualTo("وفا");
            assertThat(r.articleId()).isEqualTo(u.id());
        });
        // a new version of the text replaces the figures
        store.upsert(toll("https://example.org/t", "2023-12-25",
                "وقالت وزارة الصحة في غزة إن حصيلة الشهداء ارتفعت إلى 20 ألفاً و424 شهيداً."), null);
        assertThat(figures.list(new FigureQuery(null, null, null, null, true, 10, 0)))
                .extracting(r -> r.figure().value().toPlainString() + " " + r.figure().date())
                .containsExactly("20424 2023-12-25");
    }

    @Test
    void aDeletedArticlesFiguresGoWithIt() {
        Upserted gone = store.upsert(toll("https://example.org/g", "2023-12-24", "استشهد 12 فلسطينيا في غارة."), null);
        Upserted kept = store.upsert(toll("https://example.org/k", "2023-12-25", "استشهد 30 فلسطينيا في غارة."), null);
        store.database().write(tx -> store.delete(tx, List.of(gone.id()), java.time.Instant.now()));
        assertThat(new Figures(store).list(new FigureQuery(null, null, null, null, true, 10, 0)))
                .extracting(FigureReport::articleId).containsExactly(kept.id());
        long left = store.database().read(tx -> tx.number("SELECT COUNT(*) FROM article_figures WHERE article_id = ?",
                gone.id()) + tx.number("SELECT COUNT(*) FROM article_figure_versions WHERE article_id = ?", gone.id()));
        assertThat(left).as("figure rows of the deleted article").isZero();
    }

    @Test
    void figuresAreDerivedSoAnExportedArticleStoresBackUnchanged() {
        Upserted u = store.upsert(toll("https://example.org/t", "2023-12-24", "نزح 1.9 مليون شخص بحسب الأونروا."),
                null);
        Article exported = store.get(u.id()).orElseThrow();
        assertThat(exported.figures()).hasSize(1);
        assertThat(store.upsert(exported, null).change()).isEqualTo(Change.UNCHANGED);
        // figures given with an incoming article are not trusted: the store finds its own
        Upserted other = store.upsert(toll("https://example.org/o", "2023-12-24", "خبر بلا أرقام.")
                .withFigures(exported.figures()), null);
        assertThat(store.get(other.id()).orElseThrow().figures()).isEmpty();
    }

    @Test
    void figuresAreListedByDayCategoryAndArticle() {
        Upserted a = store.upsert(toll("https://example.org/a", "2023-12-20", "استشهد 12 فلسطينيا في غارة."), null);
        Upserted b = store.upsert(toll("https://example.org/b", "2023-12-22", "استشهد 30 فلسطينيا في غارة.",
                "وقدرت الخسائر بنحو 5 ملايين دولار."), null);
        Figures figures = new Figures(store);
        assertThat(figures.list(new FigureQuery(null, null, null, null, false, 10, 0)))
                .extracting(r -> r.figure().value().toPlainString())
                .containsExactly("30", "5000000", "12");
        assertThat(figures.list(new FigureQuery(null, Category.KILLED, java.time.LocalDate.of(2023, 12, 21), null,
                false, 10, 0))).extracting(r -> r.articleId()).containsExactly(b.id());
        assertThat(figures.list(new FigureQuery(java.util.Set.of(a.id()), null, null, null, false, 10, 0)))
                .extracting(r -> r.articleId()).containsExactly(a.id());
        assertThat(figures.list(new FigureQuery(java.util.Set.of(), null, null, null, false, 10, 0))).isEmpty();
        assertThat(figures.list(new FigureQuery(null, null, null, null, false, 1, 1)))
                .extracting(r -> r.figure().unit()).containsExactly("USD");
    }

    @Test
    void articlesStoredWithoutFiguresGetThemWhenRefreshed() throws Exception {
        Upserted u = store.upsert(toll("https://example.org/t", "2023-12-24", "استشهد 12 فلسطينيا في غارة."), null);
        Article withFigures = store.get(u.id()).orElseThrow();
        // as a store written before figures existed holds it
        store.database().write(tx -> {
            tx.update("UPDATE articles SET json = ? WHERE id = ?",
                    org.marsad.model.ArticleJson.toLine(withFigures.withFigures(List.of())), u.id());
            tx.update("DELETE FROM article_figures");
            tx.update("DELETE FROM article_figure_versions");
            return null;
        });
        assertThat(store.get(u.id()).orElseThrow().figures()).isEmpty();
        List<Article> changed = new ArrayList<>();
        assertThat(store.refreshFigures(changed::add)).isEqualTo(1);
        assertThat(changed).extracting(Article::id).containsExactly(u.id());
        assertThat(store.get(u.id())).contains(withFigures);
        assertThat(store.lastSeq()).isEqualTo(u.seq());
        assertThat(store.refreshFigures(changed::add)).isZero();
        assertThat(new Figures(store).list(new FigureQuery(null, null, null, null, false, 10, 0))).hasSize(1);
    }

    /** What a write that stopped between storing an article and finding its figures leaves behind. */
    private void withoutFigures(String id) throws Exception {
        LostFigures.of(store, id);
    }

    @Test
    void aRefreshChecksOnlyTheArticlesChangedSinceTheLastOne() throws Exception {
        Upserted old = store.upsert(toll("https://example.org/o", "2023-12-24", "استشهد 12 فلسطينيا في غارة."), null);
        List<Article> changed = new ArrayList<>();
        assertThat(store.refreshFigures(changed::add)).isZero();
        // Rows lost under an article the last refresh already checked are not looked for again: that is the saving.
        withoutFigures(old.id());
        assertThat(store.refreshFigures(changed::add)).isZero();
        Upserted late = store.upsert(toll("https://example.org/l", "2023-12-25", "استشهد 30 فلسطينيا في قصف."), null);
        Article lateWithFigures = store.get(late.id()).orElseThrow();
        withoutFigures(late.id());
        LostFigures.markNotMoved(store);
        assertThat(store.refreshFigures(changed::add)).isEqualTo(1);
        assertThat(changed).extracting(Article::id).containsExactly(late.id());
        assertThat(store.get(late.id())).contains(lateWithFigures);
        assertThat(store.refreshFigures(changed::add)).isZero();
    }

    @Test
    void aMarkLeftByOlderFigureRulesChecksEveryArticleAgain() throws Exception {
        Upserted u = store.upsert(toll("https://example.org/t", "2023-12-24", "استشهد 12 فلسطينيا في غارة."), null);
        Article withFigures = store.get(u.id()).orElseThrow();
        assertThat(store.refreshFigures(a -> { })).isZero();
        withoutFigures(u.id());
        store.database().write(tx -> tx.update("UPDATE figures_refreshed SET version = version - 1"));
        List<Article> changed = new ArrayList<>();
        assertThat(store.refreshFigures(changed::add)).isEqualTo(1);
        assertThat(store.get(u.id())).contains(withFigures);
    }

    @Test
    void manyArticlesReadAtOnceAreWhatEachReadAloneGivesReadersHiddenAndUnknownLeftOut() throws Exception {
        Random rnd = new Random(20261207L);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            ids.add(store.upsert(article("https://example.org/many/" + i, "خبر رقم " + i, "المصدر " + (i % 7),
                    "2024-04-" + (10 + i % 20)), null).id());
        }
        List<String> hidden = List.of(ids.get(3), ids.get(201));
        hide(hidden, java.time.Instant.parse("2024-04-05T10:15:00Z"));
        for (int round = 0; round < 20; round++) {
            List<String> asked = new ArrayList<>();
            for (int n = rnd.nextInt(round == 0 ? 230 : 12) + 1; n > 0; n--) {
                asked.add(rnd.nextInt(10) == 0 ? "no-such-id-" + n : ids.get(rnd.nextInt(ids.size())));
            }
            if (round == 0) {
                asked.addAll(ids); // past one statement's ids
                asked.addAll(hidden);
            }
            java.util.Map<String, Article> expected = new java.util.HashMap<>();
            asked.forEach(id -> store.get(id).ifPresent(a -> expected.put(id, a)));
            assertThat(store.getAll(asked)).as("round %d", round).isEqualTo(expected);
        }
        assertThat(store.getAll(ids)).hasSize(228).doesNotContainKeys(hidden.toArray(new String[0]));
        assertThat(store.getAll(List.of())).isEmpty();
    }

    @Test
    void aHiddenArticleStaysStoredButReadersQueriesLeaveItOutUntilItIsShownAgain() throws Exception {
        String flood = store.upsert(article("https://example.org/f", "فيضانات", "الغد", "2024-04-02", "مياه"),
                RawSource.text(RawSource.KIND_TEXT_PAGE, "/tmp/f.txt", "النص الخام")).id();
        String wheat = store.upsert(article("https://example.org/w", "القمح", "الغد", "2024-04-03", "مياه"), null).id();
        long before = store.lastSeq();
        java.time.Instant at = java.time.Instant.parse("2024-04-05T10:15:00Z");

        assertThat(hide(List.of(flood, "no-such-id"), at))
                .containsExactly(flood);
        assertThat(hide(List.of(flood), at)).as("already hidden")
                .isEmpty();

        assertThat(store.get(flood)).isEmpty();
        assertThat(store.getIncludingHidden(flood)).isPresent();
        assertThat(store.raw(flood)).as("nothing stored is lost").isPresent();
        assertThat(store.isHidden(flood)).isTrue();
        assertThat(store.latest(10, 0)).extracting(Article::id).containsExactly(wheat);
        assertThat(store.bySource(List.of("الغد"), 10, 0)).extracting(Article::id).containsExactly(wheat);
        assertThat(store.byTag(List.of("مياه"), 10, 0)).extracting(Article::id).containsExactly(wheat);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.sources()).extracting(NameCount::articles).containsExactly(1L);
        assertThat(store.tags(10)).filteredOn(t -> t.name().equals("مياه")).extracting(NameCount::articles)
                .containsExactly(1L);
        assertThat(store.stats().articles()).isEqualTo(1);
        List<String> all = new ArrayList<>();
        store.forEach(a -> all.add(a.id()));
        assertThat(all).containsExactly(wheat);
        // the hide is a change a follower sees, marked hidden
        List<StoredArticle> changes = store.since(before, 10);
        assertThat(changes).extracting(c -> c.article().id()).containsExactly(flood);
        assertThat(changes.get(0).hidden()).isTrue();
        assertThat(store.hidden(10, 0)).singleElement().satisfies(h -> {
            assertThat(h.article().id()).isEqualTo(flood);
            assertThat(h.hiddenBy()).isEqualTo("salma");
            assertThat(h.hiddenAt()).isEqualTo(at);
        });

        store.close();
        store = reopenStore();
        assertThat(store.get(flood)).as("hidden survives reopening").isEmpty();
        // fetched again with a change: updated, still hidden
        assertThat(store.upsert(article("https://example.org/f", "فيضانات جديدة", "الغد", "2024-04-02"), null)
                .change()).isEqualTo(Change.UPDATED);
        assertThat(store.isHidden(flood)).isTrue();

        long hiddenSeq = store.lastSeq();
        assertThat(unhide(List.of(flood, wheat), at)).containsExactly(flood);
        assertThat(store.get(flood).orElseThrow().title()).isEqualTo("فيضانات جديدة");
        assertThat(store.latest(10, 0)).extracting(Article::id).containsExactlyInAnyOrder(flood, wheat);
        assertThat(store.hidden(10, 0)).isEmpty();
        assertThat(store.hiddenCount()).isZero();
        assertThat(store.since(hiddenSeq, 10)).singleElement().satisfies(c -> {
            assertThat(c.article().id()).isEqualTo(flood);
            assertThat(c.hidden()).isFalse();
        });
    }

    private List<String> hide(List<String> ids, java.time.Instant at) {
        List<String> done = store.database().write(tx -> store.hide(tx, ids, "salma", at));
        return done;
    }

    private List<String> unhide(List<String> ids, java.time.Instant at) {
        List<String> done = store.database().write(tx -> store.unhide(tx, ids, at));
        return done;
    }
}
