package org.marsad.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.bench.data.Corpus;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.store.RawSource;

class BenchArchiveTest {
    @TempDir
    Path tmp;

    private static List<Article> input(int n, long seed) {
        return Corpus.synthesize(Corpus.bundled().articles(), n, seed);
    }

    private static long count(Path data) {
        try (Archive a = Archive.open(data, null)) {
            return a.store().count();
        }
    }

    @Test
    void theFirstRunBuildsTheSecondReusesAndEachGetsItsOwnSearchableCopy() throws IOException {
        List<Article> in = input(12, 3L);
        Path cache = tmp.resolve("cache");
        List<Long> heard = new ArrayList<>();
        BenchArchive.Ready first = BenchArchive.obtain(cache, in, tmp.resolve("run1"), "commit-a", heard::add, 5);
        assertThat(first.reused()).isFalse();
        assertThat(first.builtBy()).containsExactly("commit-a");
        assertThat(heard).containsExactly(5L, 10L, 12L);
        assertThat(first.data()).isEqualTo(tmp.resolve("run1"));
        try (Archive a = Archive.open(first.data(), null)) {
            assertThat(a.store().count()).isEqualTo(12);
            // Enriched and indexed as an ingest would: the text of the seed article is searchable.
            String words = in.get(0).title();
            assertThat(a.search(SearchRequest.of(words)).total()).isGreaterThan(0);
            // The run writes to its copy; the cache entry must not change.
            a.save(input(13, 99L).get(12), RawSource.text(RawSource.KIND_JSON, "test", "{}"));
            assertThat(a.store().count()).isEqualTo(13);
        }

        heard.clear();
        BenchArchive.Ready second = BenchArchive.obtain(cache, in, tmp.resolve("run2"), "commit-b", heard::add, 5);
        assertThat(second.reused()).isTrue();
        assertThat(heard).isEmpty(); // nothing built again
        assertThat(second.builtBy()).containsExactly("commit-a");
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(second.builtAt()).isEqualTo(first.builtAt());
        assertThat(count(second.data())).isEqualTo(12);
    }

    @Test
    void anotherInputIsAnotherEntry() throws IOException {
        Path cache = tmp.resolve("cache");
        BenchArchive.Ready a = BenchArchive.obtain(cache, input(6, 1L), tmp.resolve("a"), "c", n -> { }, 5);
        BenchArchive.Ready b = BenchArchive.obtain(cache, input(6, 2L), tmp.resolve("b"), "c", n -> { }, 5);
        assertThat(b.reused()).isFalse();
        assertThat(b.key()).isNotEqualTo(a.key());
        assertThat(BenchArchive.key(input(6, 1L))).isEqualTo(a.key());
        try (var s = Files.list(cache)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(BenchArchive.entry(cache, 6, a.key()).getFileName().toString(),
                            BenchArchive.entry(cache, 6, b.key()).getFileName().toString());
        }
    }

    @Test
    void anInterruptedBuildIsNeverReusedAsWholeAndTheNextRunResumesIt() throws IOException {
        List<Article> in = input(30, 5L);
        Path cache = tmp.resolve("cache");
        String key = BenchArchive.key(in);
        Path partial = cache.resolve(BenchArchive.entry(cache, 30, key).getFileName() + ".partial");
        // What a build killed after two batches of 10 leaves: 20 articles stored, the metadata of its start.
        try (Archive a = Archive.open(partial.resolve("marsad-data"), null)) {
            for (int i = 0; i < 20; i += 10) {
                List<org.marsad.store.ArticleStore.Incoming> batch = new ArrayList<>();
                for (Article x : in.subList(i, i + 10)) {
                    batch.add(new org.marsad.store.ArticleStore.Incoming(x,
                            RawSource.text(RawSource.KIND_JSON, "bench:load", ArticleJson.toLine(x))));
                }
                a.save(batch);
            }
            a.commit();
        }
        Properties meta = new Properties();
        meta.setProperty("key", key);
        meta.setProperty("built_by", "old-commit");
        meta.setProperty("build_s", "100.0");
        try (var w = Files.newBufferedWriter(partial.resolve("bench-archive.properties"))) {
            meta.store(w, null);
        }

        List<Long> heard = new ArrayList<>();
        BenchArchive.Ready r = BenchArchive.obtain(cache, in, tmp.resolve("run"), "new-commit", heard::add, 10);
        assertThat(r.reused()).isFalse();
        assertThat(heard).containsExactly(30L); // only the missing batch was saved
        assertThat(r.builtBy()).containsExactly("old-commit", "new-commit");
        assertThat(r.buildS()).isGreaterThanOrEqualTo(100.0);
        assertThat(count(r.data())).isEqualTo(30);
        assertThat(partial).doesNotExist();
    }

