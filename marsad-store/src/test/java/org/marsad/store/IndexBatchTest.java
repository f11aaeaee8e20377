package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.search.SearchIndex;

/**
 * A stored batch's index writes, run on worker threads or in order, leave the index holding what writing them one
 * by one in store order leaves: the last version of each article (its enriched form when there is one), hidden
 * articles out, nothing past a gap in the sequence.
 */
class IndexBatchTest {

    /** What an index holds: id to the title of the version written last (absent when deleted). */
    private static final class Held {
        final Map<String, String> docs = new ConcurrentHashMap<>();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        SearchIndex index(boolean concurrent) {
            return (SearchIndex) java.lang.reflect.Proxy.newProxyInstance(SearchIndex.class.getClassLoader(),
                    new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "concurrentWrites" -> concurrent;
                        case "put" -> {
                            Article a = (Article) args[0];
                            threads.add(Thread.currentThread().getName());
                            docs.put(a.id(), a.title());
                            yield null;
                        }
                        case "delete" -> {
                            threads.add(Thread.currentThread().getName());
                            docs.remove((String) args[0]);
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static Article version(String id, int n) {
        return Article.builder().id(id).title(id + " v" + n).body(List.of("text " + n)).build();
    }

    @Test
    void writesOnWorkersLeaveWhatWritingInStoreOrderLeaves() {
        Random random = new Random(20261205L);
        try (PureWork work = PureWork.withWorkers(3)) {
            for (int round = 0; round < 300; round++) {
                int size = random.nextInt(120);
                int ids = 1 + random.nextInt(round % 3 == 0 ? 20 : 400); // few ids: repeats within the batch
                long indexed = random.nextInt(1000);
                long seq = indexed;
                boolean gapAt = random.nextInt(4) == 0;
                int gapIndex = gapAt && size > 0 ? random.nextInt(size) : -1;
                List<Upserted> results = new ArrayList<>();
                Set<String> hidden = new HashSet<>();
                Map<String, Article> enriched = new java.util.HashMap<>();
                for (int i = 0; i < size; i++) {
                    String id = "a" + random.nextInt(ids);
                    int kind = random.nextInt(10);
                    if (kind == 0) {
                        results.add(new Upserted(id, Upserted.Change.UNCHANGED, random.nextInt(1000),
                                version(id, -1)));
                        continue;
                    }
                    if (i == gapIndex) {
                        seq += 1 + random.nextInt(3); // another writer stored in between
                    }
                    Article stored = version(id, i);
                    results.add(new Upserted(id, kind == 1 ? Upserted.Change.NEW : Upserted.Change.UPDATED, ++seq,
                            stored));
                    if (kind == 2) {
                        hidden.add(id);
                    } else if (kind < 6) {
                        enriched.put(id, version(id, 1000 + i));
                    }
                }
                // Expected: one write at a time, in store order, stopping at the gap.
                Map<String, String> expected = new java.util.HashMap<>();
                long last = indexed;
                boolean gap = false;
                int writes = 0;
                for (Upserted u : results) {
                    if (u.change() == Upserted.Change.UNCHANGED) {
                        continue;
                    }
                    if (u.seq() != last + 1) {
                        gap = true;
                        break;
                    }
                    if (hidden.contains(u.id())) {
                        expected.remove(u.id());
                    } else {
                        expected.put(u.id(), enriched.getOrDefault(u.id(), u.stored()).title());
                    }
                    last = u.seq();
                    writes++;
                }
                for (boolean concurrent : new boolean[] {true, false}) {
                    Held held = new Held();
                    IndexBatch batch = IndexBatch.of(results, indexed);
                    batch.start(held.index(concurrent), hidden, enriched, work).join();
                    assertThat(held.docs).as("round %d, concurrent %s", round, concurrent).isEqualTo(expected);
                    assertThat(batch.size()).isEqualTo(writes);
                    assertThat(batch.lastSeq(indexed)).isEqualTo(last);
                    assertThat(batch.gap()).isEqualTo(gap);
                }
            }
        }
    }

    @Test
    void anArticleWrittenTwiceInABatchIsWrittenInOrderOnTheJoiningThread() {
        List<Upserted> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            results.add(new Upserted("a" + i, Upserted.Change.NEW, i + 1, version("a" + i, i)));
        }
        results.add(new Upserted("a0", Upserted.Change.UPDATED, 201, version("a0", 999)));
        try (PureWork work = PureWork.withWorkers(3)) {
            Held held = new Held();
            IndexBatch.of(results, 0).start(held.index(true), Set.of(), Map.of(), work).join();
            assertThat(held.docs.get("a0")).isEqualTo("a0 v999");
            assertThat(held.threads).containsExactly(Thread.currentThread().getName());
        }
    }
}
