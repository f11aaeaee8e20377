package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.StoredArticle;

/**
 * The server's follower over an archive opened with its rebuild left to the background: /healthz tells the progress,
 * the follower does the rebuild, and listeners (watches) hear only of what was stored meanwhile, not of the whole
 * archive indexed again.
 */
class BackgroundRebuildFollowerTest {
    @TempDir
    Path dir;

    private static Article article(String url, String title) {
        return Article.builder().url(url).source("الغد").title(title).published("2026-01-08")
                .body(List.of(title + "، بحسب مراسل الغد.")).build();
    }

    @Test
    void healthTellsTheProgressAndListenersHearOnlyOfNewArticles() throws IOException {
        try (Archive a = Archive.open(dir, null)) {
            a.save(article("https://news.example/flood", "فيضانات في السودان"), null);
            a.save(article("https://news.example/wheat", "ارتفاع أسعار القمح"), null);
            a.commit();
        }
        try (Stream<Path> files = Files.list(dir.resolve(Archive.INDEX_DIR))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        List<StoredArticle> heard = new CopyOnWriteArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        try (Archive a = Archive.openServing(dir, null)) {
            IndexFollower follower = new IndexFollower(a, new ServerRequests(a.store().database()),
                    Clock.systemUTC(), log::add);
            follower.addListener(heard::addAll);
            @SuppressWarnings("unchecked")
            Map<String, Object> rebuild = (Map<String, Object>) follower.health().get("rebuild");
            assertThat(rebuild).containsEntry("cause", "MISSING").containsEntry("reason", "there was no index").containsEntry("indexed", 0L)
                    .containsEntry("total", 2L).containsEntry("searches", "unavailable");

            String rain = a.save(article("https://news.example/rain", "أمطار غزيرة في الخرطوم"), null).id();
            follower.tick();

            assertThat(follower.health()).doesNotContainKey("rebuild").containsEntry("lag", 0L);
            assertThat(log).contains("marsad: the search index is rebuilt; searches read it now");
            assertThat(heard).extracting(s -> s.article().id()).containsExactly(rain);
            assertThat(a.index().count()).isEqualTo(3);
        }
    }
}
