package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.LuceneIndex;
import org.marsad.search.OldLayoutIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * A server upgrading an archive whose index an older Marsad made: it opens at once, searches meanwhile read the old
 * index (or are refused when there is none of this store), saves keep storing, and a rebuild cut short resumes.
 */
class BackgroundRebuildTest {
    /** More than one page of the store (500), so that a rebuild of one page per step takes several steps. */
    private static final int ARTICLES = 620;

    @TempDir
    Path dir;
    @TempDir
    Path copies;

    private static Article talks(int i) {
        return Article.builder().url("https://example.org/talks/" + i).source(i % 2 == 0 ? "الجزيرة" : "العربية")
                .title("جولة مفاوضات رقم " + i).published("2024-03-" + String.format("%02d", 1 + i % 28))
                .body(List.of("استؤنفت المفاوضات في القاهرة بمشاركة وفود من مصر وقطر، الجولة " + i + ".")).build();
    }

    private static SearchRequest query(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    /** An archive of {@link #ARTICLES} articles whose index is labelled as made by analysis version 6, in its layout. */
    private void archiveOfAnOlderMarsad() throws IOException {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            batch.add(new ArticleStore.Incoming(talks(i), null));
        }
        List<Article> stored;
        try (Archive a = Archive.open(dir, null)) {
            a.store().upsertAll(batch);
            a.catchUp();
            a.commit();
            stored = a.store().since(0, ARTICLES + 1).stream().map(StoredArticle::article).toList();
        }
        rewriteIndexAsOf("6", stored, true);
    }

    /**
     * Writes the archive's index again as an older Marsad left it: the given analysis version, the id field with or
     * without the doc values later versions sort by.
     */
    private void rewriteIndexAsOf(String analysisVersion, List<Article> stored, boolean idDocValues) throws IOException {
        Path index = dir.resolve(Archive.INDEX_DIR);
        Map<String, String> data;
        try (FSDirectory d = FSDirectory.open(index)) {
            data = new HashMap<>(SegmentInfos.readLatestCommit(d).getUserData());
        }
        data.put("marsad.analysis_version", analysisVersion);
        if (idDocValues) {
            OldLayoutIndex.write(index, stored, data);
        } else {
            OldLayoutIndex.writeWithoutIdDocValues(index, stored, data);
        }
    }

    private static void finish(Archive a) {
        while (a.rebuildStep(1, 1)) {
            // one page per step, each committed
        }
        // An upgrade's figure refresh follows, as a server's catch-up loop runs it.
        while (a.upgradeStep()) {
            // a page per step
        }
    }

