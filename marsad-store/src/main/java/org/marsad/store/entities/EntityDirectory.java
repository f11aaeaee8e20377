package org.marsad.store.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.marsad.enrich.entities.NameWords;
import org.marsad.search.EntityNames;
import org.marsad.store.ArticleStore;

/**
 * The archive's entity names for queries ({@link EntityNames}): a snapshot of every spelling of every entity,
 * indexed by the variant key of each word, reloaded when the entities change (checked at most once a second).
 *
 * <p>Variants of a plain query word: a word the archive never writes ({@code wordCount} says how many articles hold
 * it as written) finds the names it is a variant of: جالانت, which no article writes, finds غالانت. A word the
 * archive does write finds only the other spellings of entities that write it too: ترمب finds ترامب (one person,
 * both spellings), while قرار, everywhere in the news, does not reach a person named جرار, nor اللبن ("milk") a
 * لوبان, even when some mis-tagged name happens to hold the word.
 *
 * <p>Thread-safe: lookups read an immutable snapshot.
 */
public final class EntityDirectory implements EntityNames {
    private static final long CHECK_MILLIS = 1_000;
    /** Shortest word looked up by its loose key: shorter words are too often other words. */
    private static final int LOOSE_MIN = 6;

    private final Entities entities;
    private final ToLongFunction<String> wordCount;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Map.of(), Map.of(), Map.of());
    private volatile long checkedAt;
    private final java.util.concurrent.locks.ReentrantLock checking = new java.util.concurrent.locks.ReentrantLock();
    /** Most words whose variants are remembered for one names snapshot and one index reader. */
    private static final int REMEMBERED_MAX = 20_000;
    private final LongSupplier indexVersion;
    private volatile Remembered remembered = new Remembered(null, Long.MIN_VALUE, new ConcurrentHashMap<>());

    /** A directory whose variant lookups are not remembered between queries (the index version is not known). */
    public EntityDirectory(ArticleStore store, ToLongFunction<String> wordCount) {
        this(store, wordCount, null);
    }

    /**
     * @param indexVersion the version of the index {@code wordCount} reads ({@link
     *     org.marsad.search.SearchIndex#readerVersion}): a word's variants are remembered while neither the names
     *     nor that version change (the same query words come back on every page of a search and from many readers;
     *     looking them up again cost about 6% of a search). {@code null}, or a negative version: nothing is
     *     remembered.
     */
    public EntityDirectory(ArticleStore store, ToLongFunction<String> wordCount, LongSupplier indexVersion) {
        this.entities = new Entities(store);
        this.wordCount = wordCount;
        this.indexVersion = indexVersion;
    }

    /** Variants per query word, valid for one names snapshot and one index version. */
    private record Remembered(Snapshot snapshot, long indexVersion, ConcurrentHashMap<String, List<String>> variants) {
    }

    /** A word of one spelling of one entity. */
    private record Ref(long entityId, String type, int spelling, int position) {
    }

    /**
     * Spellings per entity (words as written, words as compared), the word indexes, and per compared word how many
     * mentions name an entity with it.
     */
    private record Snapshot(long version, Map<Long, List<String[][]>> spellings, Map<String, List<Ref>> byWordKey,
                            Map<String, List<Ref>> byLooseKey, Map<String, Long> nameMentions) {
    }

    /**
     * The words of a name whose variant keys differ by a letter heard differently (غوتيريش, جوتيريس: ش for س), to
     * try when a word's own key finds nothing; a match must then be {@link NameWords#close} (a long word, one edit).
     */
    private static String looseKey(String word) {
        return NameWords.wordKey(word.replace('ش', 'س'));
    }

    /** The refs of names with a word that writes this one: its key's, else the close words of its loose key. */
    private static List<Ref> candidates(Snapshot s, String word) {
        List<Ref> exact = s.byWordKey().getOrDefault(NameWords.wordKey(word), List.of());
        boolean any = exact.stream().anyMatch(r -> NameWords.sameWord(word, compared(s, r)));
        if (any || word.length() < LOOSE_MIN) {
            return exact;
        }
        List<Ref> out = new ArrayList<>(exact);
        for (Ref r : s.byLooseKey().getOrDefault(looseKey(word), List.of())) {
            if (NameWords.close(word, compared(s, r))) {
                out.add(r);
            }
        }
        return out;
    }

    private static String compared(Snapshot s, Ref r) {
        return s.spellings().get(r.entityId()).get(r.spelling())[1][r.position()];
    }

    private static boolean sameOrClose(String a, String b) {
        return NameWords.sameWord(a, b) || a.length() >= LOOSE_MIN && NameWords.close(a, b);
    }

    @Override
    public Set<String> ids(String type, String name) {
        return ids(current(), type, name);
    }

    private static Set<String> ids(Snapshot s, String type, String name) {
        List<String> query = NameWords.words(name);
        if (query.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Ref r : candidates(s, query.get(0))) {
            if (!r.type().equals(type)) {
                continue;
            }
            String[] words = s.spellings().get(r.entityId()).get(r.spelling())[1];
            if (fits(query, words, r.position())) {
                out.add(Long.toString(r.entityId()));
            }
        }
        return out;
    }

    @Override
    public List<String> variants(String word) {
        Remembered r = remembered();
        return r == null ? lookUpVariants(word, current()) : variants(r, word);
    }

    private List<String> variants(Remembered r, String word) {
        if (r.variants().size() >= REMEMBERED_MAX) {
            r.variants().clear();
        }
        List<String> known = r.variants().get(word);
        if (known == null) {
            known = lookUpVariants(word, r.snapshot());
            r.variants().put(word, known);
        }
        return known;
    }

    /**
     * The current names snapshot and index version, as one object that changes when either does (the remembered
     * variants are theirs); null when the index version is not known, so that nothing may be kept.
     */
    @Override
    public Object generation() {
        return remembered();
    }

    /**
     * The names of one generation, for one query's words: checking the index version for each word (a refresh
     * check and a reader acquired) cost more than looking its variants up in the memo.
     */
    @Override
    public EntityNames at(Object generation) {
        if (!(generation instanceof Remembered r)) {
            return this;
        }
        return new EntityNames() {
            @Override
            public Set<String> ids(String type, String name) {
                return EntityDirectory.ids(r.snapshot(), type, name);
            }

            @Override
            public List<String> variants(String word) {
                return EntityDirectory.this.variants(r, word);
            }

            @Override
            public Object generation() {
                return r;
            }
        };
    }

    private Remembered remembered() {
        if (indexVersion == null) {
            return null;
        }
        Snapshot s = current();
        long version = indexVersion.getAsLong();
        if (version < 0) {
            // An index that cannot tell its version (Solr): a word's count may change under us, so look it up.
            return null;
        }
        Remembered r = remembered;
        if (r.snapshot() != s || r.indexVersion() != version) {
            r = new Remembered(s, version, new ConcurrentHashMap<>());
            remembered = r;
        }
        return r;
    }

    private List<String> lookUpVariants(String word, Snapshot s) {
        List<String> q = NameWords.words(word);
        if (q.size() != 1) {
            return List.of();
        }
        String w = q.get(0);
        List<Ref> matches = new ArrayList<>();
        for (Ref r : candidates(s, w)) {
            if (sameOrClose(w, compared(s, r))) {
                matches.add(r);
            }
        }
        if (!matches.isEmpty() && wordCount.applyAsLong(word) > 0) {
            // A word the archive writes on its own (اللبن, "milk") reaches only the spellings of entities that write
            // that very word too (ترمب beside ترامب): a stray name holding it elsewhere (a mis-tagged "بدائل لبن
            // الأم") must not open the way to every name that sounds like it (لوبان, لبيان).
            Set<Long> writers = new java.util.HashSet<>();
            for (Ref r : matches) {
                if (compared(s, r).equals(w)) {
                    writers.add(r.entityId());
                }
            }
            matches.removeIf(r -> !writers.contains(r.entityId()));
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Ref r : matches) {
            List<String[][]> all = s.spellings().get(r.entityId());
            int size = all.get(r.spelling())[1].length;
            for (String[][] sp : all) {
                if (sp[1].length != size) {
                    continue;
                }
                String compared = sp[1][r.position()];
                if (!compared.equals(w) && (NameWords.sameWord(w, compared) || NameWords.close(w, compared))
                        && mostlyAName(s, compared, sp[0][r.position()])) {
                    out.putIfAbsent(compared, sp[0][r.position()]);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Whether the archive writes a name's word mostly where it names an entity: not a common word a stray name
     * happens to hold (لبن in a mis-tagged "بدائل لبن الأم" is "milk" in the other articles that write it, with or
     * without the article), which a sound-alike query (لوبن) must not pull in.
     */
    private boolean mostlyAName(Snapshot s, String compared, String written) {
        long asWord = wordCount.applyAsLong(written);
        if (!written.startsWith("ال")) {
            asWord += wordCount.applyAsLong("ال" + written);
        }
        return asWord <= 2 * s.nameMentions().getOrDefault(compared, 0L) + 2;
    }

    private static boolean fits(List<String> query, String[] words, int at) {
        if (at + query.size() > words.length) {
            return false;
        }
        for (int k = 0; k < query.size(); k++) {
            if (!sameOrClose(query.get(k), words[at + k])) {
                return false;
            }
        }
        return true;
    }

    /** Makes the next lookup check the entities' version at once (after an edit this process made). */
    public void recheck() {
        checkedAt = 0;
    }

    private Snapshot current() {
        long now = System.currentTimeMillis();
        Snapshot s = snapshot;
        if (now - checkedAt < CHECK_MILLIS && s.version() >= 0) {
            return s;
        }
        // One thread checks the version (a store read) while the others go on with the snapshot they have: under
        // 16 concurrent searches, waiting for that read once a second stalled every query thread behind it. Only a
        // first load, or a check asked for after this process's own edit (recheck), makes the others wait.
        if (s.version() >= 0 && checkedAt != 0) {
            if (!checking.tryLock()) {
                return s;
            }
        } else {
            checking.lock();
        }
        try {
            if (now - checkedAt < CHECK_MILLIS && snapshot.version() >= 0) {
                return snapshot;
            }
            long version = entities.version();
            if (version != snapshot.version()) {
                snapshot = load(version);
            }
            checkedAt = now;
            return snapshot;
        } finally {
            checking.unlock();
        }
    }

    private Snapshot load(long version) {
        Map<Long, List<String[][]>> spellings = new HashMap<>();
        Map<String, List<Ref>> byWordKey = new HashMap<>();
        Map<String, List<Ref>> byLooseKey = new HashMap<>();
        Map<String, Long> nameMentions = new HashMap<>();
        for (Entities.NameRow row : entities.names()) {
            String[] written = row.spelling().strip().split("\\s+");
            List<String> compared = NameWords.words(row.spelling());
            if (compared.size() != written.length) {
                continue;
            }
            List<String[][]> list = spellings.computeIfAbsent(row.entityId(), k -> new ArrayList<>());
            int index = list.size();
            list.add(new String[][] {written, compared.toArray(String[]::new)});
            for (int p = 0; p < compared.size(); p++) {
                nameMentions.merge(compared.get(p), row.mentions(), Long::sum);
                Ref ref = new Ref(row.entityId(), row.type(), index, p);
                byWordKey.computeIfAbsent(NameWords.wordKey(compared.get(p)), k -> new ArrayList<>()).add(ref);
                if (compared.get(p).length() >= LOOSE_MIN) {
                    byLooseKey.computeIfAbsent(looseKey(compared.get(p)), k -> new ArrayList<>()).add(ref);
                }
            }
        }
        return new Snapshot(version, spellings, byWordKey, byLooseKey, nameMentions);
    }
}
