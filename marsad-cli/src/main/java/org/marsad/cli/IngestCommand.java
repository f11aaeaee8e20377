package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.extract.PageFormat;
import org.marsad.ingest.warc.WarcArticles;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore.Incoming;
import org.marsad.store.RawSource;
import org.marsad.store.StoreException;
import org.marsad.store.Upserted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ingest --data DIR PATH...}: stores the articles of files and directories (searched recursively) and
 * indexes them.
 *
 * <ul>
 *   <li>{@code *.jsonl} / {@code *.ndjson}: JSON Lines of articles, as {@code marsad extract --format jsonl}
 *       prints them; each line is one article.</li>
 *   <li>{@code *.json}: {@code {"articles": [...]}} as {@code marsad extract} prints it, an array of articles, or
 *       one article.</li>
 *   <li>{@code *.warc} / {@code *.warc.gz}: the HTML response records of a web archive, through the page
 *       extractor; each article keeps a pointer (file, record offset) as its raw source.</li>
 *   <li>anything else: a page (raw text dump, or HTML when the HTML extractor is present), through the same
 *       extractors as {@code marsad extract}; its bytes are kept as the articles' raw source.</li>
 * </ul>
 * A file or line that cannot be read is reported on standard error and skipped; the rest goes on. Storing is
 * idempotent: ingesting the same input again reports the articles as unchanged. The summary line is
 * {@code read N, new N, updated N, unchanged N, failed N} (articles read; inputs that failed). Exit 1 when
 * something failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store and index the articles of files and directories: raw text pages, HTML pages, "
                + "JSON Lines of articles (*.jsonl), JSON (*.json) as marsad extract prints them, and web archives "
                + "(*.warc, *.warc.gz: their HTML responses)."},
        footer = {"", "Exit status: 0 ok, 1 some input failed (the rest was stored), 2 usage error."})
final class IngestCommand implements Callable<Integer> {
    private static final int BATCH = 200;

    @Mixin
    DataDir data;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories or http(s) URLs to ingest.")
    List<String> inputs;

    @Option(names = "--allow-private",
            description = "Let URLs point at loopback or private-network addresses (refused by default).")
    boolean allowPrivate;

    @Spec
    CommandSpec spec;