    @Test
    void theTimeOfAnInterruptedBuildIsKeptAndAddedToTheResumedOne() throws IOException {
        List<Article> in = input(20, 7L);
        Path cache = tmp.resolve("cache");
        Path partial = cache.resolve(BenchArchive.entry(cache, 20, BenchArchive.key(in)).getFileName() + ".partial");
        // The build dies after its first stored batch (as a killed process would, before finishing).
        assertThatThrownBy(() -> BenchArchive.obtain(cache, in, tmp.resolve("a"), "first", n -> {
            throw new IllegalStateException("killed");
        }, 10)).hasMessage("killed");
        Properties meta = new Properties();
        try (var r = Files.newBufferedReader(partial.resolve("bench-archive.properties"))) {
            meta.load(r);
        }
        double interrupted = Double.parseDouble(meta.getProperty("build_s"));
        assertThat(interrupted).isGreaterThan(0.0);

        BenchArchive.Ready r = BenchArchive.obtain(cache, in, tmp.resolve("b"), "second", n -> { }, 10);
        assertThat(r.builtBy()).containsExactly("first", "second");
        assertThat(r.buildS()).isGreaterThan(interrupted);
        assertThat(count(r.data())).isEqualTo(20);
    }

    @Test
    void anEntryHoldingAnotherInputIsRefusedNotUsed() throws IOException {
        Path cache = tmp.resolve("cache");
        List<Article> in = input(6, 1L);
        BenchArchive.obtain(cache, in, tmp.resolve("a"), "c", n -> { }, 5);
        Path metaFile = BenchArchive.entry(cache, 6, BenchArchive.key(in)).resolve("bench-archive.properties");
        Properties meta = new Properties();
        try (var r = Files.newBufferedReader(metaFile)) {
            meta.load(r);
        }
        meta.setProperty("key", "0".repeat(64));
        try (var w = Files.newBufferedWriter(metaFile)) {
            meta.store(w, null);
        }
        assertThatThrownBy(() -> BenchArchive.obtain(cache, in, tmp.resolve("b"), "c", n -> { }, 5))
                .isInstanceOf(IOException.class).hasMessageContaining("holds another input");
    }

    /**
     * The segment count the http part reports is the one a reader of the index searches: three commits without
     * merging leave three segments, a merge one, and a data directory without an index none.
     */
    @Test
    void indexSegmentsCountsWhatAReaderSearches() throws IOException {
        Path data = tmp.resolve("marsad-data");
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"))) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig()
                            .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 3; i++) {
                    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                    d.add(new org.apache.lucene.document.StringField("id", "a" + i,
                            org.apache.lucene.document.Field.Store.NO));
                    w.addDocument(d);
                    w.commit();
                }
            }
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                assertThat(BenchArchive.indexSegments(data)).isEqualTo(r.leaves().size()).isEqualTo(3);
            }
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                w.forceMerge(1);
                w.commit();
            }
        }
        assertThat(BenchArchive.indexSegments(data)).isEqualTo(1);
        assertThat(BenchArchive.indexSegments(tmp.resolve("nothing-here"))).isZero();
        assertThat(tmp.resolve("nothing-here")).doesNotExist();
    }
}
