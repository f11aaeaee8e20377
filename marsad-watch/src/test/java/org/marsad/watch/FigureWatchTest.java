package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.watch.Watch.WatchSpec;

/**
 * A watch on {@code figure:killed>100} alerts for the articles that report more than a hundred killed, and for no
 * other (fewer killed, or as many injured); search finds exactly the same articles.
 */
class FigureWatchTest {
    @TempDir
    Path dir;
    Archive archive;
    Receiver receiver;
    Watches watches;

    @BeforeEach
    void open() throws Exception {
        archive = Archive.open(dir, null);
        receiver = new Receiver();
        watches = Watches.open(archive, Watches.Settings.of(URI.create("http://marsad.test/")));
    }

    @AfterEach
    void close() {
        watches.close();
        archive.close();
        receiver.close();
    }

    // Each article is its own story (its title is its first words), so each may alert on its own.
    private void save(String name, String body) {
        String title = String.join(" ", java.util.Arrays.asList(body.split(" ")).subList(0, 6));
        archive.save(Article.builder().url("https://example.org/" + name).title(title).body(List.of(body))
                .source("مصدر").published("2026-12-01").language("ar").build(), null);
    }

    @Test
    void aFigureWatchAlertsOnlyAboveItsThresholdAndSearchAgrees() throws Exception {
        // Every matching article alerts (not one per story), so the test does not depend on how stories group them.
        watches.create(WatchSpec.of("قتلى", "figure:killed>100").withMode(WatchMode.EVERY)
                .withWebhook(receiver.uri(), "s3cret", true), null);
        save("khan-younis", "ارتفعت حصيلة الشهداء في خان يونس إلى 150 شهيدا بحسب وزارة الصحة في غزة");
        save("kabul", "قتل 20 شخصا في هجوم على سوق شعبي في مدينة كابول الأفغانية");
        save("turkey", "أصيب 300 شخص بجروح في زلزال ضرب جنوب تركيا");
        save("kerala", "لقي أكثر من 120 شخصا حتفهم في فيضانات اجتاحت ولاية كيرالا الهندية");

        // Matching waits for articles being enriched; the last stored one alerting means all four were matched.
        List<String> alerted = new ArrayList<>();
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!alerted.contains("https://example.org/kerala") && System.nanoTime() < end) {
            watches.runOnce();
            alerted.clear();
            for (Receiver.Request r : receiver.requests()) {
                for (JsonNode alert : ArticleJson.mapper().readTree(r.body()).path("alerts")) {
                    alerted.add(alert.path("article").path("url").asText());
                }
            }
            Thread.sleep(50);
        }
        assertThat(alerted).containsExactlyInAnyOrder("https://example.org/khan-younis", "https://example.org/kerala");
        assertThat(archive.search(SearchRequest.of("figure:killed>100")).hits().stream().map(SearchHit::url))
                .containsExactlyInAnyOrderElementsOf(alerted);
    }
}
