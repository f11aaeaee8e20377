package org.marsad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;

/**
 * The child process of {@link CrashSafetyTest}: ingests generated articles into a data directory in batches, and
 * after each batch is stored prints how many articles are stored so far, until it is killed.
 */
public final class CrashIngestMain {
    static final int BATCH = 50;

    private CrashIngestMain() {
    }

    static Article article(int i) {
        return Article.builder().url("https://crash.example/" + i).title("خبر رقم " + i + " عن المفاوضات")
                .body(List.of("فقرة أولى من الخبر marker" + i + " تتحدث عن المفاوضات في القاهرة.",
                        "فقرة ثانية طويلة بعض الشيء لتأخذ مكانها في الفهرس والمخزن معاً."))
                .source(i % 2 == 0 ? "الجزيرة" : "العربية").published("2023-12-" + (10 + i % 20))
                .tags(List.of("وسم" + (i % 7))).language("ar").build();
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Archive archive = Archive.open(dir, null);
        int stored = 0;
        for (int b = 0; b < 100_000; b++) {
            List<ArticleStore.Incoming> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(new ArticleStore.Incoming(article(stored + i), RawSource.text(RawSource.KIND_JSON,
                        "gen", "raw " + (stored + i))));
            }
            archive.save(batch);
            stored += BATCH;
            System.out.println(stored);
            System.out.flush();
        }
        archive.close();
    }
}
