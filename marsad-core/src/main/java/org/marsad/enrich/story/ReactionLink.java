package org.marsad.enrich.story;

import java.util.Set;
import org.marsad.arabic.EventActs.Act;
import org.marsad.arabic.EventActs.Tense;
import org.marsad.arabic.Statements;

/**
 * Whether a reaction's headline names the happening a story reports, as the labelling rulings ask of a reaction that
 * is the same event (LABELLING.md rulings 3, 5 and 9): a statement about the happening (a condemnation, a denial, a
 * comment) that identifies it by its kind with its place, target or actor («تركيا تدين الهجوم على دوما» against
 * «مقتل العشرات في هجوم على دوما»). A reaction that names only a kind ("the strikes") or another happening's place
 * does not; neither does a report of a separate act the happening causes (a vote, a protest, an evacuation), which
 * the rulings label another event. Headlines only: the rulings read the reaction's own text, and a first sentence
 * misleads where a headline does not (bench README, stories32).
 */
final class ReactionLink {
    /** What, besides the act, the reaction names of the happening. */
    enum Tie {
        /** A place both headlines name. */
        PLACE,
        /** A word of the subject the happening's headline writes before its act. */
        ACTOR
    }

    /** Shortest actor word read as naming the actor (shorter ones are particles the stopword list lacks). */
    private static final int ACTOR_WORD = 3;

    private ReactionLink() {
    }

    /**
     * True when the headline reacts to something rather than reporting a deed: its frame names a statement among its
     * acts («يدين», «يرحب», «ينفي» …), or it holds a verb of saying or a noun of reacting ({@link
     * Statements#isReaction}: «إدانة الهجوم …», «تعليقا على مقتل …»). A quote («ترامب: …») is not read as one: its
     * words after the colon are what was said, which may be a report of the deed itself (a monitor's toll).
     */
    static boolean isReaction(String headline, EventFrame frame) {
        return frame.acts().contains(Act.STATEMENT) || Statements.isReaction(headline);
    }

    /**
     * What ties a reaction to a happening's report, or null when it does not name it: the happening's headline
     * reports a done deed (a known act other than a statement), the reaction's headline names that act's class among
     * its acts, and it names a place the happening's headline names or a word of its actor. (The act's object, which
     * ruling 9 also accepts, was left out: on 16 folds it tied more topic pairs than same-event ones.)
     *
     * @param reaction  the reaction's headline frame ({@link #isReaction} is the caller's to ask)
     * @param happening the frame of the story's headline
     */
    static Tie tie(EventFrame reaction, EventFrame happening) {
        if (!happening.known() || happening.act() == Act.STATEMENT || happening.tense() != Tense.DONE
                || !reaction.acts().contains(happening.act())) {
            return null;
        }
        Set<String> places = reaction.setting().places();
        if (happening.setting().places().stream().anyMatch(places::contains)) {
            return Tie.PLACE;
        }
        return happening.actor().stream().anyMatch(w -> w.length() >= ACTOR_WORD && reaction.words().contains(w))
                ? Tie.ACTOR : null;
    }
}
