package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity of the archive as the resolver holds it: its id and type, every spelling seen with its mention count,
 * how many articles mention it, and the entities mentioned beside it (the context that keeps two people of one
 * surname apart). Mutable; owned by one {@link EntityResolver}.
 */
public final class KnownEntity {
    /** Co-occurring entities remembered per entity (the most frequent win once full). */
    static final int MAX_CONTEXT = 64;
    private static final long[] NO_IDS = new long[0];
    private static final int[] NO_COUNTS = new int[0];

    private final long id;
    private final String type;
    private final Map<String, Long> spellings = new LinkedHashMap<>();
    /**
     * The context as two parallel arrays sorted by entity id (at most {@link #MAX_CONTEXT}): twelve bytes an entry
     * where a map of boxed ids and counts cost about sixty, and every entity of the archive has one.
     */
    private long[] contextIds = NO_IDS;
    private int[] contextCounts = NO_COUNTS;
    private int contextSize;
    /** Spellings that named it in full in some article: the ones it is looked up by (see LocalEntity#keySpellings). */
    private final java.util.Set<String> keyed = new java.util.LinkedHashSet<>();
    private long mentions;
    private long articles;
    /** The name an editor gave it, or null. */
    private String fixedName;

    KnownEntity(long id, String type) {
        this.id = id;
        this.type = type;
    }

    public long id() {
        return id;
    }

    public String type() {
        return type;
    }

    /**
     * The canonical spelling: the name an editor gave it, else the most mentioned of the spellings that named it in full (ties: the one seen first);
     * a partial name (a first name alone) is never the canonical one while a full one is known.
     */
    public String name() {
        if (fixedName != null) {
            return fixedName;
        }
        // a person's surname alone is keyed once an article names them by it alone, and outlets write it more
        // often than the full name: it must still not become the shown name (صلاح for محمد صلاح)
        return "PER".equals(type) && !singleWord() ? mostUsed(true) : mostUsed(false);
    }

