package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/** Issue 17: deleting articles removes them from the store and the index, whoever owns the index. */
class ArchiveDeleteTest {
    @TempDir
    Path dir;

    private static Article article(int i, String title) {
        return Article.builder().url("https://example.org/" + i).title(title)
                .body(List.of("تقرير رقم " + i + " عن " + title + " في المدينة.")).source("وكالة " + (i % 3))
                .published("2024-03-0" + (1 + i % 9)).language("ar").build();
    }

    private static List<String> found(Archive a, String q) {
        a.refresh();
        return a.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 100, 0)).hits()
                .stream().map(SearchHit::id).toList();
    }

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
        List<String> body = List.of("أعلنت السلطات في محافظة البصرة جنوب العراق صباح الثلاثاء إجلاء أكثر من 3200 "
                + "عائلة من القرى الواقعة على ضفاف شط العرب بعد ارتفاع منسوب المياه إلى مستوى غير مسبوق منذ عقدين.",
                "وقال محافظ البصرة في مؤتمر صحفي إن فرق الدفاع المدني أقامت سواتر ترابية بطول 14 كيلومترا لحماية"
                        + " الأحياء السكنية، وإن المدارس في القضاء ستبقى مغلقة حتى نهاية الأسبوع.");
        Article original = Article.builder().url("https://a.example/1").source("وكالة الأنباء").language("ar")
                .published("2024-04-02T08:00:00+03:00").title("إجلاء آلاف العائلات في البصرة").body(body).build();
        Article copy = Article.builder().url("https://b.example/2").source("صحيفة الجنوب").language("ar")
                .published("2024-04-02T11:00:00+03:00").title("البصرة: إجلاء 3200 عائلة").body(body).build();
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
}
