package org.marsad.enrich.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.entities.PlaceNames;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;

/**
 * Why a story's articles are together, for readers and for debugging: the headline words and the names (persons,
 * places, organisations) that several of its outlets share; a listed place of several words («خان يونس») is one
 * of the words, shown whole. Counted per outlet, so that one outlet's copies do not
 * make a word look shared.
 *
 * @param terms    headline words shared by at least two outlets, most shared first (as the earliest article wrote
 *                 them)
 * @param entities names shared by at least two outlets, most shared first
 * @param tolls    counts of people (killed, injured, detained, displaced, missing, evacuated) reported by at least
 *                 two outlets, most shared first (label "قتلى: 27", type KILLED, INJURED, DETAINED ...): the same
 *                 toll from two outlets is the strongest sign of one happening
 */
public record StoryTies(List<Tie> terms, List<Tie> entities, List<Tie> tolls) {
    /** At most this many of each kind are shown. */
    public static final int MAX = 8;

    public StoryTies {
        terms = List.copyOf(terms);
        entities = List.copyOf(entities);
        tolls = List.copyOf(tolls);
    }

    /** Ties without tolls. */
    public StoryTies(List<Tie> terms, List<Tie> entities) {
        this(terms, entities, List.of());
    }

    /**
     * A word or name and how many outlets share it.
     *
     * @param label   the word as written, or the entity's name
     * @param type    the entity's type (PER, LOC, ORG, MISC), or null for a word
     * @param outlets how many of the story's outlets used it
     */
    public record Tie(String label, String type, int outlets) {
    }

    /** The ties of a story's members, earliest first (articles without an outlet count as one outlet each). */
    public static StoryTies of(List<Article> members) {
        Map<String, Set<String>> termOutlets = new LinkedHashMap<>();
        Map<String, String> termLabel = new HashMap<>();
        Map<String, Set<String>> entityOutlets = new LinkedHashMap<>();
        Map<String, ArticleEntity> entity = new HashMap<>();
        Map<String, Set<String>> tollOutlets = new LinkedHashMap<>();
        Set<String> bare = new HashSet<>();
        for (Article a : members) {
            for (String raw : words(a)) {
                String key = ArticleFeatures.headlineKey(raw);
                if (key != null) {
                    bare.add(key);
                }
            }
        }
        Map<String, Set<String>> placeWords = new HashMap<>(); // a place of several words → its words' keys
        for (Article a : members) {
            String outlet = a.source() == null || a.source().isBlank() ? "#" + a.id() : a.source().strip();
            Set<String> seen = new HashSet<>();
            List<String> words = words(a);
            for (int i = 0; i < words.size(); i++) {
                String word = withoutProclitic(words.get(i), bare);
                String key = ArticleFeatures.headlineKey(word);
                if (key != null && seen.add(key)) {
                    termOutlets.computeIfAbsent(key, k -> new HashSet<>()).add(outlet);
                    termLabel.putIfAbsent(key, word);
                }
                String[] place = placeAt(words, i);
                if (place != null && seen.add(place[0])) {
                    termOutlets.computeIfAbsent(place[0], k -> new HashSet<>()).add(outlet);
                    termLabel.putIfAbsent(place[0], place[1]);
                    placeWords.computeIfAbsent(place[0], k -> new HashSet<>()).addAll(List.of(place).subList(2,
                            place.length));
                }
            }
            for (ArticleEntity e : a.entities()) {
                entityOutlets.computeIfAbsent(e.id(), k -> new HashSet<>()).add(outlet);
                entity.putIfAbsent(e.id(), e);
            }
            for (String t : ArticleFeatures.tolls(a)) {
                tollOutlets.computeIfAbsent(t, k -> new HashSet<>()).add(outlet);
            }
        }
        // «خان» and «يونس» are not shown beside «خان يونس» when no more outlets wrote them than wrote the place
        for (Map.Entry<String, Set<String>> p : placeWords.entrySet()) {
            int outlets = termOutlets.get(p.getKey()).size();
            if (outlets >= 2) {
                p.getValue().forEach(w -> {
                    if (termOutlets.containsKey(w) && termOutlets.get(w).size() <= outlets) {
                        termOutlets.remove(w);
                    }
                });
            }
        }
        List<Tie> terms = shared(termOutlets, k -> new Tie(termLabel.get(k), null, termOutlets.get(k).size()));
        List<Tie> entities = shared(entityOutlets,
                k -> new Tie(entity.get(k).name(), entity.get(k).type(), entityOutlets.get(k).size()));
        List<Tie> tolls = shared(tollOutlets, k -> tollTie(k, tollOutlets.get(k).size()));
        return new StoryTies(terms, entities, tolls);
    }

