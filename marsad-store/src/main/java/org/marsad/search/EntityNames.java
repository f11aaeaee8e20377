package org.marsad.search;

import java.util.List;
import java.util.Set;

/**
 * The archive's entity names, as queries need them: which entities a {@code person:}/{@code place:}/{@code org:}
 * value names, and which other spellings a plain query word has when it is a known name (جالانت → غالانت).
 * Implemented over the store's entity tables; {@link #NONE} knows no names (queries then match the spellings the
 * articles themselves carry).
 */
public interface EntityNames {
    /**
     * The ids of the entities of a type named by {@code name} in any of their spellings; a part of a full name
     * names it too (غالانت names يوآف غالانت).
     *
     * @param type {@code PER}, {@code LOC} or {@code ORG}
     */
    Set<String> ids(String type, String name);

    /**
     * The other spellings of a query word that is a known entity name, to search for beside it; empty when the
     * word names no entity, or is a word in its own right rather than a variant of a name (so that a common word
     * never pulls in a name that happens to sound like it).
     */
    List<String> variants(String word);

    /**
     * A token that stays the same object for as long as {@link #ids} and {@link #variants} give the same answers,
     * so that what is built from them (a query's expansion) may be kept while it does; {@code null} when the answers
     * may change at any time, and nothing built from them may be kept. Asking for it may check whether the names or
     * the index they count words in changed.
     */
    default Object generation() {
        return null;
    }

    /**
     * These names as they were at {@code generation} (a token {@link #generation} gave), to build one query with:
     * its words' look-ups need not check again, each, whether the names or the index changed. These names
     * themselves by default.
     */
    default EntityNames at(Object generation) {
        return this;
    }

    /** Knows no names. */
    EntityNames NONE = new EntityNames() {
        @Override
        public Set<String> ids(String type, String name) {
            return Set.of();
        }

        @Override
        public List<String> variants(String word) {
            return List.of();
        }

        @Override
        public Object generation() {
            // knows no names, ever: one generation
            return this;
        }
    };
}