    private long read;
    private long created;
    private long updated;
    private long unchanged;
    private long failed;
    private final List<Incoming> batch = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String input : inputs) {
            if (PageFiles.isUrl(input)) {
                urls.add(input);
            } else {
                collect(input, files, err);
            }
        }
        boolean owner;
        try (Archive archive = data.create()) {
            owner = archive.owner();
            try (ProgressBar bar = progressBar(files.size())) {
                for (Path f : files) {
                    ingestFile(archive, f, err);
                    flushIfFull(archive, err);
                    if (bar != null) {
                        bar.step();
                    }
                }
                for (String url : urls) {
                    ingestUrl(archive, url, err);
                }
                flush(archive, err);
            }
        }
        spec.commandLine().getOut().printf("read %d, new %d, updated %d, unchanged %d, failed %d%n",
                read, created, updated, unchanged, failed);
        spec.commandLine().getOut().flush();
        if (!owner && created + updated > 0) {
            err.println("marsad: " + Writers.storedOnly(data, created + updated));
        }
        return failed > 0 ? Errors.FAILURE : 0;
    }

    /** A page fetched over HTTP; its bytes are kept as the article's raw source. */
    private void ingestUrl(Archive archive, String url, PrintWriter err) {
        PageUrls.Page page;
        try {
            page = PageUrls.fetch(url, allowPrivate);
        } catch (UserException e) {
            fail(err, e.getMessage());
            return;
        }
        String kind = page.html() ? RawSource.KIND_HTML : RawSource.KIND_TEXT_PAGE;
        for (Article a : page.articles()) {
            add(archive, a, new RawSource(kind, url, null, page.body()), err);
        }
    }

    private void collect(String input, List<Path> files, PrintWriter err) {
        Path p = Path.of(input);
        if (!Files.exists(p)) {
            fail(err, input + ": no such file or directory");
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                fail(err, input + ": cannot list directory (" + e.getMessage() + ")");
            }
        } else {
            files.add(p);
        }
    }

    private ProgressBar progressBar(int max) {
        // Only for a person watching: never in pipes, logs or tests.
        if (System.console() == null || max < 2) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(max).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }

    private void ingestFile(Archive archive, Path f, PrintWriter err) {
        String name = f.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            ingestJsonLines(archive, f, err);
            return;
        }
        if (lower.endsWith(".json")) {
            ingestJsonDocument(archive, f, err);
            return;
        }
        if (WarcArticles.isWarc(f)) {
            ingestWarc(archive, f, err);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException | OutOfMemoryError e) {
            fail(err, name + ": cannot read (" + e.getMessage() + ")");
            return;
        }
        List<Article> articles;
        try {
            articles = PageFiles.extract(name, bytes);
        } catch (UserException e) {
            fail(err, e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail(err, name + ": extraction failed (" + e + ")");
            return;
        }
        String kind = isHtml(name, bytes) ? RawSource.KIND_HTML : RawSource.KIND_TEXT_PAGE;
        RawSource raw = new RawSource(kind, f.toAbsolutePath().toString(), null, bytes);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (Article a : articles) {
            add(archive, a.fetchedAt() == null ? a.withFetchedAt(now) : a, raw, err);
        }
    }

    /** HTML response records of a .warc/.warc.gz; each article keeps a pointer (file, offset) to its record. */
    private void ingestWarc(Archive archive, Path f, PrintWriter err) {
        String file = f.toAbsolutePath().toString();
        try {
            WarcArticles.read(f, (a, pointer) -> {
                add(archive, a, RawSource.pointer(RawSource.KIND_WARC, file, pointer.offset()), err);
                flushIfFull(archive, err);
            });
        } catch (IOException | RuntimeException e) {
            fail(err, f + ": cannot read WARC (" + (e.getMessage() == null ? e : e.getMessage().lines().findFirst()
                    .orElse("")) + ")");
        }
    }

    private static boolean isHtml(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return PageFormat.sniff(name, head) == PageFormat.HTML;
    }

    private void ingestJsonLines(Archive archive, Path f, PrintWriter err) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f),
                StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Article a;
                try {
                    a = ArticleJson.parse(line.startsWith("\uFEFF") ? line.substring(1) : line);
                } catch (IllegalArgumentException e) {
                    fail(err, f + ":" + lineNo + ": " + e.getMessage().lines().findFirst().orElse("bad line"));
                    continue;
                }
                if (isBlank(a.title()) && a.body().isEmpty()) {
                    fail(err, f + ":" + lineNo + ": an article needs a title or a body");
                    continue;
                }
                add(archive, a, RawSource.text(RawSource.KIND_JSON, f.toAbsolutePath() + ":" + lineNo, line), err);
                flushIfFull(archive, err);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            fail(err, f + ": cannot read (" + e.getMessage() + ")");
        }
    }

    // The shape `marsad extract --format json` prints ({"articles": [...]}), a bare array, or one article.
    private void ingestJsonDocument(Archive archive, Path f, PrintWriter err) {
        JsonNode root;
        try {
            root = ArticleJson.mapper().readTree(f.toFile());
        } catch (IOException e) {
            fail(err, f + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
            return;
        }
        JsonNode items = root != null && root.isObject() && root.has("articles") ? root.get("articles") : root;
        List<JsonNode> nodes = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(nodes::add);
        } else if (items != null && items.isObject()) {
            nodes.add(items);
        } else {
            fail(err, f + ": expected an article, an array of articles or {\"articles\": [...]}");
            return;
        }
        for (int i = 0; i < nodes.size(); i++) {
            String where = f + " (article " + (i + 1) + ")";
            Article a;
            try {
                a = ArticleJson.fromNode(nodes.get(i));
            } catch (IllegalArgumentException e) {
                fail(err, where + ": " + e.getMessage());
                continue;
            }
            if (isBlank(a.title()) && a.body().isEmpty()) {
                fail(err, where + ": an article needs a title or a body");
                continue;
            }
            add(archive, a, RawSource.text(RawSource.KIND_JSON, where, nodes.get(i).toString()), err);
            flushIfFull(archive, err);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private void add(Archive archive, Article a, RawSource raw, PrintWriter err) {
        read++;
        batch.add(new Incoming(a, raw));
    }

    private void flushIfFull(Archive archive, PrintWriter err) {
        if (batch.size() >= BATCH) {
            flush(archive, err);
        }
    }

    private void flush(Archive archive, PrintWriter err) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            count(archive.save(batch));
        } catch (StoreException e) {
            // One bad article must not cost the batch: store them one by one to find it.
            for (Incoming in : batch) {
                try {
                    count(archive.save(List.of(in)));
                } catch (StoreException one) {
                    fail(err, describe(in) + ": not stored (" + one.getMessage() + ")");
                }
            }
        }
        batch.clear();
    }

    private static String describe(Incoming in) {
        RawSource raw = in.raw();
        return raw != null && raw.location() != null ? raw.location() : String.valueOf(in.article().title());
    }

    private void count(List<Upserted> results) {
        for (Upserted u : results) {
            switch (u.change()) {
                case NEW -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }

    private void fail(PrintWriter err, String message) {
        failed++;
        err.println("marsad: " + message);
        err.flush();
    }
}
