package org.marsad.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;

/** {@code marsad stories --rebuild}: a drifted story splits, ids stay where membership mostly stays. */
class StoryRebuildTest {
    // Written for this test: a report and an outlet's copy of it, an unrelated report the same day, and a later one.
    private static final List<String> FIRE = List.of(
            "اندلع حريق كبير فجر الأربعاء في مستودع للأخشاب بالمنطقة الصناعية شمال مدينة صفاقس التونسية، وهرعت"
                    + " إليه سبع فرق من الحماية المدنية التي عملت لأكثر من خمس ساعات على إخماده.",
            "وقال متحدث باسم الحماية المدنية إن النيران امتدت إلى ورشتين مجاورتين قبل السيطرة عليها، وإن ثلاثة"
                    + " عمال نقلوا إلى المستشفى بسبب استنشاق الدخان، وفتحت النيابة تحقيقا في أسباب الحريق.");
    private static final List<String> FIRE_COPY = List.of(
            "اندلع حريق كبير فجر اليوم الأربعاء في مستودع للأخشاب بالمنطقة الصناعية شمال مدينة صفاقس التونسية،"
                    + " وهرعت إليه سبع فرق من الحماية المدنية التي عملت لأكثر من خمس ساعات على إخماده.",
            "وقال متحدث باسم الحماية المدنية إن النيران امتدت إلى ورشتين مجاورتين قبل السيطرة عليها، وإن ثلاثة"
                    + " عمال نقلوا إلى المستشفى، وفتحت النيابة تحقيقا في أسباب الحريق.");
    private static final List<String> MUSEUM = List.of(
            "افتتحت وزارة الثقافة المغربية متحفا جديدا للفنون المعاصرة في مدينة طنجة يضم أكثر من أربعمئة عمل"
                    + " لفنانين من المغرب وأفريقيا، بحضور عدد من السفراء والمثقفين.",
            "وقالت مديرة المتحف إن القاعات ستستقبل الزوار مجانا خلال الشهر الأول، وإن برنامجا من الورشات"
                    + " للأطفال سيرافق المعرض الافتتاحي.");
    private static final List<String> HARBOUR = List.of(
            "أعلنت سلطة الموانئ في سلطنة عمان بدء أعمال توسعة ميناء الدقم لاستقبال سفن الحاويات العملاقة، في"
                    + " مشروع تقدر كلفته بمئات الملايين من الدولارات ويستمر ثلاث سنوات.");

    @TempDir
    Path dir;

    private static Article article(String url, String source, String published, String title, List<String> body) {
        return Article.builder().url(url).source(source).published(published).title(title).language("ar")
                .body(body).build();
    }

    private final Article fire = article("https://a.example/fire", "وكالة الأنباء", "2024-05-08T06:00:00+01:00",
            "حريق في مستودع للأخشاب بصفاقس", FIRE);
    private final Article copy = article("https://b.example/n/9", "صحيفة الساحل", "2024-05-08T09:30:00+01:00",
            "صفاقس: سبع فرق تخمد حريق مستودع الأخشاب", FIRE_COPY);
    private final Article museum = article("https://c.example/museum", "موقع الثقافة", "2024-05-08T12:00:00+01:00",
            "متحف جديد للفنون المعاصرة في طنجة", MUSEUM);
    private final Article harbour = article("https://d.example/port", "وكالة الأنباء", "2024-05-12T10:00:00+04:00",
            "بدء توسعة ميناء الدقم", HARBOUR);

    private static final Instant FROM = Instant.parse("2024-05-08T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-05-09T00:00:00Z");

    /** Puts articles into one story, as older rules that chained topics would have. */
    private static void chain(Archive a, String story, String... ids) {
        a.store().database().write(conn -> {
            for (String id : ids) {
                // The decision row is the whole decision: readers join it (ArticleRows).
                conn.update("UPDATE article_enrichment SET story_id = ? WHERE article_id = ?", story, id);
            }
            conn.update("DELETE FROM stories WHERE id <> ?", story);
            conn.update("UPDATE stories SET articles = ? WHERE id = ?", ids.length, story);
            return null;
        });
    }

    @Test
    void aChainedStorySplitsAndItsLargestPartKeepsTheId() {
        try (Archive a = Archive.open(dir, null)) {
            String fireId = a.save(fire, null).id();
            String copyId = a.save(copy, null).id();
            String museumId = a.save(museum, null).id();
            String harbourId = a.save(harbour, null).id();
            chain(a, fireId, fireId, copyId, museumId, harbourId);
            assertThat(a.stories().count()).isEqualTo(1);

            StoryRebuild.Result r = a.rebuildStories(FROM, TO);

            assertThat(r.articles()).isEqualTo(3);
            assertThat(r.storiesBefore()).isEqualTo(1);
            assertThat(r.storiesAfter()).isEqualTo(2);
            assertThat(r.idsKept()).isEqualTo(1);
            assertThat(r.articlesMoved()).isEqualTo(1);
            // The fire and its copy keep the story's id; the museum is a story of its own; the harbour, outside the
            // window, is left where it was.
            assertThat(a.stories().members(fireId)).extracting(Article::id)
                    .containsExactly(fireId, copyId, harbourId);
            assertThat(a.store().get(museumId).orElseThrow().story()).isEqualTo(museumId);
            assertThat(a.stories().story(museumId).orElseThrow().articles()).isEqualTo(1);
            assertThat(a.stories().story(fireId).orElseThrow().articles()).isEqualTo(3);
            assertThat(a.stories().count()).isEqualTo(2);
        }
        // The decisions are the store's: a reopened archive replays them, and a new copy joins the rebuilt story.
        try (Archive a = Archive.open(dir, null)) {
            Article late = article("https://e.example/fire", "موقع الجنوب", "2024-05-08T15:00:00+01:00",
                    "حريق مستودع الأخشاب في صفاقس", FIRE_COPY);
            String lateId = a.save(late, null).id();
            assertThat(a.store().get(lateId).orElseThrow().story())
                    .isEqualTo(a.store().get(a.stories().top(1, null).get(0).leadId()).orElseThrow().story());
        }
    }

    @Test
    void rebuildingUnchangedStoriesChangesNothing() {
        try (Archive a = Archive.open(dir, null)) {
            String fireId = a.save(fire, null).id();
            String copyId = a.save(copy, null).id();
            String museumId = a.save(museum, null).id();
            a.save(harbour, null);
            var before = a.stories().top(10, null);

            StoryRebuild.Result r = a.rebuildStories(FROM, TO);

            assertThat(r.articlesMoved()).isZero();
            assertThat(r.idsKept()).isEqualTo(r.storiesAfter()).isEqualTo(2);
            assertThat(a.stories().top(10, null)).isEqualTo(before);
            assertThat(a.stories().members(fireId)).extracting(Article::id).containsExactly(fireId, copyId);
            assertThat(a.stories().members(museumId)).extracting(Article::id).containsExactly(museumId);
        }
    }

    @Test
    void anEmptyWindowChangesNothing() {
        try (Archive a = Archive.open(dir, null)) {
            a.save(fire, null);
            StoryRebuild.Result r = a.rebuildStories(Instant.parse("2020-01-01T00:00:00Z"),
                    Instant.parse("2020-01-02T00:00:00Z"));
            assertThat(r.articles()).isZero();
            assertThat(a.stories().count()).isEqualTo(1);
        }
    }
}
