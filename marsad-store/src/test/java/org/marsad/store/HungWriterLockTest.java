package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;

/**
 * Two workers on one PostgreSQL store and one collection, the first one's index write hanging (as on a Solr node
 * whose process is stopped) while it holds the enrichment lock: the second goes on storing its batches instead of
 * waiting the write's timeout, and decides and indexes them once it gets the lock.
 */
class HungWriterLockTest {
    // Written for this test: a report and an outlet's lightly edited copy of it, and a report of another event.
    private static final List<String> FIRE = List.of(
            "اندلع حريق كبير فجر الخميس في سوق الخضار المركزي بمدينة الموصل شمال العراق، وأتت النيران على أكثر"
                    + " من ستين محلا تجاريا قبل أن تتمكن فرق الدفاع المدني من السيطرة عليها بعد أربع ساعات.",
            "وقال مدير الدفاع المدني في نينوى إن الحريق لم يسفر عن إصابات بشرية، وإن التحقيقات الأولية تشير إلى"
                    + " تماس كهربائي في أحد المخازن، مضيفا أن الخسائر المادية تقدر بمئات الملايين من الدنانير.");
    private static final List<String> FIRE_COPY = List.of(
            "اندلع حريق كبير فجر اليوم الخميس في سوق الخضار المركزي بمدينة الموصل شمال العراق، وأتت النيران على"
                    + " أكثر من ستين محلا تجاريا قبل أن تتمكن فرق الدفاع المدني من السيطرة عليها بعد أربع ساعات.",
            "وقال مدير الدفاع المدني في نينوى إن الحريق لم يسفر عن إصابات بشرية، وإن التحقيقات الأولية تشير إلى"
                    + " تماس كهربائي في أحد المخازن.");
    private static final List<String> HARBOUR = List.of(
            "افتتح وزير النقل الأردني الأربعاء رصيفا جديدا في ميناء العقبة بطاقة استيعابية تبلغ مليون حاوية سنويا،"
                    + " ضمن خطة لتوسيع حركة التجارة مع دول الجوار.");

    @TempDir
    Path dir;
    private final org.marsad.testing.TestSchemas schemas = new org.marsad.testing.TestSchemas();

    private static Article article(String url, String source, String title, List<String> body) {
        return Article.builder().url(url).source(source).published("2024-05-02T09:00:00+03:00").title(title)
                .language("ar").body(body).build();
    }

    @Test
    void aWorkerGoesOnStoringWhileAnotherWorkersIndexWriteHangsHoldingTheLockAndDecidesItsBatchesAfter()
            throws Exception {
        String url = schemas.create();
        AtomicBoolean hang = new AtomicBoolean();
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (OneCollection collection = new OneCollection(dir.resolve("collection"))) {
            // Worker a's sends of buffered writes (what SolrIndex sends to a node) hang until the test lets them go.
            SearchIndex hangs = IndexStandIn.over(collection.view(), (method, args) -> {
                if (method.equals("send") && hang.get()) {
                    hanging.countDown();
                    answer.await();
                }
                return IndexStandIn.PASS;
            });
            try (Archive a = Archive.open(dir.resolve("a"), url, hangs);
                 Archive b = Archive.open(dir.resolve("b"), url, collection.view())) {
                b.lockPatience(Duration.ofMillis(500));
                String fireId = b.save(article("https://a.example/fire", "وكالة الأنباء", "حريق في سوق الموصل",
                        FIRE), null).id();
                a.save(article("https://c.example/harbour", "موقع النقل", "رصيف جديد في العقبة", HARBOUR), null);

                hang.set(true);
                Future<?> stuck = pool.submit(() -> a.save(article("https://c.example/harbour-2", "موقع النقل",
                        "ميناء العقبة يوسع طاقته", HARBOUR), null));
                String copyId;
                try {
                    assertThat(hanging.await(30, TimeUnit.SECONDS)).as("a's write hangs under the lock").isTrue();
                    // Before, b waited for the lock as long as a's write waited (120 s per node on Solr).
                    copyId = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                        String id = b.save(article("https://b.example/news/9", "صحيفة الشمال",
                                "حريق يلتهم سوق الموصل", FIRE_COPY), null).id();
                        assertThat(b.followOthers()).as("the lock is still another's: nothing decided yet").isZero();
                        return id;
                    });
                    Article stored = b.store().get(copyId).orElseThrow();
                    assertThat(stored.duplicateOf()).as("stored, not decided yet").isNull();
                    assertThat(stuck.isDone()).isFalse();
                } finally {
                    // Before the archives close (a's close waits for its save): a failure must not hang the test.
                    answer.countDown();
                }
                stuck.get(30, TimeUnit.SECONDS);
                assertThat(b.followOthers()).as("b's catch-up under the lock reads its own stored batch").isPositive();
                Article decided = b.store().get(copyId).orElseThrow();
                assertThat(decided.duplicateOf()).isEqualTo(fireId);
                assertThat(decided.entities()).extracting(e -> e.name()).contains("الموصل");
                collection.index().refresh();
                assertThat(collection.index().search(SearchRequest.of("place:الموصل")).hits())
                        .extracting(SearchHit::id).contains(copyId);
            }
        } finally {
            answer.countDown();
            pool.shutdownNow();
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        schemas.dropAll();
    }
}
