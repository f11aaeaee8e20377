package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/**
 * A file ingested again (batches staged ahead, as {@code marsad ingest} does) does not tag the articles the store
 * holds already as they are; what is stored and enriched is what saving without staging gives.
 */
class StagedReingestTest {
    private static final String[] PEOPLE = {"سامح شكري", "أنطونيو غوتيريش", "نجيب ميقاتي", "محمد بن عبد الرحمن"};
    private static final String[] PLACES = {"القاهرة", "بيروت", "الدوحة", "عمّان"};

    @TempDir
    Path dir;

    private static ArticleStore.Incoming article(int i, String extra) {
        return article(i, extra, "https://example.org/reingest/" + i);
    }

    // url null: an article known by its text only (a pasted or exported one without a link)
    private static ArticleStore.Incoming article(int i, String extra, String url) {
        String body = "قال " + PEOPLE[i % PEOPLE.length] + " في " + PLACES[i % PLACES.length]
                + " إن المحادثات ستستمر الأسبوع المقبل." + extra;
        return new ArticleStore.Incoming(Article.builder().url(url)
                .title("محادثات في " + PLACES[i % PLACES.length] + " رقم " + i).body(List.of(body)).language("ar")
                .source("الجزيرة").published("2024-06-0" + (1 + i % 5) + "T10:00:00+03:00").build(), null);
    }

    private static List<ArticleStore.Incoming> articles(int from, int to) {
        List<ArticleStore.Incoming> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(article(i, ""));
        }
        return out;
    }

    private static List<Upserted.Change> changes(List<Upserted> saved) {
        return saved.stream().map(Upserted::change).toList();
    }

    @Test
    void onlyNewAndChangedArticlesAreTaggedAheadAndTheEntitiesAreTheSameAsUnstaged() {
        // 0..5 stored; again: 0..3 as they were, 4 changed, 5 as it was, 6 new
        List<ArticleStore.Incoming> again = new ArrayList<>(articles(0, 4));
        again.add(article(4, " وأضاف أن الجولة المقبلة في الرياض."));
        again.add(article(5, ""));
        again.add(article(6, ""));
        List<Article> staged;
        try (Archive a = Archive.open(dir.resolve("staged"), null)) {
            a.enrichmentWorkers(1);
            a.save(a.stage(articles(0, 6)));
            Archive.Staged s = a.stage(again);
            assertThat(s.taggedAhead()).isEqualTo(2);
            assertThat(changes(a.save(s))).containsExactly(Upserted.Change.UNCHANGED, Upserted.Change.UNCHANGED,
                    Upserted.Change.UNCHANGED, Upserted.Change.UNCHANGED, Upserted.Change.UPDATED,
                    Upserted.Change.UNCHANGED, Upserted.Change.NEW);
            staged = stored(a, 7);
        }
        try (Archive a = Archive.open(dir.resolve("unstaged"), null)) {
            a.save(articles(0, 6));
            a.save(again);
            assertThat(stored(a, 7)).isEqualTo(staged);
        }
        assertThat(staged.get(4).entities()).isNotEmpty();
    }

    /**
     * The batch staged ahead is looked up before the batch before it is saved: an article that one changes and the
     * next brings back as it was is taken as unchanged when staged, and is tagged when it turns out to have changed.
     */
    @Test
    void anArticleChangedByTheBatchBeforeIsTaggedWhenSaved() {
        List<ArticleStore.Incoming> changing = List.of(article(2, " وأضاف أن الجولة المقبلة في الرياض."));
        List<Article> staged;
        try (Archive a = Archive.open(dir.resolve("staged"), null)) {
            a.enrichmentWorkers(1);
            a.save(articles(0, 4));
            Archive.Staged first = a.stage(changing);
            Archive.Staged second = a.stage(articles(0, 4));
            a.save(first);
            assertThat(second.taggedAhead()).isZero();
            assertThat(changes(a.save(second))).containsExactly(Upserted.Change.UNCHANGED,
                    Upserted.Change.UNCHANGED, Upserted.Change.UPDATED, Upserted.Change.UNCHANGED);
            staged = stored(a, 4);
        }
        try (Archive a = Archive.open(dir.resolve("unstaged"), null)) {
            a.save(articles(0, 4));
            a.save(changing);
            a.save(articles(0, 4));
            assertThat(stored(a, 4)).isEqualTo(staged);
        }
        assertThat(staged.get(2).entities()).isNotEmpty();
    }

    /** Articles without a URL are found by their content key, as the write finds them, and not tagged again. */
    @Test
    void articlesWithoutAUrlStoredAsTheyAreAreNotTaggedAgain() {
        List<ArticleStore.Incoming> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            first.add(article(i, "", null));
        }
        // 0..3 as they were, 4 with more text (for a text-keyed article, another article), 5 new
        List<ArticleStore.Incoming> again = new ArrayList<>(first.subList(0, 4));
        again.add(article(4, " وأضاف أن الجولة المقبلة في الرياض.", null));
        again.add(article(5, "", null));
        List<Article> staged;
        try (Archive a = Archive.open(dir.resolve("staged"), null)) {
            a.enrichmentWorkers(1);
            a.save(a.stage(first));
            Archive.Staged s = a.stage(again);
            assertThat(s.taggedAhead()).isEqualTo(2);
            assertThat(changes(a.save(s))).containsExactly(Upserted.Change.UNCHANGED, Upserted.Change.UNCHANGED,
                    Upserted.Change.UNCHANGED, Upserted.Change.UNCHANGED, Upserted.Change.NEW, Upserted.Change.NEW);
            staged = everyStored(a);
        }
        try (Archive a = Archive.open(dir.resolve("unstaged"), null)) {
            a.save(first);
            a.save(again);
            assertThat(everyStored(a)).isEqualTo(staged);
        }
        assertThat(staged).hasSize(7).allSatisfy(x -> assertThat(x.entities()).isNotEmpty());
    }

    private static List<Article> everyStored(Archive a) {
        return a.store().latest(100, 0).stream().map(x -> x.withFetchedAt(null))
                .sorted(java.util.Comparator.comparing(Article::id)).toList();
    }

    // The stored articles, by URL order, without what differs between two archives of the same input by nature.
    private static List<Article> stored(Archive a, int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = a.store().idsByUrl(List.of("https://example.org/reingest/" + i)).get(
                    "https://example.org/reingest/" + i);
            out.add(a.store().get(id).orElseThrow().withFetchedAt(null));
        }
        return out;
    }
}
