package org.marsad.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.Tx;
import org.marsad.store.Upserted;

/**
 * The story state file (Archive.STORY_STATE_FILE): an archive reopened from it decides later articles as one that
 * never closed; a file older than the store (a process killed between its store commit and its state write) is
 * caught up with the later decisions only; a missing, damaged or stale file (a deletion, a repointed group since) is
 * not loaded but rebuilt from the store; either way decisions stay the same.
 */
class StoryStateTest {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private final Random rnd = new Random(4122026L);
    private final List<String> vocabulary = vocabulary(2500);
    private long minute = 1_000;
    private final List<List<String>> texts = new ArrayList<>();

    @TempDir
    Path reopened;
    @TempDir
    Path kept;

    @Test
    void anArchiveReopenedFromItsStateFileDecidesLikeOneThatNeverClosed() {
        List<List<Article>> batches = List.of(batch(90, false), batch(90, false), batch(80, true), batch(60, true));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
            save(a, batches.get(1));
        }
        assertThat(reopened.resolve(Archive.STORY_STATE_FILE)).exists();
        for (List<Article> b : batches.subList(2, 4)) {
            try (Archive a = Archive.open(reopened, null)) {
                assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
                assertThat(a.storyIndexer().restored()).isGreaterThanOrEqualTo(180);
                save(a, b);
            }
        }
        Map<String, String> expected = neverClosed(batches);
        assertThat(decisions(reopened)).isEqualTo(expected);
        // Copies, stories of several articles and late arrivals happened, so the equality says something.
        assertThat(expected.values().stream().filter(d -> d.startsWith("copy")).count()).isGreaterThan(20);
        assertThat(expected.values().stream().filter(d -> d.startsWith("joined")).count()).isGreaterThan(8);
    }

    @Test
    void aMissingOrDamagedStateFileIsRebuiltFromTheStore() throws IOException {
        List<List<Article>> batches = List.of(batch(150, false), batch(60, false), batch(60, false));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        Path file = reopened.resolve(Archive.STORY_STATE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).startsWith("replay (damaged state file");
            save(a, batches.get(1));
        }
        Files.delete(file);
        // A torn write of a killed process leaves only its temporary file behind.
        Files.write(reopened.resolve(Archive.STORY_STATE_FILE + ".tmp"), new byte[] {1, 2, 3});
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).startsWith("replay (no state file");
        }
        assertThat(file).exists();
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
            save(a, batches.get(2));
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    /**
     * A replay (an upgrade's new rules or gate, a lost file) builds the state on the heap; it is written and read
     * back, so that the process holds what a plain open of the same file holds, and decides the same afterwards.
     */
    @Test
    void aReplayedStateHoldsOnTheHeapWhatAPlainOpenHolds() throws IOException {
        List<List<Article>> batches = List.of(batch(150, true), batch(60, true));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        Files.delete(reopened.resolve(Archive.STORY_STATE_FILE));
        long replayedHeap;
        long replayedMapped;
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).startsWith("replay (no state file");
            replayedHeap = a.storyIndexer().enricher().memoryBytes();
            replayedMapped = a.storyIndexer().enricher().mappedBytes();
        }
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
            assertThat(replayedHeap).isEqualTo(a.storyIndexer().enricher().memoryBytes());
            assertThat(replayedMapped).isPositive().isEqualTo(a.storyIndexer().enricher().mappedBytes());
        }
        Files.delete(reopened.resolve(Archive.STORY_STATE_FILE));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(1));
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    @Test
    void aFileOfAnOlderFormatIsReplacedByAReplayWithOneWarningLine() throws IOException {
        List<List<Article>> batches = List.of(batch(120, true), batch(60, true));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        Path file = reopened.resolve(Archive.STORY_STATE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        // The format number follows the 8-byte magic: what a file two formats back looks like (the one just before
        // is migrated: see the next test).
        java.nio.ByteBuffer.wrap(bytes).putInt(8, java.nio.ByteBuffer.wrap(bytes).getInt(8) - 2);
        Files.write(file, bytes);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("replay (state file of another format)");
            assertThat(a.storyIndexer().restored()).isEqualTo(120);
            save(a, batches.get(1));
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.contains("stor"))
                .toList()).containsExactly(
                        "marsad: state file of another format; replaying the story decisions from the store");
        // The replay wrote a file of today's format, read by the next open.
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    /**
     * The replay reads the store a page at a time after the last (time, id) read. Each page must be a range of the
     * time index read in order up to the page's end: the plan SQLite chose for the old condition searched both sides
     * of its OR, joined every later row to its article and sorted them all before the LIMIT, on every page, which
     * made the replay after an upgrade quadratic (hours at 433,500 articles). Timing cannot be asserted here; the
     * plan can.
     */
    @Test
    void theReplayReadsEachPageAsARangeOfTheTimeIndexNotAScan() {
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batch(30, false));
            List<String> plan = a.store().database().read(tx -> {
                List<String> lines = new ArrayList<>();
                try (var ps = tx.prepareStatement("EXPLAIN QUERY PLAN " + StoryIndexer.REPLAY_PAGE);
                     var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
                return lines;
            });
            // The slow plan: both sides of the OR searched, then every later row joined and sorted before LIMIT.
            assertThat(plan).noneMatch(l -> l.startsWith("SCAN e") || l.startsWith("MULTI-INDEX OR")
                    || l.equals("USE TEMP B-TREE FOR ORDER BY"));
            assertThat(plan).anyMatch(l -> l.startsWith("SEARCH e USING INDEX article_enrichment_time (time_sec>"));
        }
    }

    /**
     * A file of the previous format (the clusterer's dictionaries and story ids a string each) is read, not replayed,
     * and written again in today's format at once, without a warning: opening after an upgrade costs one read and
     * one write, and the decisions stay those of an archive that never closed.
     */
    @Test
    void aFileOfThePreviousFormatIsReadOnceAndRewritten() throws IOException {
        List<List<Article>> batches = List.of(batch(120, true), batch(60, true), batch(60, true));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        Path file = reopened.resolve(Archive.STORY_STATE_FILE);
        int today = formatOf(file);
        rewriteInPreviousLayout(file);
        assertThat(formatOf(file)).isEqualTo(org.marsad.enrich.story.StoryClusterer.LAYOUT_STRINGS).isLessThan(today);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file (format 4, rewritten)");
            assertThat(a.storyIndexer().restored()).isEqualTo(120);
            assertThat(formatOf(file)).isEqualTo(today);
            save(a, batches.get(1));
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("replaying");
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
            save(a, batches.get(2));
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    private static int formatOf(Path stateFile) throws IOException {
        // The format number follows the 8-byte magic.
        return java.nio.ByteBuffer.wrap(Files.readAllBytes(stateFile)).getInt(8);
    }

    // The state file as the previous version wrote it: same header, format 4, the enricher in the older layout.
    private static void rewriteInPreviousLayout(Path file) throws IOException {
        int older = org.marsad.enrich.story.StoryClusterer.LAYOUT_STRINGS;
        byte[] bytes = Files.readAllBytes(file);
        var in = new org.marsad.enrich.state.StateInput(
                java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(bytes)), bytes.length);
        long magic = in.readLong();
        int layout = in.readInt();
        String store = in.readString();
        long counter = in.readLong();
        String stamp = in.readString();
        var e = org.marsad.enrich.Enricher.readFrom(in, org.marsad.enrich.dedup.DedupRules.DEFAULT,
                org.marsad.enrich.story.StoryRules.DEFAULT, layout);
        in.finish();
        java.io.ByteArrayOutputStream old = new java.io.ByteArrayOutputStream();
        var out = new org.marsad.enrich.state.StateOutput(java.nio.channels.Channels.newChannel(old));
        out.writeLong(magic);
        out.writeInt(older);
        out.writeString(store);
        out.writeLong(counter);
        out.writeString(stamp);
        e.writeTo(out, older);
        out.finish();
        Files.write(file, old.toByteArray());
    }

    @Test
    void aProcessKilledBetweenItsStoreCommitAndItsStateWriteCatchesUpWithTheLaterDecisionsOnly() throws IOException {
        List<List<Article>> batches = List.of(batch(150, false), batch(60, false), batch(40, false), batch(60, false));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        Path file = reopened.resolve(Archive.STORY_STATE_FILE);
        byte[] before = Files.readAllBytes(file);
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(1));
            save(a, batches.get(2));
        }
        // What a kill after the store's commits and before the state write leaves: the store has the new
        // decisions, the file still holds the state before them.
        Files.write(file, before);
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file + 100 later decisions");
            assertThat(a.storyIndexer().restored()).isEqualTo(250);
            save(a, batches.get(3));
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    @Test
    void killsAtSeededPointsDecideLikeAnArchiveThatNeverClosed() throws IOException {
        List<List<Article>> batches = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            batches.add(batch(25 + rnd.nextInt(30), false));
        }
        Random kills = new Random(22L);
        Path file = reopened.resolve(Archive.STORY_STATE_FILE);
        byte[] snapshot = null;
        int caughtUp = 0;
        for (List<Article> b : batches) {
            try (Archive a = Archive.open(reopened, null)) {
                String from = a.storyIndexer().loadedFrom();
                if (from.startsWith("state file +")) {
                    caughtUp++;
                }
                assertThat(from).matches(b == batches.get(0) ? "replay \\(no state file yet\\)" : "state file.*");
                save(a, b);
            }
            if (snapshot != null && kills.nextInt(3) > 0) {
                Files.write(file, snapshot); // killed: the state written at this close never happened
            } else {
                snapshot = Files.readAllBytes(file);
            }
        }
        assertThat(caughtUp).isGreaterThan(2);
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    @Test
    void aCopyOlderThanItsOriginalMakesAnOlderStateFileStale() throws IOException {
        // Small batches: a late copy repoints a group only when its original was stored in an earlier batch.
        List<List<Article>> batches = new ArrayList<>();
        batches.add(batch(120, false));
        for (int i = 0; i < 20; i++) {
            batches.add(batch(6, true));
        }
        batches.add(batch(50, false));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        Path file = reopened.resolve(Archive.STORY_STATE_FILE);
        byte[] before = Files.readAllBytes(file);
        try (Archive a = Archive.open(reopened, null)) {
            for (List<Article> b : batches.subList(1, 21)) {
                save(a, b);
            }
        }
        Files.write(file, before);
        try (Archive a = Archive.open(reopened, null)) {
            // The late copies repointed groups stored before the file: not something later decisions can replay.
            assertThat(a.storyIndexer().loadedFrom())
                    .isEqualTo("replay (decisions changed since the state file was written)");
            assertThat(a.storyIndexer().restored()).isEqualTo(240);
            save(a, batches.get(21));
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    @Test
    void aRepointedCopyStoresItsNewOriginalAndKeepsItsStory() {
        // As above: late copies in small batches repoint groups whose original an earlier batch stored.
        Map<String, String> firstDecided = new LinkedHashMap<>();
        try (Archive a = Archive.open(reopened, null)) {
            List<List<Article>> batches = new ArrayList<>();
            batches.add(batch(120, false));
            for (int i = 0; i < 20; i++) {
                batches.add(batch(6, true));
            }
            for (List<Article> b : batches) {
                save(a, b);
                decisionRows(a).forEach(firstDecided::putIfAbsent);
            }
            Map<String, String> rows = decisionRows(a);
            List<String> repointed = rows.keySet().stream()
                    .filter(id -> !rows.get(id).equals(firstDecided.get(id))).toList();
            assertThat(repointed).as("copies whose original changed after they were stored").isNotEmpty();
            // The article (what readers and the API see) names what the decision row says, repointed or not.
            for (var stored : a.store().since(0, 100_000)) {
                Article x = stored.article();
                assertThat(x.duplicateOf() + " " + x.story()).as(x.id()).isEqualTo(rows.get(x.id()));
            }
            for (String id : repointed) {
                Article x = a.store().get(id).orElseThrow();
                assertThat(x.duplicateOf() + " " + x.story()).as(id).isEqualTo(rows.get(id));
                assertThat(a.stories().members(x.story())).filteredOn(m -> m.id().equals(id))
                        .extracting(Article::duplicateOf).containsExactly(x.duplicateOf());
            }
        }
    }

    @Test
    void anArticleReadsItsDecisionRowNotAnOlderDecisionLeftInItsJson() {
        try (Archive a = Archive.open(reopened, null)) {
            List<String> ids = save(a, batch(40, false));
            Map<String, String> rows = decisionRows(a);
            String decided = ids.get(1);
            String undecided = ids.get(2);
            // A store written before decisions left the JSON kept them there too, and such a value can be stale; an
            // article with no decision row (an exported one ingested by a process that does not enrich) reads as
            // stored, with the values it came with.
            a.store().database().write(tx -> {
                setJsonDecision(tx, decided, "0000000000000001", "0000000000000002");
                setJsonDecision(tx, undecided, null, "imported-story");
                return tx.update("DELETE FROM article_enrichment WHERE article_id = ?", undecided);
            });
            Article x = a.store().get(decided).orElseThrow();
            assertThat(x.duplicateOf() + " " + x.story()).isEqualTo(rows.get(decided));
            assertThat(a.store().since(0, 1000)).filteredOn(s -> s.article().id().equals(decided))
                    .extracting(s -> s.article().story()).containsExactly(x.story());
            Article y = a.store().get(undecided).orElseThrow();
            assertThat(y.duplicateOf() + " " + y.story()).isEqualTo("null imported-story");
        }
    }

    // Writes a decision into the stored JSON of this article, as stores did before decisions left it.
    private static void setJsonDecision(Tx tx, String id, String duplicateOf, String story) throws SQLException {
        Article stored = ArticleJson.parse(tx.first("SELECT json FROM articles WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow());
        tx.update("UPDATE articles SET json = ? WHERE id = ?",
                ArticleJson.toLine(stored.withEnrichment(duplicateOf, story)), id);
    }

    // Each decision row: article id -> "<duplicate_of or null> <story_id>".
    private static Map<String, String> decisionRows(Archive a) {
        Map<String, String> out = new LinkedHashMap<>();
        a.store().database().read(tx -> tx.query("SELECT article_id, duplicate_of, story_id FROM article_enrichment",
                rs -> out.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3))));
        return out;
    }

    @Test
    void aDeletionMakesTheStateFileStale() {
        List<Article> batch = batch(80, false);
        String gone;
        try (Archive a = Archive.open(reopened, null)) {
            gone = save(a, batch).get(0);
        }
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.delete(List.of(gone))).containsExactly(gone);
        }
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).startsWith("replay (decisions changed");
            assertThat(a.storyIndexer().restored()).isEqualTo(79);
            assertThat(a.storyIndexer().enricher().storyOf(gone)).isNull();
        }
    }

    @Test
    void articlesStoredWithoutADecisionAreDecidedAtOpenAsIfEnrichedOnSave() {
        List<List<Article>> batches = List.of(batch(90, false), batch(70, false));
        try (Archive a = Archive.open(reopened, null)) {
            save(a, batches.get(0));
        }
        // Stored by the store alone (a process that died between storing and enriching): no decision rows.
        try (ArticleStore store = ArticleStore.openSqlite(reopened.resolve(Archive.DB_FILE))) {
            store.upsertAll(batches.get(1).stream().map(x -> new ArticleStore.Incoming(x, null)).toList());
        }
        try (Archive a = Archive.open(reopened, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
        }
        assertThat(decisions(reopened)).isEqualTo(neverClosed(batches));
    }

    @Test
    void findingTheArticlesWithoutADecisionReadsTheIdIndexNotTheArticles() throws SQLException {
        try (ArticleStore store = ArticleStore.openSqlite(reopened.resolve(Archive.DB_FILE))) {
            List<String> plan = store.database().read(conn -> conn.query("EXPLAIN QUERY PLAN " + StoryIndexer.UNDECIDED,
                    rs -> rs.getString("detail")));
            // Reading a row of the articles table per article (their JSON inline) was seconds of every open at
            // 433,500 articles; the id index alone answers which ones have no decision.
            assertThat(plan).anySatisfy(step -> assertThat(step).contains("SCAN a USING COVERING INDEX"));
            assertThat(plan).noneSatisfy(step -> assertThat(step).matches("SCAN a( USING INDEX .*)?"));
        }
    }

    private Map<String, String> neverClosed(List<List<Article>> batches) {
        try (Archive a = Archive.open(kept, null)) {
            for (List<Article> b : batches) {
                save(a, b);
            }
        }
        return decisions(kept);
    }

    private static List<String> save(Archive a, List<Article> batch) {
        List<ArticleStore.Incoming> in = batch.stream().map(x -> new ArticleStore.Incoming(x, null)).toList();
        return a.save(in).stream().map(Upserted::stored).map(Article::id).toList();
    }

    // Each stored article's decision: "copy <original> <story>", "joined <story>" or "own".
    private static Map<String, String> decisions(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Archive a = Archive.open(dir, null)) {
            for (var s : a.store().since(0, 100_000)) {
                Article x = s.article();
                String d = x.duplicateOf() != null ? "copy " + x.duplicateOf() + " " + x.story()
                        : x.id().equals(x.story()) ? "own" : "joined " + x.story();
                out.put(x.url(), d);
            }
        }
        return out;
    }

    /** Originals, edited copies of recent texts and topical variants; with {@code late}, some copies dated early. */
    private List<Article> batch(int n, boolean late) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            minute += 20 + rnd.nextInt(10);
            long at = minute;
            List<String> w;
            int kind = texts.isEmpty() ? 0 : rnd.nextInt(4);
            if (kind == 1) {
                w = edit(texts.get(texts.size() - 1 - rnd.nextInt(Math.min(texts.size(), 25))));
                if (late && rnd.nextInt(3) == 0) {
                    at -= 200 + rnd.nextInt(300);
                }
            } else if (kind == 2) {
                List<String> of = texts.get(texts.size() - 1 - rnd.nextInt(Math.min(texts.size(), 15)));
                w = new ArrayList<>(of.subList(0, 6));
                for (int k = 6; k < of.size(); k++) {
                    w.add(rnd.nextInt(3) == 0 ? of.get(k) : word());
                }
            } else {
                w = new ArrayList<>();
                for (int k = 60 + rnd.nextInt(100); k > 0; k--) {
                    w.add(word());
                }
            }
            texts.add(w);
            out.add(article(texts.size(), w, at));
        }
        return out;
    }

    private List<String> edit(List<String> words) {
        List<String> out = new ArrayList<>(words.subList(0, 6));
        for (int k = 6; k < words.size(); k++) {
            double r = rnd.nextDouble();
            if (r >= 0.02) {
                out.add(r < 0.04 ? word() : words.get(k));
            }
        }
        return out;
    }

    private String word() {
        return vocabulary.get(rnd.nextInt(vocabulary.size()));
    }

    private List<String> vocabulary(int n) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 3 + rnd.nextInt(5); k > 0; k--) {
                b.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
            }
            v.add(b.toString());
        }
        return v;
    }

    private Article article(int n, List<String> words, long at) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < words.size(); i += 40) {
            body.add(String.join(" ", words.subList(i, Math.min(words.size(), i + 40))));
        }
        String published = java.time.Instant.ofEpochSecond(1_700_000_000L + at * 60).toString().replace("Z", "+00:00");
        return Article.builder().url("https://news" + rnd.nextInt(6) + ".example/a/" + n).source("outlet" + n % 7)
                .title(String.join(" ", words.subList(0, 6))).language("ar").published(published).body(body).build();
    }
}
