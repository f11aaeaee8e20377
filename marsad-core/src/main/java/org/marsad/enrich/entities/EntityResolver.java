package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the entities of each article into the archive's entities, which have stable ids: every outlet's spelling
 * of one person, place or organisation becomes one entity.
 *
 * <p>An article's entity (a {@link LocalEntity}) joins a known entity of its type when
 * <ol>
 *   <li>one of its spellings is a spelling of that entity or a variant of one — equal variant keys confirmed by the
 *       name toolkit (غالانت/جالانت, with or without the article);</li>
 *   <li>else, for a person named by one word, that word is the last word of known full names (غالانت → يوآف
 *       غالانت; one heard letter off counts: غوتيريش → أنطونيو غوتيريس), or a person named in full whose last word
 *       is a known surname-only person. A father's name is no surname (سلمان is not محمد بن سلمان), and a common
 *       given name alone (صلاح) joins a full name only where the archive reads it one way: one person ending in it,
 *       with twice the articles of every other person whose name ends or starts with it (a reading counts only its
 *       articles without that person's, and only if seen in two articles or more: headline run-ons such as
 *       "صلاح يكشف" are no rival). A bare word no full name reads as a surname joins the one full name it starts
 *       read so (كيم for كيم جونغ أون), even over its own older entity;</li>
 *   <li>else, for a person's name cut short (كيم جونغ), the one longer name it starts, read one way as above;</li>
 *   <li>else a spelling is one heard letter away from a known long spelling (غوتيريش/جوتيريس);</li>
 *   <li>else, for an organisation, its name written shorter or longer (هيئة الكوارث / هيئة إدارة الكوارث): one
 *       name's words are the other's in order, with the same head (first) word and the same last word, and the
 *       known organisation already met the article's other entities in {@value #MIN_FORM_CONTEXT} articles or more
 *       (the evidence that it is the body this article speaks of). Decided after the article's other entities.</li>
 * </ol>
 * When several known entities fit, the one mentioned most often beside the article's other entities wins (two
 * people of one surname are told apart by who and where they appear with), then the most mentioned one. Otherwise
 * the article's entity becomes a new one with the next id. Decisions are never revisited: ids stay stable.
 *
 * <p>State is in memory and rebuilt from the store ({@link #restore}); not thread-safe: callers serialize.
 */
public final class EntityResolver {
    private static final int MIN_FUZZY_KEY = 5;
    /** Shortest surname (its sound form) matched one letter off: {@link NameWords#close} wants six letters. */
    private static final int MIN_FUZZY_WORD = 6;
    /** Fewest articles of the one reading of a given name alone or a name cut short (see {@link #dominant}). */
    static final int MIN_READING = 2;
    /** How many times the articles of all other readings the one reading must have. */
    static final int READING_MARGIN = 2;
    /**
     * Articles in which a known organisation must have met the article's other entities to take a shorter or longer
     * form of its name.
     */
    static final int MIN_FORM_CONTEXT = 2;

    private final Map<Long, KnownEntity> entities = new HashMap<>();
    private final NameIndex byKey = new NameIndex();
    private final NameIndex byLastWord = new NameIndex();
    private final NameIndex byDeletion = new NameIndex();
    /** Persons by the sound-form deletions of their surname (a bare surname one heard letter off). */
    private final NameIndex byLastDeletion = new NameIndex();
    /** Persons named "X بن Y", by the key of the father's name Y (a bare "بن Y"). */
    private final NameIndex byFather = new NameIndex();
    /** Persons by the key of their first name (the rival readings of a given name alone). */
    private final NameIndex byFirstWord = new NameIndex();
    /** Persons named in three or more words, by the keys of their first two or more words (a name cut short). */
    private final NameIndex byPrefix = new NameIndex();
    /** Organisations named in two or more words, by the key of their head (first) word. */
    private final NameIndex byOrgHead = new NameIndex();
    private final Set<KnownEntity> touched = new LinkedHashSet<>();
    /** Editors' decisions: a spelling that always means this entity, whatever the tagger typed it. */
    private final Map<String, Long> pins = new HashMap<>();
    /** Editors' decisions: spellings that name no entity (their mentions are dropped). */
    private final Set<String> rejected = new java.util.HashSet<>();
    private long nextId = 1;

    /** An article's entity and the archive entity it was resolved to. */
    public record Resolved(LocalEntity local, KnownEntity entity) {
    }

    /** Mentions of one spelling of one entity, as an article counted them (for {@link #unassign}). */
    public record Counted(long entityId, String spelling, int mentions) {
    }

    /**
     * Resolves an article's entities and counts them into the archive's (mentions, spellings, articles, context).
     * Article entities that resolve to one archive entity are returned once, merged.
     */
    public List<Resolved> assign(List<LocalEntity> locals) {
        List<LocalEntity> ordered = new ArrayList<>(locals);
        ordered.sort(Comparator.comparingInt((LocalEntity l) -> -l.count()));
        // Entities with one reading are decided first, so that those with several are read in their company.
        Map<LocalEntity, List<KnownEntity>> candidates = new LinkedHashMap<>();
        Map<LocalEntity, List<KnownEntity>> forms = new HashMap<>();
        for (LocalEntity l : ordered) {
            candidates.put(l, candidates(l));
            if (candidates.get(l).isEmpty() && l.type().equals("ORG")) {
                List<KnownEntity> f = otherForms(l);
                if (!f.isEmpty()) {
                    forms.put(l, f);
                }
            }
        }
        // An organisation's other forms are weighed last, in the company of everything else the article names.
        ordered.sort(Comparator.comparingInt((LocalEntity l) -> forms.containsKey(l) ? 2
                : candidates.get(l).size() > 1 ? 1 : 0));
        Map<Long, LocalEntity> byEntity = new LinkedHashMap<>();
        Map<Long, KnownEntity> chosen = new LinkedHashMap<>();
        for (LocalEntity l : ordered) {
            KnownEntity e = choose(candidates.get(l), chosen.keySet());
            if (e == null && forms.containsKey(l)) {
                e = confirmedForm(forms.get(l), chosen.keySet());
            }
            if (e == null) {
                e = new KnownEntity(nextId++, l.type());
                entities.put(e.id(), e);
            }
            LocalEntity already = byEntity.get(e.id());
            if (already == null) {
                byEntity.put(e.id(), l);
                chosen.put(e.id(), e);
            } else {
                already.absorb(l);
            }
        }
        List<Resolved> out = new ArrayList<>();
        for (Map.Entry<Long, LocalEntity> entry : byEntity.entrySet()) {
            KnownEntity e = chosen.get(entry.getKey());
            LocalEntity l = entry.getValue();
            List<String> keys = l.keySpellings();
            for (Map.Entry<String, Integer> s : l.spellings().entrySet()) {
                if (e.count(s.getKey(), s.getValue(), keys.contains(s.getKey()))) {
                    index(e, s.getKey());
                }
            }
            e.countArticle(1);
            touched.add(e);
            out.add(new Resolved(l, e));
        }
        meet(chosen.keySet(), 1);
        return out;
    }

    /** Takes an article's counts back out (the article changed or is enriched again). */
    public void unassign(List<Counted> counted) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Counted c : counted) {
            KnownEntity e = entities.get(c.entityId());
            if (e == null) {
                continue;
            }
            e.count(c.spelling(), -c.mentions(), false);
            touched.add(e);
            ids.add(e.id());
        }
        for (long id : ids) {
            entities.get(id).countArticle(-1);
        }
        meet(ids, -1);
    }

    private void meet(Collection<Long> ids, int n) {
        for (long a : ids) {
            for (long b : ids) {
                if (a != b) {
                    entities.get(a).meet(b, n);
                }
            }
        }
    }

    private List<KnownEntity> candidates(LocalEntity l) {
        // An editor's pin decides alone: a merged spelling keeps resolving to its target, a split one to its own.
        List<String> pinned = new ArrayList<>(l.keySpellings());
        pinned.addAll(l.spellingsByUse());
        for (String s : pinned) {
            KnownEntity e = entities.get(pins.getOrDefault(s, -1L));
            if (e != null) {
                return List.of(e);
            }
        }
        List<KnownEntity> candidates = new ArrayList<>();
        List<String> keys = l.keySpellings();
        for (String s : keys) {
            for (KnownEntity e : byKey.get(l.type() + "|" + NameWords.key(s))) {
                if (!candidates.contains(e) && hasVariant(e, s)) {
                    candidates.add(e);
                }
            }
        }
        List<String> words = NameWords.words(l.fullest());
        if (l.type().equals("PER") && !words.isEmpty()) {
            String last = words.get(words.size() - 1);
            if (words.size() == 1 && !NameWords.givenName(last)) {
                // A bare surname: the surname-only entity and every full name ending in it compete (by context).
                for (KnownEntity e : byLastWord.get(NameWords.wordKey(last))) {
                    // candidates already holds the surname-only entities of this key
                    if (!candidates.contains(e) && endsWith(e, last)) {
                        candidates.add(e);
                    }
                }
                if (candidates.isEmpty()) {
                    // one heard letter away from a full name's surname (غوتيريش beside أنطونيو غوتيريس)
                    for (String d : deletions(NameWords.form(last), MIN_FUZZY_WORD)) {
                        for (KnownEntity e : byLastDeletion.get(d)) {
                            if (!candidates.contains(e) && endsClose(e, last)) {
                                candidates.add(e);
                            }
                        }
                    }
                }
                // a family name written first (كيم of كيم جونغ أون), read one way against those ending in it
                KnownEntity family = family(last, candidates);
                if (family != null) {
                    return List.of(family);
                }
            } else if (words.size() == 1) {
                // A given name alone (صلاح) is one known person only where the archive reads it one way.
                KnownEntity only = onlyReading(last);
                if (only != null) {
                    return List.of(only);
                }
            } else if (words.size() == 2 && NameWords.patronymic(words, 1)) {
                // بن سلمان: the one known person that is "son of" that name, read one way
                Set<KnownEntity> sons = new LinkedHashSet<>();
                for (KnownEntity e : byFather.get(NameWords.wordKey(last))) {
                    if (endsWithWords(e, words)) {
                        sons.add(e);
                    }
                }
                KnownEntity son = dominant(sons, Set.of(), false);
                if (son != null && !candidates.contains(son)) {
                    candidates.add(son);
                }
            } else if (candidates.isEmpty() && !NameWords.givenName(last)
                    && !NameWords.patronymic(words, words.size() - 1)) {
                for (KnownEntity e : byKey.get("PER|" + NameWords.wordKey(last))) {
                    if (!candidates.contains(e) && e.singleWord() && hasVariant(e, last)) {
                        candidates.add(e);
                    }
                }
            }
            if (words.size() > 1 && !candidates.isEmpty() && !NameWords.patronymic(words, words.size() - 1)) {
                // a cut-short name that was made an entity before its full name existed (كيم جونغ, seen before
                // كيم جونغ أون): once the archive reads it one way, the full name wins over the exact spelling
                KnownEntity longer = overShort(words, candidates);
                if (longer != null) {
                    return List.of(longer);
                }
            }
            if (words.size() > 1 && candidates.isEmpty()) {
                // a name cut short (كيم جونغ for كيم جونغ أون) is the one longer name it starts, if only one fits
                KnownEntity longer = onlyLonger(words);
                if (longer != null) {
                    candidates.add(longer);
                }
            }
        }
        if (candidates.isEmpty()) {
            for (String s : keys) {
                for (String d : deletions(NameWords.key(s), MIN_FUZZY_KEY)) {
                    for (KnownEntity e : byDeletion.get(l.type() + "|" + d)) {
                        if (!candidates.contains(e) && isClose(e, s)) {
                            candidates.add(e);
                        }
                    }
                }
            }
        }
        return candidates;
    }

    /**
     * Known organisations whose name is this one's written shorter or longer: the words of one are the other's in
     * order, at least two, with the same head word and the same last word (هيئة الكوارث in هيئة إدارة الكوارث;
     * not وزارة الخارجية in وزارة الخارجية الأمريكية, which may be another state's).
     */
    private List<KnownEntity> otherForms(LocalEntity l) {
        List<KnownEntity> out = new ArrayList<>();
        List<List<String>> own = new ArrayList<>();
        for (String s : l.keySpellings()) {
            List<String> w = NameWords.words(s);
            if (w.size() > 1) {
                own.add(w);
            }
        }
        for (List<String> w : own) {
            for (KnownEntity e : byOrgHead.get(NameWords.wordKey(w.get(0)))) {
                if (!out.contains(e) && e.type().equals("ORG") && hasOtherForm(e, w)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static boolean hasOtherForm(KnownEntity e, List<String> words) {
        for (String s : e.keyed()) {
            List<String> known = NameWords.words(s);
            if (known.size() != words.size() && known.size() > 1 && sameWordKey(known.get(0), words.get(0))
                    && sameWordKey(known.get(known.size() - 1), words.get(words.size() - 1))
                    && (inOrder(known, words) || inOrder(words, known))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWordKey(String a, String b) {
        return NameWords.wordKey(a).equals(NameWords.wordKey(b));
    }

    /** Whether every word of {@code shorter} appears in {@code longer}, in the same order. */
    private static boolean inOrder(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String w : longer) {
            if (at < shorter.size() && sameWordKey(shorter.get(at), w)) {
                at++;
            }
        }
        return at == shorter.size();
    }

    /**
     * Of the organisations another form of the name fits, the one met most beside the article's other entities, if
     * in {@link #MIN_FORM_CONTEXT} articles or more; else null (the name stays its own organisation).
     */
    private static KnownEntity confirmedForm(List<KnownEntity> forms, Set<Long> context) {
        KnownEntity best = choose(forms, context);
        long met = 0;
        for (long other : context) {
            met += best.context(other);
        }
        return met >= MIN_FORM_CONTEXT ? best : null;
    }

    private static KnownEntity choose(List<KnownEntity> candidates, Set<Long> context) {
        KnownEntity best = null;
        long bestContext = -1;
        for (KnownEntity e : candidates) {
            long c = 0;
            for (long other : context) {
                c += e.context(other);
            }
            if (c > bestContext || c == bestContext && e.mentions() > best.mentions()) {
                best = e;
                bestContext = c;
            }
        }
        return best;
    }

    /**
     * The person a given name alone (صلاح) means, when the archive reads it one way: the most mentioned full name
     * ending in it, mentioned in at least {@link #MIN_READING} articles and in {@link #READING_MARGIN} times as many
     * articles as every other person whose name ends or starts with that word. Else null: the word stays apart.
     */
    private KnownEntity onlyReading(String word) {
        Set<KnownEntity> ending = new LinkedHashSet<>();
        for (KnownEntity e : byLastWord.get(NameWords.wordKey(word))) {
            if (endsWith(e, word)) {
                ending.add(e);
            }
        }
        Set<KnownEntity> others = new LinkedHashSet<>();
        for (KnownEntity e : byFirstWord.get(NameWords.wordKey(word))) {
            if (startsWith(e, List.of(word))) {
                others.add(e);
            }
        }
        return dominant(ending, others, true);
    }

    /**
     * The one longer name these words start (see {@link #onlyLonger}), when every exact candidate is a short entity
     * (none has a name longer than these words) with fewer articles than it, and its name (its most used spelling)
     * is that longer name. Else null: the exact match stands
     * (محمد بن سلمان keeps its own entity beside a rarer محمد بن سلمان بن عبدالعزيز).
     */
    private KnownEntity overShort(List<String> words, List<KnownEntity> exact) {
        for (KnownEntity e : exact) {
            if (startsWith(e, words)) {
                return null;
            }
        }
        KnownEntity longer = onlyLonger(words);
        if (longer == null || exact.contains(longer)) {
            return null;
        }
        // the longer name must be what the archive calls that person, not a run-on spelling it once absorbed
        List<String> name = NameWords.words(longer.mostUsed(false));
        if (name.size() <= words.size() || !DocumentEntities.isStart(words, name)) {
            return null;
        }
        for (KnownEntity e : exact) {
            if (e.articles() >= longer.articles()) {
                return null;
            }
        }
        return longer;
    }

    /**
     * The person a bare word (not a common given name) means as a family name written first (كيم for كيم جونغ أون),
     * when the archive reads it so: the one dominant full name starting with it ({@link #dominant}, against the full
     * names ending in it: there it is a surname), named by a spelling that starts with it, in more articles than
     * every candidate the word matched itself (its own older entity among them). Else null.
     */
    private KnownEntity family(String word, List<KnownEntity> exact) {
        Set<KnownEntity> starting = new LinkedHashSet<>();
        for (KnownEntity e : byFirstWord.get(NameWords.wordKey(word))) {
            if (startsWith(e, List.of(word))) {
                starting.add(e);
            }
        }
        Set<KnownEntity> ending = new LinkedHashSet<>();
        for (KnownEntity e : byLastWord.get(NameWords.wordKey(word))) {
            // the word's own entity (named by it alone) is what the reading may supersede, not a rival reading
            if (endsWith(e, word) && NameWords.words(e.mostUsed(false)).size() > 1) {
                ending.add(e);
            }
        }
        KnownEntity top = dominant(starting, ending, true);
        if (top == null || !DocumentEntities.isStart(List.of(word), NameWords.words(top.mostUsed(false)))
                || NameWords.words(top.mostUsed(false)).size() < 2) {
            return null;
        }
        for (KnownEntity e : exact) {
            if (e != top && e.articles() >= top.articles()) {
                return null;
            }
        }
        return top;
    }

    /** The one known person whose fuller name starts with these words (see {@link #dominant}), or null. */
    private KnownEntity onlyLonger(List<String> words) {
        boolean named = false;
        for (String w : words) {
            named |= !NameWords.givenName(w);
        }
        if (!named) {
            return null; // given names alone (عبد الله) start too many names
        }
        Set<KnownEntity> longer = new LinkedHashSet<>();
        for (KnownEntity e : byPrefix.get(NameWords.wordKey(String.join(" ", words)))) {
            if (startsWith(e, words)) {
                longer.add(e);
            }
        }
        return dominant(longer, Set.of(), false);
    }

    /**
     * The one reading among {@code fits} (with {@code rivals} that count against it): the fit in most articles, if
     * in at least {@link #MIN_READING} and in {@link #READING_MARGIN} times the articles of all others together. An
     * other reading counts only its articles without the top one: a "person" met in the top one's own articles is a
     * headline running his name on (صلاح يكشف beside محمد صلاح), not a second person. {@code repeatedOnly}: readings
     * seen in one article do not count (a given name's one-off run-ons and passers-by).
     */
    private static KnownEntity dominant(Set<KnownEntity> fits, Set<KnownEntity> rivals, boolean repeatedOnly) {
        KnownEntity top = null;
        for (KnownEntity e : fits) {
            if (top == null || e.articles() > top.articles()) {
                top = e;
            }
        }
        if (top == null || top.articles() < MIN_READING) {
            return null;
        }
        long rest = 0;
        Set<KnownEntity> all = new LinkedHashSet<>(fits);
        all.addAll(rivals);
        for (KnownEntity e : all) {
            if (e != top && (!repeatedOnly || e.articles() >= MIN_READING)) {
                rest += Math.max(0, e.articles() - e.context(top.id()));
            }
        }
        return top.articles() >= READING_MARGIN * rest ? top : null;
    }

    private static boolean startsWith(KnownEntity e, List<String> words) {
        for (String s : e.keyed()) {
            List<String> w = NameWords.words(s);
            if (w.size() > words.size() && DocumentEntities.isStart(words, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithWords(KnownEntity e, List<String> tail) {
        for (String s : e.keyed()) {
            List<String> w = NameWords.words(s);
            if (w.size() > tail.size() && DocumentEntities.isEnd(tail, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClose(KnownEntity e, String lastWord) {
        for (String s : e.keyed()) {
            List<String> w = NameWords.words(s);
            if (w.size() > 1 && !NameWords.patronymic(w, w.size() - 1)
                    && NameWords.close(w.get(w.size() - 1), lastWord)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVariant(KnownEntity e, String spelling) {
        if (e.hasSpelling(spelling)) {
            return true;
        }
        for (String s : e.keyed()) {
            if (NameWords.same(s, spelling)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(KnownEntity e, String lastWord) {
        for (String s : e.keyed()) {
            List<String> w = NameWords.words(s);
            if (w.size() > 1 && !NameWords.patronymic(w, w.size() - 1)
                    && NameWords.sameWord(w.get(w.size() - 1), lastWord)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClose(KnownEntity e, String spelling) {
        for (String s : e.keyed()) {
            if (NameWords.close(s, spelling)) {
                return true;
            }
        }
        return false;
    }

    private void index(KnownEntity e, String spelling) {
        String key = NameWords.key(spelling);
        byKey.add(e.type() + "|" + key, e);
        List<String> words = NameWords.words(spelling);
        if (e.type().equals("PER") && words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (NameWords.patronymic(words, words.size() - 1)) {
                byFather.add(NameWords.wordKey(last), e);
            } else {
                byLastWord.add(NameWords.wordKey(last), e);
                for (String d : deletions(NameWords.form(last), MIN_FUZZY_WORD)) {
                    byLastDeletion.add(d, e);
                }
            }
            byFirstWord.add(NameWords.wordKey(words.get(0)), e);
            for (int k = 2; k < words.size(); k++) {
                byPrefix.add(NameWords.wordKey(String.join(" ", words.subList(0, k))), e);
            }
        }
        for (String d : deletions(key, MIN_FUZZY_KEY)) {
            byDeletion.add(e.type() + "|" + d, e);
        }
        if (e.type().equals("ORG") && words.size() > 1) {
            byOrgHead.add(NameWords.wordKey(words.get(0)), e);
        }
    }

    /** The key and each of its one-letter deletions (symmetric-delete candidates), for keys of {@code min}+ letters. */
    private static List<String> deletions(String key, int min) {
        if (key.length() < min) {
            return List.of();
        }
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }

    /** Restores a stored entity (on open, before any {@link #assign}). */
    public void restore(long id, String type, Map<String, Long> spellings, java.util.Set<String> keyed, long mentions,
                        long articles) {
        KnownEntity e = entities.computeIfAbsent(id, k -> new KnownEntity(id, type));
        for (Map.Entry<String, Long> s : spellings.entrySet()) {
            boolean key = keyed.contains(s.getKey());
            e.restoreSpelling(s.getKey(), s.getValue(), key);
            if (key) {
                index(e, s.getKey());
            }
        }
        e.restoreCounts(mentions, articles);
        nextId = Math.max(nextId, id + 1);
    }

    /**
     * Replaces what is known of a stored entity with its stored state (another process wrote it since this resolver
     * read it): its spellings, keys and counts become the stored ones; a new one is added as {@link #restore} does.
     */
    public void refresh(long id, String type, Map<String, Long> spellings, java.util.Set<String> keyed, long mentions,
                        long articles) {
        KnownEntity e = entities.get(id);
        if (e != null) {
            e.clearSpellings();
        }
        restore(id, type, spellings, keyed, mentions, articles);
    }

    /** Restores an editor's pin: {@code spelling} always resolves to entity {@code id} (see {@link #candidates}). */
    public void pin(String spelling, long id) {
        pins.put(spelling, id);
    }

    /** Restores an editor's rejection: mentions written {@code spelling} name no entity. */
    public void reject(String spelling) {
        rejected.add(spelling);
    }

    /** Whether an editor said this spelling names no entity. */
    public boolean isRejected(String spelling) {
        return rejected.contains(spelling);
    }

    /** Restores the name an editor gave an entity (it stays its canonical name whatever the counts say). */
    public void fixName(long id, String name) {
        KnownEntity e = entities.get(id);
        if (e != null) {
            e.fixName(name);
        }
    }

    /** Restores the context of one stored article: the ids of the entities it mentions. */
    public void restoreContext(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(entities::containsKey).toList();
        meet(known, 1);
    }

    /**
     * Writes every entity's context (the entities met beside it, with their counts) so that {@link #readContext}
     * can restore it without {@link #restoreContext} being called for every stored article — at a million articles
     * that is millions of rows read on every open.
     */
    public void writeContext(org.marsad.enrich.state.StateOutput out) throws java.io.IOException {
        int n = 0;
        for (KnownEntity e : entities.values()) {
            n += e.hasContext() ? 1 : 0;
        }
        out.writeInt(n);
        for (KnownEntity e : entities.values()) {
            if (e.hasContext()) {
                out.writeLong(e.id());
                e.writeContext(out);
            }
        }
    }

    /**
     * Restores the contexts written by {@link #writeContext} into the entities restored already (the same ones: a
     * context naming an entity it does not know is a damaged file).
     *
     * @throws org.marsad.enrich.state.CorruptStateException when the data does not fit the entities
     */
    public void readContext(org.marsad.enrich.state.StateInput in) throws java.io.IOException {
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            long id = in.readLong();
            KnownEntity e = entities.get(id);
            if (e == null) {
                throw new org.marsad.enrich.state.CorruptStateException("context of unknown entity " + id);
            }
            e.readContext(in);
        }
    }

    /** Forgets every entity's context (before it is counted again from the store). */
    public void clearContext() {
        for (KnownEntity e : entities.values()) {
            e.clearContext();
        }
    }

    /** The entities met beside entity {@code id} in the archive's articles, with how many articles (for inspection). */
    public Map<Long, Integer> contextOf(long id) {
        KnownEntity e = entities.get(id);
        return e == null ? Map.of() : Map.copyOf(e.contextCounts());
    }

    /** Makes sure new ids start above {@code id} (ids are never reused). */
    public void reserve(long id) {
        nextId = Math.max(nextId, id + 1);
    }

    /** The next id a new entity gets. */
    public long nextId() {
        return nextId;
    }

    public Optional<KnownEntity> entity(long id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Number of entities known. */
    public int size() {
        return entities.size();
    }

    /** The entities changed since the last call (to persist them), and forgets them. */
    public List<KnownEntity> drainTouched() {
        List<KnownEntity> out = new ArrayList<>(touched);
        touched.clear();
        return out;
    }
}
