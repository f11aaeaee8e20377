package org.marsad.bench.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongConsumer;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.RawSource;

/**
 * The load part's archive: a data directory holding a list of articles saved through {@link Archive#save} — the path
 * {@code marsad ingest} takes for a JSON Lines file (store with the raw JSON as source, figures, entities,
 * near-duplicates, stories, index) — built once per input and reused from a cache directory on later runs.
 *
 * <p>At 100,000 articles the build costs about an hour on a busy shared machine, almost all of it enrichment (the
 * entity tagger), while the load itself lasts a minute. The cache entry is keyed by the input alone (a SHA-256 of
 * every article's JSON line, in order, and {@link #FORMAT}), not by the Marsad version that built it: a run opens the
 * entry's copy the way {@code marsad serve} opens an older user's directory — migrations run and the index is
 * rebuilt when its analysis version changed — and the report names the commit that built it and what opening
 * repaired. Entries are written under a {@code .partial} name and renamed only when complete, so an interrupted
 * build is never taken for a whole one; the next run resumes it (saving is idempotent: articles already stored
 * come back unchanged).
 */
public final class BenchArchive {
    /**
     * How the builder saves articles. Bump it when that changes (batching, raw source kind, what is saved), so that
     * archives built the old way are not reused.
     */
    static final int FORMAT = 1;
    /** Articles per {@link Archive#save} call. */
    static final int BATCH = 500;
    private static final String META = "bench-archive.properties";
    private static final String DATA = "marsad-data";

    /**
     * A ready archive.
     *
     * @param data     the data directory to open (a private copy of the cache entry)
     * @param reused   whether the cache entry existed before this run (false: built now)
     * @param builtBy  the git commits (bench {@code run.version}) that built the entry, in order; more than one when
     *                 an interrupted build was resumed by another version
     * @param buildS   seconds spent building the entry (summed over resumed builds)
     * @param builtAt  when the build finished
     * @param key      the cache key (hex)
     */
    public record Ready(Path data, boolean reused, List<String> builtBy, double buildS, Instant builtAt, String key) {
    }

    private BenchArchive() {
    }

    /**
     * How many segments the search index of an archive's data directory holds in its latest commit (0 when it has
     * none): each query sets its scorers, rescore and highlighter up once per segment, so an archive saved in
     * batches (22 segments at 100,000 articles) and one merged after a bulk load (one) are not the same workload.
     */
    public static int indexSegments(Path data) throws IOException {
        Path index = data.resolve("index");
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index)) {
            return org.apache.lucene.index.DirectoryReader.indexExists(dir)
                    ? org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size() : 0;
        }
    }

    /**
     * The archive of {@code articles}: taken from {@code cacheRoot} when an entry for exactly this input exists,
     * else built there first; then copied to {@code workCopy} (the run may write to it: opening repairs, the owner
     * commits) so that the entry stays as built.
     *
     * @param version  the running bench's version (git commit), recorded as the builder; may be null
     * @param progress hears how many articles are stored while building
     */
    public static Ready obtain(Path cacheRoot, List<Article> articles, Path workCopy, String version,
                               LongConsumer progress) throws IOException {
        return obtain(cacheRoot, articles, workCopy, version, progress, BATCH);
    }

    static Ready obtain(Path cacheRoot, List<Article> articles, Path workCopy, String version,
                        LongConsumer progress, int batch) throws IOException {
        String key = key(articles);
        Path entry = entry(cacheRoot, articles.size(), key);
        boolean reused = Files.isRegularFile(entry.resolve(META));
        if (!reused) {
            build(entry, articles, key, version, progress, batch);
        }
        Properties meta = readMeta(entry.resolve(META));
        if (!key.equals(meta.getProperty("key"))) {
            throw new IOException(entry + " holds another input (key " + meta.getProperty("key") + "); delete it");
        }
        deleteTree(workCopy);
        copyTree(entry.resolve(DATA), workCopy);
        return new Ready(workCopy, reused, List.of(meta.getProperty("built_by", "").split(",")),
                Double.parseDouble(meta.getProperty("build_s", "NaN")),
                Instant.parse(meta.getProperty("built_at")), key);
    }

    /** The cache entry of an input of n articles with this key; its build in progress has ".partial" appended. */
    static Path entry(Path cacheRoot, int n, String key) {
        return cacheRoot.resolve("archive-" + n + "-" + key.substring(0, 16));
    }

    /** The cache key of an input: SHA-256 of {@link #FORMAT} and every article's JSON line, in order. */
    static String key(List<Article> articles) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(("bench-archive format " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        for (Article a : articles) {
            sha.update(ArticleJson.toLine(a).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Builds the entry under {@code entry.partial} (resuming what an interrupted build stored there), then renames
     * it to {@code entry}.
     */
    private static void build(Path entry, List<Article> articles, String key, String version, LongConsumer progress,
                              int batch) throws IOException {
        Path partial = entry.resolveSibling(entry.getFileName() + ".partial");
        Files.createDirectories(partial);
        Path metaFile = partial.resolve(META);
        Properties meta = Files.isRegularFile(metaFile) ? readMeta(metaFile) : new Properties();
        if (meta.getProperty("key") != null && !key.equals(meta.getProperty("key"))) {
            throw new IOException(partial + " holds another input (key " + meta.getProperty("key") + "); delete it");
        }
        Set<String> builders = new LinkedHashSet<>();
        for (String b : meta.getProperty("built_by", "").split(",")) {
            if (!b.isBlank()) {
                builders.add(b);
            }
        }
        builders.add(version == null ? "unknown" : version);
        double before = Double.parseDouble(meta.getProperty("build_s", "0"));
        meta.setProperty("key", key);
        meta.setProperty("format", Integer.toString(FORMAT));
        meta.setProperty("articles", Integer.toString(articles.size()));
        meta.setProperty("built_by", String.join(",", builders));
        writeMeta(metaFile, meta);

        long t0 = System.nanoTime();
        try (Archive archive = Archive.open(partial.resolve(DATA), null)) {
            // Batches are saved in input order, one store transaction each, so what an interrupted build stored is
            // a prefix of whole batches: resume after it (re-saving an article would only report it unchanged).
            long stored = archive.store().count();
            int from = (int) Math.min(articles.size(), stored - stored % batch);
            for (int i = from; i < articles.size(); i += batch) {
                List<ArticleStore.Incoming> in = new ArrayList<>(batch);
                for (Article a : articles.subList(i, Math.min(articles.size(), i + batch))) {
                    in.add(new ArticleStore.Incoming(a, RawSource.text(RawSource.KIND_JSON, "bench:load",
                            ArticleJson.toLine(a))));
                }
                archive.save(in);
                // The time spent so far is recorded with each stored batch, so that a build interrupted and resumed
                // reports its whole cost, not only the last attempt's.
                meta.setProperty("build_s", Double.toString(before + (System.nanoTime() - t0) / 1e9));
                writeMeta(metaFile, meta);
                progress.accept(Math.min(articles.size(), i + batch));
            }
            archive.commit();
            long count = archive.store().count();
            if (count != articles.size()) {
                throw new IOException("the bench archive holds " + count + " articles, not " + articles.size()
                        + " (are two inputs mapping to one URL?)");
            }
        }
        meta.setProperty("build_s", Double.toString(before + (System.nanoTime() - t0) / 1e9));
        meta.setProperty("built_at", Instant.now().toString());
        writeMeta(metaFile, meta);
        deleteTree(entry);
        Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties readMeta(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static void writeMeta(Path file, Properties p) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Marsad bench archive (see BenchArchive)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