    /**
     * An archive of an older Marsad as review16's walk found it (main of 4 December opened by today's): articles
     * whose figures older rules found, and an index whose id field has no doc values.
     */
    private List<String> archiveWithOlderFiguresAndIds() throws Exception {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(new ArticleStore.Incoming(talks(i), null));
        }
        batch.add(new ArticleStore.Incoming(Article.builder().url("https://example.org/flood").source("الجزيرة")
                .title("حصيلة السيول").body(List.of("ارتفعت حصيلة السيول إلى 150 قتيلا بحسب وزارة الصحة.")).build(),
                null));
        List<Article> stored;
        try (Archive a = Archive.open(dir, null)) {
            a.store().upsertAll(batch);
            a.catchUp();
            a.commit();
            stored = a.store().since(0, 100).stream().map(StoredArticle::article).toList();
            for (Article s : stored) {
                LostFigures.of(a.store(), s.id());
            }
            // older figure rules: no mark of a refresh under today's
            a.store().database().write(tx -> tx.update("DELETE FROM figures_refreshed"));
        }
        rewriteIndexAsOf("5", stored, false);
        return stored.stream().filter(s -> s.url().endsWith("flood")).map(Article::id).toList();
    }

    @Test
    void anOlderArchiveWhoseFiguresAreFoundAgainOpensForAServerAndIsRebuilt() throws Exception {
        List<String> flood = archiveWithOlderFiguresAndIds();
        // Before: "cannot change field "id" from doc values type=NONE to inconsistent doc values type=SORTED", and
        // the server did not start
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.rebuildProgress().orElseThrow().cause()).isEqualTo(Archive.RebuildCause.UPGRADE);
            // Its old index cannot serve today's searches (they order ties by the id's doc values): they wait for
            // the rebuild (503 with its notice on the web) instead of failing ("unexpected docvalues type NONE")
            assertThat(a.rebuildProgress().orElseThrow().oldIndexServed()).isFalse();
            assertThatThrownBy(() -> a.search(query("المفاوضات"))).isInstanceOf(IndexRebuilding.class);
            finish(a);
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(20);
            assertThat(a.search(query("figure:killed>100")).hits()).extracting(h -> h.id())
                    .containsExactlyElementsOf(flood);
        }
    }

    @Test
    void anOlderArchiveWhoseFiguresAreFoundAgainIsRebuiltByACommand() throws Exception {
        List<String> flood = archiveWithOlderFiguresAndIds();
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).isTrue();
            assertThat(a.repair().indexed()).isEqualTo(21);
            assertThat(a.search(query("figure:killed>100")).hits()).extracting(h -> h.id())
                    .containsExactlyElementsOf(flood);
        }
    }

    @Test
    void aServerOpensAnOlderIndexAtOnceSearchesItMeanwhileAndKeepsStoring() throws IOException {
        archiveOfAnOlderMarsad();
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.repair().rebuilt()).isFalse();
            Archive.RebuildProgress p = a.rebuildProgress().orElseThrow();
            assertThat(p.reason()).isEqualTo("it was made with analysis version 6; this Marsad uses "
                    + LuceneIndex.ANALYSIS_VERSION);
            assertThat(p.cause()).isEqualTo(Archive.RebuildCause.UPGRADE);
            assertThat(p.total()).isEqualTo(ARTICLES);
            assertThat(p.oldIndexServed()).isTrue();
            assertThat(a.searchable()).isTrue();
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);

            Upserted quake = a.save(Article.builder().url("https://example.org/quake").source("الجزيرة")
                    .title("زلزال في المغرب").body(List.of("ضرب زلزال قوي منطقة الحوز في المغرب.")).build(), null);
            assertThat(a.store().get(quake.id())).isPresent();

            assertThat(a.rebuildStep(1, 1)).isTrue();
            // Half rebuilt: searches still read the whole old index, not the first page of the new one.
            assertThat(a.rebuildProgress().orElseThrow().indexed()).isEqualTo(500);
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);

            finish(a);
            assertThat(a.rebuildProgress()).isEmpty();
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);
            assertThat(a.search(query("زلزال")).hits()).extracting(h -> h.id()).containsExactly(quake.id());
            assertThat(dir.resolve(Archive.REBUILD_MARKER)).doesNotExist();
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair()).isEqualTo(new Archive.Repair(false, 0));
            assertThat(a.index().state().analysisVersion()).isEqualTo(LuceneIndex.ANALYSIS_VERSION);
        }
    }

    @Test
    void aServerStoppedBeforeTheRebuildBeganLeavesTheOldIndexMarkedOld() throws IOException {
        archiveOfAnOlderMarsad();
        try (Archive a = Archive.openServing(dir, null)) {
            a.save(talks(ARTICLES), null);
            // what a server's stop does: nothing of the rebuild is done yet
            a.commit();
        }
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.rebuildProgress().orElseThrow().reason()).startsWith("it was made with analysis version 6");
        }
    }

    @Test
    void aRebuildKilledMidwayResumesOnTheNextOpenAndSearchesWaitForItMeanwhile() throws IOException {
        archiveOfAnOlderMarsad();
        Path killed = copies.resolve("killed");
        Path killedToo = copies.resolve("killed-too");
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.rebuildStep(1, 1)).isTrue();
            // What a kill leaves on disk now: the store, the index's last commit (the first page) and the marker.
            copyAsKilled(dir, killed);
            copyAsKilled(dir, killedToo);
        }
        try (Archive a = Archive.openServing(killed, null)) {
            Archive.RebuildProgress p = a.rebuildProgress().orElseThrow();
            assertThat(p.reason()).isEqualTo("a rebuild was interrupted; it resumes");
            assertThat(p.cause()).isEqualTo(Archive.RebuildCause.INTERRUPTED);
            assertThat(p.oldIndexServed()).isFalse();
            // the progress shown starts from what the killed process committed, not from 0
            assertThat(p.indexed()).isPositive().isLessThan(ARTICLES).isEqualTo(a.index().count());
            assertThatThrownBy(() -> a.search(query("المفاوضات"))).isInstanceOf(IndexRebuilding.class)
                    .hasMessageContaining("being rebuilt");
            assertThat(a.similar(a.store().since(0, 1).get(0).article().id(), 3)).isEmpty();
            assertThat(a.rebuildStep(1, 1)).isFalse();
            // Only the rest was indexed: the first page came from the killed process's commit.
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);
            assertThat(a.index().count()).isEqualTo(ARTICLES);
            assertThat(killed.resolve(Archive.REBUILD_MARKER)).doesNotExist();
        }
        // A command opening it (no server) finishes the rebuild before it reads.
        try (Archive a = Archive.open(killedToo, null)) {
            assertThat(a.repair().indexed()).isEqualTo(ARTICLES - 500);
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);
            assertThat(killedToo.resolve(Archive.REBUILD_MARKER)).doesNotExist();
        }
    }

    @Test
    void aLostIndexIsNotSearchedWhileTheServerRebuildsIt() throws IOException {
        archiveOfAnOlderMarsad();
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.repair().rebuilt()).isTrue();
        }
        try (Stream<Path> files = Files.list(dir.resolve(Archive.INDEX_DIR))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (Archive a = Archive.openServing(dir, null)) {
            assertThat(a.rebuildProgress().orElseThrow().reason()).isEqualTo("there was no index");
            assertThat(a.rebuildProgress().orElseThrow().cause()).isEqualTo(Archive.RebuildCause.MISSING);
            assertThat(a.rebuildProgress().orElseThrow().oldIndexServed()).isFalse();
            assertThat(a.searchable()).isFalse();
            assertThatThrownBy(() -> a.search(query("المفاوضات"))).isInstanceOf(IndexRebuilding.class);
            // The newest articles still come, from the store, in the order the index lists them once rebuilt (ties
            // of a day included: both break them by id).
            SearchResults stored = a.newestStored(null, null, 20, 40);
            assertThat(stored.total()).isEqualTo(ARTICLES);
            finish(a);
            assertThat(a.searchable()).isTrue();
            SearchResults indexed = a.search(new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE,
                    20, 40));
            assertThat(stored.hits()).hasSize(20).extracting(h -> h.id())
                    .containsExactlyElementsOf(indexed.hits().stream().map(h -> h.id()).toList());
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);
        }
    }

    @Test
    void aFinishedBackgroundRebuildLeavesOneSegment() throws IOException {
        archiveOfAnOlderMarsad();
        try (Archive a = Archive.openServing(dir, null)) {
            finish(a); // each step commits a segment of its own
            assertThat(a.search(query("المفاوضات")).total()).isEqualTo(ARTICLES);
        }
        assertThat(committedSegments()).isEqualTo(1);
    }

    private int committedSegments() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir.resolve(Archive.INDEX_DIR))) {
            return SegmentInfos.readLatestCommit(d).size();
        }
    }

    /** Copies a data directory as a killed process leaves it: without the index's lock or SQLite's shared memory. */
    private static void copyAsKilled(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                String name = f.getFileName().toString();
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!name.equals("write.lock") && !name.endsWith("-shm")) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
