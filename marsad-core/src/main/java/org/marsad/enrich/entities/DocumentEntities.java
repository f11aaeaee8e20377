package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the mentions of one article into the entities it talks about (document-level coreference): spellings of
 * one name (same type, same variant key, confirmed by the name toolkit) are one entity; a person named in full once
 * and then by a part of the name (يوآف غالانت … غالانت, يوآف) is one person; an organisation named in full and
 * then by its last words (حركة حماس … حماس) is one organisation. A partial name that fits two fuller names of the
 * article stays apart: the article does not say which one it means.
 */
public final class DocumentEntities {
    private DocumentEntities() {
    }

    /** The article's entities, most mentioned first (ties: first mentioned first). */
    public static List<LocalEntity> group(List<Mention> mentions) {
        List<LocalEntity> locals = new ArrayList<>();
        Map<String, List<LocalEntity>> byKey = new HashMap<>();
        for (Mention m : mentions) {
            String key = m.type() + "|" + NameWords.key(m.spelling());
            List<LocalEntity> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            LocalEntity into = null;
            for (LocalEntity l : same) {
                if (NameWords.same(l.fullest(), m.spelling())) {
                    into = l;
                    break;
                }
            }
            if (into == null) {
                into = new LocalEntity(m);
                same.add(into);
                locals.add(into);
            } else {
                into.add(m);
            }
        }
        mergePartials(locals);
        List<LocalEntity> out = new ArrayList<>(locals);
        out.sort(Comparator.comparingInt((LocalEntity l) -> -l.count()).thenComparingInt(l -> position(l)));
        return out;
    }

    private static int position(LocalEntity l) {
        Mention m = l.mentions().get(0);
        return m.part() * 1_000_000 + m.start();
    }

    // Shorter names join the one fuller name of the same type they are a part of.
    private static void mergePartials(List<LocalEntity> locals) {
        List<LocalEntity> byLength = new ArrayList<>(locals);
        byLength.sort(Comparator.comparingInt(l -> NameWords.words(l.fullest()).size()));
        for (LocalEntity shorter : byLength) {
            if (shorter.type().equals("LOC")) {
                continue; // شمال سوريا is not سوريا
            }
            List<String> part = NameWords.words(shorter.fullest());
            LocalEntity target = null;
            boolean ambiguous = false;
            for (LocalEntity longer : locals) {
                if (longer == shorter || !longer.type().equals(shorter.type())) {
                    continue;
                }
                List<String> whole = NameWords.words(longer.fullest());
                if (whole.size() <= part.size()) {
                    continue;
                }
                boolean fits = isEnd(part, whole) || shorter.type().equals("PER") && isStart(part, whole);
                if (fits) {
                    if (target != null && target != longer) {
                        ambiguous = true;
                    }
                    target = longer;
                }
            }
            if (target != null && !ambiguous) {
                target.absorb(shorter);
                locals.remove(shorter);
            }
        }
    }

    static boolean isEnd(List<String> part, List<String> whole) {
        int off = whole.size() - part.size();
        if (NameWords.patronymic(whole, off)) {
            return false; // سلمان alone is not محمد بن سلمان: it names the father (بن سلمان still fits)
        }
        for (int i = 0; i < part.size(); i++) {
            if (!NameWords.sameWord(part.get(i), whole.get(off + i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isStart(List<String> part, List<String> whole) {
        for (int i = 0; i < part.size(); i++) {
            if (!NameWords.sameWord(part.get(i), whole.get(i))) {
                return false;
            }
        }
        return true;
    }
}
