package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions of one entity inside one article, before it is resolved against the archive: its type, its
 * spellings with their counts, and the mentions themselves.
 */
public final class LocalEntity {
    private final String type;
    private final Map<String, Integer> spellings = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    LocalEntity(Mention first) {
        this.type = first.type();
        add(first);
    }

    void add(Mention m) {
        spellings.merge(m.spelling(), 1, Integer::sum);
        mentions.add(m);
    }

    void absorb(LocalEntity other) {
        for (Mention m : other.mentions) {
            add(m);
        }
        mentions.sort(Comparator.comparingInt(Mention::part).thenComparingInt(Mention::start));
    }

    public String type() {
        return type;
    }

    /** Spellings with their counts, in order of first use. */
    public Map<String, Integer> spellings() {
        // A copy in order (Map.copyOf iterates in an order drawn per JVM run: the canonical name's ties and the
        // order spellings are counted and stored in must not change from one run to the next).
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
    }

    /** Spellings, most used first (ties: first used first). */
    public List<String> spellingsByUse() {
        List<String> out = new ArrayList<>(spellings.keySet());
        out.sort(Comparator.comparingInt((String s) -> -spellings.get(s)));
        return out;
    }

    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    public int count() {
        return mentions.size();
    }

    /** Whether it is mentioned in the title. */
    public boolean inTitle() {
        return mentions.stream().anyMatch(m -> m.part() == 0);
    }

    /**
     * The spellings that name it in full in this article (those with the most words): the ones resolution looks up
     * and files the entity under. The shorter ones (غالانت beside يوآف غالانت) are counted but are no keys: a first
     * name or a trailing word alone would otherwise pull unrelated entities together.
     */
    public List<String> keySpellings() {
        int most = 0;
        for (String s : spellings.keySet()) {
            most = Math.max(most, NameWords.words(s).size());
        }
        List<String> out = new ArrayList<>();
        for (String s : spellingsByUse()) {
            if (NameWords.words(s).size() == most) {
                out.add(s);
            }
        }
        return out;
    }

    /** The spelling with the most words (the fullest name the article gives), ties: most used. */
    public String fullest() {
        String best = null;
        int words = -1;
        for (String s : spellingsByUse()) {
            int n = NameWords.words(s).size();
            if (n > words) {
                best = s;
                words = n;
            }
        }
        return best;
    }
}