    private static List<String> words(Article a) {
        if (a.title() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String raw : a.title().split("[\\s\\p{Punct}«»،؛؟]+")) {
            if (!raw.isEmpty()) {
                out.add(raw);
            }
        }
        return out;
    }

    /**
     * The listed place of several words that starts at word {@code i} («خان يونس», «بخان يونس», «كوريا الشمالية»):
     * {key, the name as written without an attached preposition, then the keys of its words}; null when none does.
     */
    private static String[] placeAt(List<String> words, int i) {
        String[] ws = words.toArray(String[]::new);
        String place = PlaceNames.at(ws, i);
        int length = place == null ? 0 : place.split(" ").length;
        if (length < 2) {
            return null;
        }
        String first = ws[i];
        if (first.length() > 3 && "بلوفك".indexOf(first.charAt(0)) >= 0) {
            String[] detached = ws.clone();
            detached[i] = first.substring(1);
            if (place.equals(PlaceNames.at(detached, i))) {
                first = detached[i]; // «بخان يونس»: ب + the place
            }
        }
        List<String> out = new ArrayList<>();
        out.add("place:" + place);
        out.add(first + " " + String.join(" ", words.subList(i + 1, i + length)));
        for (int k = i; k < i + length; k++) {
            String key = ArticleFeatures.headlineKey(k == i ? first : ws[k]);
            if (key != null) {
                out.add(key);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The word without one attached «ب» «ل» «و» «ف» «ك» when what is left is a headline word of the story as it
     * stands ("بكابول" where another headline says "كابول"): the stemmer removes such a letter only before «ال», so
     * "كابول (وسيلتان)" was shown though three outlets named Kabul. Shown ties only; the clusterer's keys are its own.
     */
    private static String withoutProclitic(String raw, Set<String> bare) {
        if (raw.length() > 3 && "بلوفك".indexOf(raw.charAt(0)) >= 0) {
            String rest = raw.substring(1);
            String key = ArticleFeatures.headlineKey(rest);
            if (key != null && bare.contains(key) && !key.equals(ArticleFeatures.headlineKey(raw))) {
                return rest;
            }
        }
        return raw;
    }

    /** "KILLED|27" as "قتلى: 27" (a label that needs no agreement of number and noun), "DETAINED|12" as "معتقلون: 12". */
    private static Tie tollTie(String key, int outlets) {
        int bar = key.indexOf('|');
        String type = key.substring(0, bar);
        String what = switch (type) {
            case "KILLED" -> "قتلى";
            case "INJURED" -> "جرحى";
            case "DETAINED" -> "معتقلون";
            case "DISPLACED" -> "نازحون";
            case "MISSING" -> "مفقودون";
            case "EVACUATED" -> "من أُجلوا";
            default -> type;
        };
        return new Tie(what + ": " + key.substring(bar + 1), type, outlets);
    }

    /** Keys used by two outlets or more, most outlets first, then in order of first use. */
    private static List<Tie> shared(Map<String, Set<String>> outlets, java.util.function.Function<String, Tie> tie) {
        List<String> keys = new ArrayList<>();
        outlets.forEach((k, o) -> {
            if (o.size() >= 2) {
                keys.add(k);
            }
        });
        // A stable sort keeps the order of first use among equals.
        keys.sort(Comparator.comparingInt((String k) -> outlets.get(k).size()).reversed());
        return keys.stream().limit(MAX).map(tie).toList();
    }
}