    /**
     * The most mentioned spelling it is looked up by (ties: the one seen first), with {@code inFull} only among
     * those of two or more words. Resolution reads names by this (without {@code inFull}), never by the shown name.
     */
    String mostUsed(boolean inFull) {
        String best = null;
        long most = -1;
        for (Map.Entry<String, Long> e : spellings.entrySet()) {
            boolean candidate = keyed.contains(e.getKey()) || keyed.isEmpty();
            if (inFull && candidate && NameWords.words(e.getKey()).size() < 2) {
                continue;
            }
            long n = candidate ? e.getValue() : -1;
            if (n > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Spellings with their mention counts. */
    public Map<String, Long> spellings() {
        // A copy in order (Map.copyOf iterates in an order drawn per JVM run: the canonical name's ties and the
        // order spellings are counted and stored in must not change from one run to the next).
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
    }

    /** Spellings, most mentioned first. */
    public List<String> spellingsByUse() {
        List<String> out = new ArrayList<>(spellings.keySet());
        out.sort(Comparator.comparingLong((String s) -> -spellings.get(s)));
        return out;
    }

    public long mentions() {
        return mentions;
    }

    public long articles() {
        return articles;
    }

    int context(long other) {
        int i = java.util.Arrays.binarySearch(contextIds, 0, contextSize, other);
        return i < 0 ? 0 : contextCounts[i];
    }

    /** Whether any entity was met beside it. */
    boolean hasContext() {
        return contextSize > 0;
    }

    boolean hasSpelling(String s) {
        return keyed.contains(s);
    }

    /** The spellings it is looked up by. */
    java.util.Set<String> keyed() {
        return java.util.Collections.unmodifiableSet(keyed);
    }

    /** Whether the spelling is one it is looked up by. */
    public boolean isKeyed(String s) {
        return keyed.contains(s);
    }

    /** Whether every full spelling is a single word (a surname-only entity). */
    boolean singleWord() {
        for (String s : keyed) {
            if (NameWords.words(s).size() > 1) {
                return false;
            }
        }
        return !keyed.isEmpty();
    }

    /**
     * Adds (or, with {@code n < 0}, removes) mentions of a spelling; {@code key} marks it as one the entity is
     * looked up by. Returns true when the spelling became a key now.
     */
    boolean count(String spelling, long n, boolean key) {
        Long before = spellings.get(spelling);
        long after = (before == null ? 0 : before) + n;
        if (after <= 0 && !keyed.contains(spelling)) {
            spellings.remove(spelling);
        } else if (after <= 0) {
            // A full name stays a key at zero: an article tagged again finds its entity again (stable ids).
            spellings.put(spelling, 0L);
        } else {
            spellings.put(spelling, after);
        }
        mentions = Math.max(0, mentions + n);
        return key && after > 0 && keyed.add(spelling);
    }

    void countArticle(int n) {
        articles = Math.max(0, articles + n);
    }

    void meet(long other, int n) {
        int i = java.util.Arrays.binarySearch(contextIds, 0, contextSize, other);
        if (i < 0) {
            // a newcomer is remembered only while there is room: the first MAX_CONTEXT met stay
            if (n > 0 && contextSize < MAX_CONTEXT) {
                insertContext(-i - 1, other, n);
            }
            return;
        }
        int after = contextCounts[i] + n;
        if (after <= 0) {
            removeContext(i);
        } else {
            contextCounts[i] = after;
        }
    }

    private void insertContext(int at, long other, int n) {
        if (contextSize == contextIds.length) {
            int grown = Math.min(MAX_CONTEXT, Math.max(4, contextSize * 2));
            contextIds = java.util.Arrays.copyOf(contextIds, grown);
            contextCounts = java.util.Arrays.copyOf(contextCounts, grown);
        }
        System.arraycopy(contextIds, at, contextIds, at + 1, contextSize - at);
        System.arraycopy(contextCounts, at, contextCounts, at + 1, contextSize - at);
        contextIds[at] = other;
        contextCounts[at] = n;
        contextSize++;
    }

    private void removeContext(int at) {
        System.arraycopy(contextIds, at + 1, contextIds, at, contextSize - at - 1);
        System.arraycopy(contextCounts, at + 1, contextCounts, at, contextSize - at - 1);
        contextSize--;
    }

    /** The entities met beside it with how many articles they share, as remembered (at most {@link #MAX_CONTEXT}). */
    Map<Long, Integer> contextCounts() {
        Map<Long, Integer> out = new java.util.TreeMap<>();
        for (int i = 0; i < contextSize; i++) {
            out.put(contextIds[i], contextCounts[i]);
        }
        return out;
    }

    void clearContext() {
        contextIds = NO_IDS;
        contextCounts = NO_COUNTS;
        contextSize = 0;
    }

    /** Writes its context (see {@link EntityResolver#writeContext}), by ascending entity id. */
    void writeContext(org.marsad.enrich.state.StateOutput out) throws java.io.IOException {
        out.writeInt(contextSize);
        for (int i = 0; i < contextSize; i++) {
            out.writeLong(contextIds[i]);
            out.writeInt(contextCounts[i]);
        }
    }

    /** Replaces its context with one written by {@link #writeContext}. */
    void readContext(org.marsad.enrich.state.StateInput in) throws java.io.IOException {
        int n = in.readCount();
        if (n > MAX_CONTEXT) {
            throw new org.marsad.enrich.state.CorruptStateException("context of " + n + " entities");
        }
        clearContext();
        for (int i = 0; i < n; i++) {
            long other = in.readLong();
            int count = in.readInt();
            if (count <= 0 || other == id) {
                throw new org.marsad.enrich.state.CorruptStateException("bad context count " + count);
            }
            // files written before the context was kept sorted list it in any order
            int at = java.util.Arrays.binarySearch(contextIds, 0, contextSize, other);
            if (at >= 0) {
                throw new org.marsad.enrich.state.CorruptStateException("entity " + other + " twice in a context");
            }
            insertContext(-at - 1, other, count);
        }
    }

    void fixName(String name) {
        fixedName = name;
    }

    /** Restores stored counts (see {@link EntityResolver#restore}). */
    void restoreCounts(long storedMentions, long storedArticles) {
        mentions = storedMentions;
        articles = storedArticles;
    }

    /** Forgets the spellings (before they are restored anew from the store). */
    void clearSpellings() {
        spellings.clear();
        keyed.clear();
    }

    void restoreSpelling(String spelling, long n, boolean key) {
        spellings.put(spelling, n);
        if (key) {
            keyed.add(spelling);
        }
    }
}
