package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.dedup.DedupRules;
import org.marsad.enrich.state.StateBytes;
import org.marsad.enrich.state.StateInput;
import org.marsad.enrich.story.StoryClusterer;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.Article;

/**
 * An enricher written to a state file and read back decides every later article exactly as the one that never
 * stopped (seeded random streams of originals, edited copies, topical variants, late arrivals), and a damaged file
 * is refused.
 */
class EnricherStateTest {
    private final Random rnd = new Random(20261204L);
    private final RandomWords madeUp = new RandomWords(rnd, 3000);

    @Test
    void aReadBackEnricherDecidesLikeTheOneThatKeptRunning() throws IOException {
        int copies = 0;
        int joined = 0;
        int repoints = 0;
        for (int trial = 0; trial < 4; trial++) {
            List<Article> stream = stream(420);
            int cut = 260 + rnd.nextInt(60);
            Enricher live = new Enricher();
            for (int i = 0; i < cut; i++) {
                live.enrich(stream.get(i));
            }
            Enricher reopened = readBack(write(live));
            assertThat(reopened.duplicates().size()).isEqualTo(cut);
            assertThat(reopened.clusterer().all()).isEqualTo(live.clusterer().all());
            for (int i = cut; i < stream.size(); i++) {
                Article a = stream.get(i);
                Enrichment expected = live.enrich(a);
                Enrichment actual = reopened.enrich(a);
                assertThat(actual).as("trial %d, article %d", trial, i).isEqualTo(expected);
                copies += expected.duplicateOf() != null ? 1 : 0;
                joined += expected.duplicateOf() == null && !expected.story().equals(a.id()) ? 1 : 0;
                repoints += expected.repointed().size();
            }
            assertThat(reopened.top(20, java.time.Instant.EPOCH)).isEqualTo(live.top(20, java.time.Instant.EPOCH));
            Article probe = stream.get(stream.size() - 1);
            assertThat(reopened.related(probe, null, 5)).isEqualTo(live.related(probe, null, 5));
        }
        // The streams exercise every kind of decision after the cut, so the equality above means something.
        assertThat(copies).isGreaterThan(40);
        assertThat(joined).isGreaterThan(20);
        assertThat(repoints).isGreaterThan(3);
    }

    /**
     * Read from a file, the signatures, stem filters and chain links stay in it (mapped); an enricher read so, fed
     * more articles, written again and read again, still decides like the one that kept running, and holds less heap
     * than it (the mapped part is not on the heap).
     */
    @Test
    void anEnricherMappedFromAFileDecidesLikeTheOneThatKeptRunningThroughTwoRoundTrips(@TempDir Path dir)
            throws IOException {
        List<Article> stream = stream(600);
        Enricher live = new Enricher();
        for (int i = 0; i < 250; i++) {
            live.enrich(stream.get(i));
        }
        Path file = dir.resolve("state.bin");
        Files.write(file, write(live));
        Enricher mapped = readFile(file);
        assertThat(mapped.mappedBytes()).isGreaterThan(250L * 60 * 4);
        assertThat(mapped.memoryBytes()).isLessThan(live.memoryBytes() - mapped.mappedBytes() / 2);
        for (int i = 250; i < 420; i++) {
            assertThat(mapped.enrich(stream.get(i))).as("article %d", i).isEqualTo(live.enrich(stream.get(i)));
        }
        // Written beside and moved over the mapped file, as the archive does: the mapping keeps the old content.
        Path next = dir.resolve("state.bin.tmp");
        Files.write(next, write(mapped));
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Enricher again = readFile(file);
        for (int i = 420; i < stream.size(); i++) {
            Enrichment expected = live.enrich(stream.get(i));
            assertThat(again.enrich(stream.get(i))).as("article %d", i).isEqualTo(expected);
            assertThat(mapped.enrich(stream.get(i))).as("article %d, first mapping", i).isEqualTo(expected);
        }
        assertThat(again.clusterer().all()).isEqualTo(live.clusterer().all());
        assertThat(write(again)).isEqualTo(write(live));
    }

    /**
     * The previous layout (the clusterer's dictionaries and story ids a string each) reads back into an enricher
     * that decides like the one that kept running, and writes again in today's layout as that one would; read as
     * today's layout it is refused, not misread.
     */
    @Test
    void aStateOfThePreviousLayoutReadsBackAndMigrates() throws IOException {
        int older = StoryClusterer.LAYOUT_STRINGS;
        // That layout was written by rules that kept no member acts (it has no place for them): today's rules
        // without them, as every file of it was stamped.
        StoryRules rules = StoryRules.DEFAULT.toBuilder().memberActs(false).build();
        for (int trial = 0; trial < 3; trial++) {
            List<Article> stream = stream(400);
            int cut = 240 + rnd.nextInt(60);
            Enricher live = new Enricher(DedupRules.DEFAULT, rules);
            for (int i = 0; i < cut; i++) {
                live.enrich(stream.get(i));
            }
            byte[] old = StateBytes.written(out -> live.writeTo(out, older));
            assertThatThrownBy(() -> readBack(old)).isInstanceOf(Exception.class);
            StateInput in = StateBytes.input(old);
            Enricher migrated = Enricher.readFrom(in, DedupRules.DEFAULT, rules, older);
            in.finish();
            assertThat(write(migrated)).isEqualTo(write(live));
            for (int i = cut; i < stream.size(); i++) {
                assertThat(migrated.enrich(stream.get(i))).as("trial %d, article %d", trial, i)
                        .isEqualTo(live.enrich(stream.get(i)));
            }
            assertThat(migrated.clusterer().all()).isEqualTo(live.clusterer().all());
        }
    }

