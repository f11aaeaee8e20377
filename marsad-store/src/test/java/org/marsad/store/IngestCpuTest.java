package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.IngestCpu;
import org.marsad.model.Article;

/**
 * The ingest's CPU by stage ({@link IngestCpu}) over a seeded batch saved as {@code marsad ingest} saves it (staged
 * ahead on a worker, then saved, then committed): every stage is seen working, and the stages together never count
 * more CPU than the whole process used meanwhile (they do not overlap, and each is counted on the thread that ran it).
 */
class IngestCpuTest {
    private static final String[] PEOPLE = {"سامح شكري", "أنطونيو غوتيريش", "نجيب ميقاتي", "محمد بن عبد الرحمن",
        "إيمانويل ماكرون", "رجب طيب أردوغان"};
    private static final String[] PLACES = {"القاهرة", "بيروت", "الدوحة", "عمّان", "الرياض", "تونس"};
    private static final String[] EVENTS = {"المحادثات ستستمر الأسبوع المقبل", "الأسعار ارتفعت بنسبة 12 في المئة",
        "الاجتماع ناقش ملف اللاجئين", "الانتخابات ستجري في موعدها", "الحكومة أقرت موازنة بقيمة 3 مليارات دولار"};

    @TempDir
    Path dir;

    private static ArticleStore.Incoming article(Random r, int i) {
        String who = PEOPLE[r.nextInt(PEOPLE.length)];
        String where = PLACES[r.nextInt(PLACES.length)];
        String what = EVENTS[r.nextInt(EVENTS.length)];
        List<String> body = List.of("قال " + who + " في " + where + " إن " + what + ".",
                "وأضاف " + who + " أن " + EVENTS[r.nextInt(EVENTS.length)] + " في " + where + ".");
        return new ArticleStore.Incoming(Article.builder().url("https://example.org/cpu/" + i)
                .title(what + " في " + where).body(body).language("ar").source("وكالة " + r.nextInt(3))
                .published("2024-06-0" + (1 + r.nextInt(8)) + "T10:00:00+03:00").build(), null);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    void everyStageIsCountedAndTogetherTheyStayWithinTheProcessCpu() {
        assumeTrue(IngestCpu.measured(), "this JVM measures no thread CPU");
        Random r = new Random(20261205L);
        List<List<ArticleStore.Incoming>> batches = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            List<ArticleStore.Incoming> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                batch.add(article(r, b * 40 + i));
            }
            batches.add(batch);
        }
        try (Archive a = Archive.open(dir.resolve("data"), null)) {
            a.enrichmentWorkers(1);
            a.save(batches.get(0)); // opens the stages (story state, resolver) outside the measured part
            Map<IngestCpu.Stage, Long> before = IngestCpu.nanosByStage();
            long cpu0 = processCpuNanos();
            Archive.Staged next = a.stage(batches.get(1));
            for (int b = 2; b < batches.size(); b++) {
                Archive.Staged after = a.stage(batches.get(b));
                a.save(next);
                next = after;
            }
            a.save(next);
            a.commit();
            long processCpu = processCpuNanos() - cpu0;
            Map<IngestCpu.Stage, Long> after = IngestCpu.nanosByStage();

            long sum = 0;
            for (IngestCpu.Stage s : IngestCpu.Stage.values()) {
                long spent = after.get(s) - before.get(s);
                assertThat(spent).as("CPU of stage %s", s.key()).isPositive();
                sum += spent;
            }
            assertThat(sum).as("the stages' CPU against the process's").isLessThanOrEqualTo(processCpu);
            assertThat(a.store().count()).isEqualTo(160);
        }
    }
}
