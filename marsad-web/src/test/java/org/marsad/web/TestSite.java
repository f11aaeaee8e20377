package org.marsad.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.RawSource;
import org.marsad.watch.Watches;

/**
 * A data directory holding test articles (src/test/resources/articles.jsonl unless told otherwise), stored through
 * the archive so that copies and stories are decided as at ingest, and a server over it.
 */
final class TestSite implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-12T12:00:00Z"), ZoneOffset.UTC);

    final Archive archive;
    final Watches watches;
    final WebServer server;

    private TestSite(Archive archive, Watches watches, WebServer server) {
        this.archive = archive;
        this.watches = watches;
        this.server = server;
    }

    static TestSite start(Path dataDir) throws IOException {
        return start(dataDir, "articles.jsonl");
    }

    /** A site over the articles of these resource files, each saved as one batch, in order. */
    static TestSite start(Path dataDir, String... resources) throws IOException {
        Archive archive = Archive.open(dataDir, null);
        try {
            for (String resource : resources) {
                List<ArticleStore.Incoming> batch = new ArrayList<>();
                for (String line : lines(resource)) {
                    batch.add(new ArticleStore.Incoming(ArticleJson.parse(line),
                            RawSource.text(RawSource.KIND_JSON, resource, line)));
                }
                archive.save(batch);
            }
            archive.commit();
            Watches watches = Watches.open(archive, Watches.Settings.of(URI.create("http://127.0.0.1/"))
                    .withClock(CLOCK));
            return new TestSite(archive, watches, WebServer.start(new WebServer.Config(archive, "127.0.0.1", 0, CLOCK,
                    List::of, java.util.Map::of, watches)));
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = TestSite.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            watches.close();
        } finally {
            archive.close();
        }
    }
}