    @Test
    void aDamagedOrTruncatedFileIsRefused() throws IOException {
        Enricher live = new Enricher();
        for (Article a : stream(150)) {
            live.enrich(a);
        }
        byte[] whole = write(live);
        for (int trial = 0; trial < 60; trial++) {
            byte[] damaged = whole.clone();
            int at = rnd.nextInt(damaged.length);
            damaged[at] ^= (byte) (1 + rnd.nextInt(255));
            assertThatThrownBy(() -> readBack(damaged)).as("byte %d changed", at).isInstanceOf(Exception.class);
        }
        for (int trial = 0; trial < 20; trial++) {
            byte[] torn = Arrays.copyOf(whole, rnd.nextInt(whole.length));
            assertThatThrownBy(() -> readBack(torn)).as("cut at %d", torn.length).isInstanceOf(IOException.class);
        }
        assertThat(readBack(whole).duplicates().size()).isEqualTo(150);
    }

    @Test
    void theStampNamesRulesAndFeatureVersion() {
        Enricher a = new Enricher();
        Enricher b = new Enricher(DedupRules.DEFAULT, StoryRules.TOPICAL);
        assertThat(a.stateStamp()).contains("features " + ArticleFeatures.VERSION).isNotEqualTo(b.stateStamp());
        assertThat(new Enricher().stateStamp()).isEqualTo(a.stateStamp());
    }

    private static byte[] write(Enricher e) throws IOException {
        return StateBytes.written(e::writeTo);
    }

    private static Enricher readFile(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            StateInput in = new StateInput(ch, ch.size());
            Enricher e = Enricher.readFrom(in, DedupRules.DEFAULT, StoryRules.DEFAULT);
            in.finish();
            return e;
        }
    }

    private static Enricher readBack(byte[] file) throws IOException {
        StateInput in = StateBytes.input(file);
        Enricher e = Enricher.readFrom(in, DedupRules.DEFAULT, StoryRules.DEFAULT);
        in.finish();
        return e;
    }

    /**
     * Originals, lightly edited copies of earlier texts (some dated before their original, so that groups are
     * re-pointed), and variants that share a topic's words without being copies; times mostly increasing.
     */
    private List<Article> stream(int n) {
        List<Article> out = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        List<Long> minutes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long minute = 1_000 + 20L * i + rnd.nextInt(30);
            List<String> w;
            int kind = texts.isEmpty() ? 0 : rnd.nextInt(5);
            if (kind == 1) {
                int of = Math.max(0, texts.size() - 1 - rnd.nextInt(Math.min(texts.size(), 30)));
                w = madeUp.edit(texts.get(of), 0.04);
                if (rnd.nextInt(4) == 0) {
                    minute = minutes.get(of) - 1 - rnd.nextInt(60);
                }
            } else if (kind == 2) {
                int of = Math.max(0, texts.size() - 1 - rnd.nextInt(Math.min(texts.size(), 20)));
                w = variant(texts.get(of));
            } else {
                w = madeUp.text(60 + rnd.nextInt(120));
            }
            texts.add(w);
            minutes.add(minute);
            out.add(article("s" + i, w, minute, "outlet-" + rnd.nextInt(7)));
        }
        return out;
    }

    // The same headline and a third of the body's words, the rest new: same topic, not a copy.
    private List<String> variant(List<String> words) {
        List<String> out = new ArrayList<>(words.subList(0, Math.min(6, words.size())));
        for (int i = 6; i < words.size(); i++) {
            out.add(rnd.nextInt(3) == 0 ? words.get(i) : madeUp.word());
        }
        return out;
    }

    private static Article article(String id, List<String> words, long minute, String source) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < words.size(); i += 40) {
            body.add(String.join(" ", words.subList(i, Math.min(words.size(), i + 40))));
        }
        String published = java.time.Instant.ofEpochSecond(1_700_000_000L + minute * 60).toString();
        return Article.builder().id(id).title(String.join(" ", words.subList(0, Math.min(6, words.size()))))
                .source(source).published(published.replace("Z", "+00:00")).body(body).build();
    }
}
