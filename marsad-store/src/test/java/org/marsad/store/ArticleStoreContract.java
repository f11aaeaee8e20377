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
import org.marsad.store.Upserted.Change;

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

    @Test
    void listsNewestFirstBySourceAndByTag() {
        store.upsert(article("https://e.org/1", "أقدم", "الجزيرة", "2023-12-01", "غزة"), null);
        store.upsert(article("https://e.org/2", "أحدث", "الجزيرة", "2023-12-24T08:00:00+02:00", "غزة", "هدنة"), null);
        store.upsert(article("https://e.org/3", "بلا تاريخ", "العربية", null, "هدنة"), null);
        store.upsert(article("https://e.org/4", "وسط", "العربية", "2023-12-10"), null);
        assertThat(store.latest(10, 0)).extracting(Article::title).containsExactly("أحدث", "وسط", "أقدم", "بلا تاريخ");
        assertThat(store.latest(2, 1)).extracting(Article::title).containsExactly("وسط", "أقدم");
        assertThat(store.bySource("الجزيرة", 10, 0)).extracting(Article::title).containsExactly("أحدث", "أقدم");
        assertThat(store.byTag("هدنة", 10, 0)).extracting(Article::title).containsExactly("أحدث", "بلا تاريخ");
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
}
